import { useState } from 'react';
import { api } from '../../../../web/api.ts';
import { useDaten } from '../../../../web/komponenten/useDaten.ts';
import { texte } from '../../../../web/i18n/de.ts';
import { t } from './hilfen.ts';

/** Consent to be named as a pioneer („Vorreiter“) per dimension (municipality admins, closed rounds). */
export function Vorreiter({ kommuneId, fragebogenId, dimensionen }: { kommuneId: string; fragebogenId: string; dimensionen: { id: string; titel: string }[] }) {
  const geladen = useDaten<{ items: Record<string, string[]> }>(`/api/kommunen/${kommuneId}/vorreiter`);
  const [auswahl, setGewaehlt] = useState<string[] | null>(null);
  const [meldung, setMeldung] = useState('');
  const gewaehlt = auswahl ?? (geladen.daten ? (geladen.daten.items[fragebogenId] ?? []) : geladen.fehler ? [] : null);
  if (gewaehlt === null) return null;
  const speichern = async () => {
    setMeldung('');
    try {
      await api(`/api/kommunen/${kommuneId}/vorreiter`, { method: 'PUT', body: { fragebogenId, dimensionen: gewaehlt } });
      setMeldung(t.vorreiterGespeichert);
    } catch (err) {
      setMeldung(err instanceof Error ? err.message : texte.kern.fehlerAllgemein);
    }
  };
  return (
    <section className="lotse-abschnitt" aria-labelledby="vorreiter-titel">
      <h2 className="kern-heading-medium" id="vorreiter-titel">{t.vorreiterTitel}</h2>
      <form onSubmit={(e) => { e.preventDefault(); void speichern(); }} aria-labelledby="vorreiter-titel">
        <fieldset className="kern-fieldset" aria-describedby="vorreiter-hinweis">
          <legend className="kern-label">{t.vorreiterLegende}</legend>
          <div className="kern-hint" id="vorreiter-hinweis">{t.vorreiterHinweis}</div>
          <div className="kern-fieldset__body">
            {dimensionen.map((d) => (
              <div key={d.id} className="kern-form-check">
                <input className="kern-form-check__checkbox" type="checkbox" id={`vorreiter-${d.id}`} checked={gewaehlt.includes(d.id)} onChange={(e) => setGewaehlt(e.target.checked ? [...gewaehlt, d.id] : gewaehlt.filter((x) => x !== d.id))} />
                <label className="kern-label" htmlFor={`vorreiter-${d.id}`}>{d.titel}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t.vorreiterSpeichern}</span></button>
        </div>
        <p className="kern-body" role="status">{meldung}</p>
      </form>
    </section>
  );
}
