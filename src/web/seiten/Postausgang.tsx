import { useSearchParams } from 'react-router-dom';
import { Alert, Blaettern, Ladeanzeige, Seitentitel, useDaten } from '../komponenten/index.ts';
import { mitteilungen } from '../i18n/mitteilungen.texte.ts';

const t = mitteilungen.postausgang;

interface Mail { id: number; an: string; art: string; betreff: string; text: string; erstelltAm: string; versendetAm: string | null; versuche: number; fehler: string | null }
interface Antwort { smtp: boolean; gesamt: number; offen: number; seite: number; proSeite: number; mails: Mail[] }

const zeit = (iso: string) => new Date(iso).toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' });

/** The outbox for the platform admin (GET /api/postausgang): without SMTP the mails stay here. */
export default function Postausgang() {
  const [suche, setSuche] = useSearchParams();
  const seite = Math.max(1, Number(suche.get('seite')) || 1);
  const nurOffen = suche.get('offen') === 'ja';
  const { daten, fehler, laedt } = useDaten<Antwort>(`/api/postausgang?seite=${seite}&nurOffen=${nurOffen ? 'ja' : 'nein'}`);
  return (
    <>
      <Seitentitel titel={t.titel} />
      {daten ? <p className="kern-body">{daten.smtp ? t.mitSmtp : t.ohneSmtp}</p> : null}
      {daten ? <p className="kern-body">{t.zahlen(daten.gesamt, daten.offen)}</p> : null}
      <div className="kern-form-check">
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          id="postausgang-offen"
          checked={nurOffen}
          onChange={(e) => setSuche(e.target.checked ? { offen: 'ja' } : {})}
        />
        <label className="kern-label" htmlFor="postausgang-offen">{t.nurOffen}</label>
      </div>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {laedt && !daten ? <Ladeanzeige /> : null}
      {daten && !daten.mails.length ? <Alert typ="info" ansage="keine">{t.leer}</Alert> : null}
      {daten?.mails.length ? (
        <ul className="lotse-liste-ohne">
          {daten.mails.map((m) => (
            <li key={m.id} className="lotse-abschnitt">
              <h2 className="kern-heading-small">{m.betreff}</h2>
              <dl className="kern-description-list">
                <div className="kern-description-list-item"><dt className="kern-description-list-item__key">{t.an}</dt><dd className="kern-description-list-item__value">{m.an}</dd></div>
                <div className="kern-description-list-item"><dt className="kern-description-list-item__key">{t.art}</dt><dd className="kern-description-list-item__value">{m.art}</dd></div>
                <div className="kern-description-list-item"><dt className="kern-description-list-item__key">{t.erstellt}</dt><dd className="kern-description-list-item__value">{zeit(m.erstelltAm)}</dd></div>
                <div className="kern-description-list-item">
                  <dt className="kern-description-list-item__key">{t.versendet}</dt>
                  <dd className="kern-description-list-item__value">{m.versendetAm ? zeit(m.versendetAm) : t.nichtVersendet}{m.versuche ? ` (${t.versuche(m.versuche)})` : ''}</dd>
                </div>
                {m.fehler ? <div className="kern-description-list-item"><dt className="kern-description-list-item__key">{t.fehler}</dt><dd className="kern-description-list-item__value">{m.fehler}</dd></div> : null}
              </dl>
              <details className="kern-accordion">
                <summary className="kern-accordion__header"><span className="kern-title">{t.textAnzeigen(m.betreff)}</span></summary>
                <div className="kern-accordion__body"><pre className="lotse-mailtext">{m.text}</pre></div>
              </details>
            </li>
          ))}
        </ul>
      ) : null}
      {daten ? (
        <Blaettern total={daten.gesamt > 0 && nurOffen ? daten.offen : daten.gesamt} limit={daten.proSeite} offset={(daten.seite - 1) * daten.proSeite}
          ziel={(offset) => `?${new URLSearchParams({ ...(nurOffen ? { offen: 'ja' } : {}), seite: String(offset / daten.proSeite + 1) })}`} />
      ) : null}
    </>
  );
}
