import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Ladeanzeige, Seitentitel, useDaten, type Feldfehler } from '../../../../web/komponenten/index.ts';
import type { FrageDetail } from '../../community/community.schemas.ts';
import { fehlertext, Textfeld } from '../teile.tsx';
import { datum } from './Fragen.tsx';
import { community as t } from './texte.ts';

function Antworten({ frage, onGeaendert }: { frage: FrageDetail; onGeaendert: (f: FrageDetail, meldung: string) => void }) {
  const [fehler, setFehler] = useState<string | null>(null);
  const akzeptieren = async (antwortId: string | null) => {
    try {
      onGeaendert(await api<FrageDetail>(`/api/fragen/${frage.id}/akzeptiert`, { method: 'PUT', body: { antwortId } }), antwortId ? t.akzeptiertGespeichert : '');
    } catch (e) {
      setFehler(fehlertext(e));
    }
  };
  return (
    <section className="lotse-abschnitt" aria-labelledby="frage-antworten">
      <h2 className="kern-heading-medium" id="frage-antworten">{t.antwortenTitel(frage.antworten.length)}</h2>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      <ul className="lotse-liste-ohne">
        {frage.antworten.map((a) => (
          <li key={a.id} className="lotse-abschnitt">
            <p className="kern-body kern-body--small">
              {t.antwortVon(a.kommune.name, a.autor, datum(a.erstelltAm))}
              {t.rolle[a.rolle] ? <> · <span className="kern-badge kern-badge--info"><span className="kern-label kern-label--small">{t.rolle[a.rolle]}</span></span></> : null}
              {a.akzeptiert ? <> · <span className="kern-badge kern-badge--success"><span className="kern-label kern-label--small">{t.akzeptiert}</span></span></> : null}
            </p>
            <p className="kern-body lotse-mailtext">{a.text}</p>
            {frage.darfAkzeptieren ? (
              <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void akzeptieren(a.akzeptiert ? null : a.id)}>
                <span className="kern-label">{a.akzeptiert ? t.akzeptiertZuruecknehmen : t.akzeptieren}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function AntwortFormular({ frage, onGesendet }: { frage: FrageDetail; onGesendet: (f: FrageDetail) => void }) {
  const [text, setText] = useState('');
  const [kommune, setKommune] = useState(frage.eigeneKommunen[0]?.id ?? '');
  const [fehler, setFehler] = useState<Feldfehler[]>([]);
  const [version, setVersion] = useState(0);
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    const f: Feldfehler[] = !text.trim() ? [{ feldId: 'antwort-text', text: t.pruefung.antwortFehlt }] : text.trim().length > 5000 ? [{ feldId: 'antwort-text', text: t.pruefung.textLang }] : [];
    setFehler(f);
    setVersion((v) => v + 1);
    if (f.length) return;
    setSendet(true);
    setAllgemein(null);
    try {
      onGesendet(await api<FrageDetail>(`/api/fragen/${frage.id}/antworten`, { body: { text, ...(frage.eigeneKommunen.length > 1 ? { kommune } : {}) } }));
      setText('');
    } catch (err) {
      setAllgemein(fehlertext(err));
    } finally {
      setSendet(false);
    }
  };
  return (
    <section className="lotse-abschnitt" aria-labelledby="antwort-neu">
      <h2 className="kern-heading-medium" id="antwort-neu">{t.deineAntwort}</h2>
      <Fehlerliste fehler={fehler} version={version} />
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="antwort-neu">
        {frage.eigeneKommunen.length > 1 ? (
          <Auswahl id="antwort-kommune" label={t.kommune} optional={false} value={kommune} onChange={(e) => setKommune(e.target.value)} optionen={frage.eigeneKommunen.map((k) => ({ wert: k.id, text: k.name }))} />
        ) : null}
        <Textfeld id="antwort-text" label={t.deineAntwort} hinweis={t.antwortHinweis} value={text} zeilen={5} fehler={fehler[0]?.text} onChange={setText} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}><span className="kern-label">{t.antwortenKnopf}</span></button>
        </div>
      </form>
    </section>
  );
}

/** `/fragen/:id`: one question with its answers; answer, and (asking Kommune) mark the most helpful answer. */
export default function Frage() {
  const { id } = useParams();
  const location = useLocation();
  const { daten, fehler, laedt } = useDaten<FrageDetail>(id ? `/api/fragen/${id}` : null);
  const [aktuell, setAktuell] = useState<FrageDetail | null>(null);
  const [meldung, setMeldung] = useState<string | null>((location.state as { meldung?: string } | null)?.meldung === 'gefragt' ? t.frageGesendet : null);
  const f = aktuell && aktuell.id === id ? aktuell : daten;
  return (
    <>
      <Seitentitel titel={f ? f.titel : t.fragenTitelLaden} />
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {laedt && !f ? <Ladeanzeige /> : null}
      {meldung ? <Alert typ="success">{meldung}</Alert> : null}
      {f ? (
        <>
          <p className="kern-body kern-body--small">{t.frageVon(f.kommune.name, f.autor, datum(f.erstelltAm))}</p>
          <p className="kern-body lotse-mailtext">{f.text}</p>
          <p className="kern-body"><Link className="kern-link" to={`/loesungen/${f.loesung.id}/fragen`}>{t.zurListe(f.loesung.titel)}</Link></p>
          <Antworten frage={f} onGeaendert={(neu, m) => { setAktuell(neu); setMeldung(m || null); }} />
          {f.eigeneKommunen.length ? <AntwortFormular frage={f} onGesendet={(neu) => { setAktuell(neu); setMeldung(t.antwortGesendet); }} /> : <Alert typ="info" ansage="keine">{t.keineKommune}</Alert>}
        </>
      ) : null}
    </>
  );
}
