import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiFehler } from '../api.ts';
import { Alert, Ladeanzeige, useDaten } from '../komponenten/index.ts';
import { mitteilungen } from '../i18n/mitteilungen.texte.ts';

const t = mitteilungen.einstellung;
type Modus = 'sofort' | 'woche' | 'aus';
interface Einstellung { einwilligung: boolean; modus: Modus; einwilligungAm: string | null }

/** Consent and frequency of e-mail notifications (section of „Mein Konto“, GET/PUT /api/konto/benachrichtigungen). */
export function BenachrichtigungsEinstellung() {
  const { daten, fehler } = useDaten<Einstellung>('/api/konto/benachrichtigungen');
  const [wert, setWert] = useState<Einstellung | null>(null);
  const [meldung, setMeldung] = useState<{ typ: 'success' | 'danger'; text: string } | null>(null);
  const [sendet, setSendet] = useState(false);
  useEffect(() => {
    if (daten) setWert(daten);
  }, [daten]);
  const speichern = async (e: FormEvent) => {
    e.preventDefault();
    if (!wert || sendet) return;
    setSendet(true);
    setMeldung(null);
    try {
      setWert(await api<Einstellung>('/api/konto/benachrichtigungen', { method: 'PUT', body: { einwilligung: wert.einwilligung, modus: wert.modus } }));
      setMeldung({ typ: 'success', text: t.gespeichert });
    } catch (err) {
      setMeldung({ typ: 'danger', text: err instanceof ApiFehler ? err.message : String(err) });
    } finally {
      setSendet(false);
    }
  };
  return (
    <section className="lotse-abschnitt" aria-labelledby="konto-benachrichtigungen">
      <h2 className="kern-heading-medium" id="konto-benachrichtigungen">{t.titel}</h2>
      <p className="kern-body">{t.einleitung}</p>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {!wert && !fehler ? <Ladeanzeige /> : null}
      {meldung ? <Alert typ={meldung.typ}>{meldung.text}</Alert> : null}
      {wert ? (
        <form className="lotse-formular" onSubmit={speichern} noValidate aria-labelledby="konto-benachrichtigungen">
          <div className="kern-form-check">
            <input className="kern-form-check__checkbox" type="checkbox" id="benachrichtigung-einwilligung" checked={wert.einwilligung}
              aria-describedby="benachrichtigung-einwilligung-hinweis" onChange={(e) => setWert({ ...wert, einwilligung: e.target.checked })} />
            <label className="kern-label" htmlFor="benachrichtigung-einwilligung">
              {t.einwilligung}
              <span className="kern-hint" id="benachrichtigung-einwilligung-hinweis"> {wert.einwilligungAm ? t.seit(new Date(wert.einwilligungAm).toLocaleDateString('de-DE')) : ''} {t.einwilligungHinweis}</span>
            </label>
          </div>
          <fieldset className="kern-fieldset">
            <legend className="kern-label">{t.modus}</legend>
            <div className="kern-fieldset__body">
              {(['sofort', 'woche', 'aus'] as const).map((m) => (
                <div key={m} className="kern-form-check">
                  <input className="kern-form-check__radio" type="radio" id={`benachrichtigung-${m}`} name="benachrichtigung-modus" value={m}
                    checked={wert.modus === m} onChange={() => setWert({ ...wert, modus: m })} />
                  <label className="kern-label" htmlFor={`benachrichtigung-${m}`}>{t.modi[m]}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <div className="lotse-knopfleiste">
            <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}>
              <span className="kern-label">{t.speichern}</span>
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
