import { useState, type FormEvent } from 'react';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert, Auswahl, Formularfeld } from '../../../../web/komponenten/index.ts';
import { texte } from '../../../../web/i18n/de.ts';
import type { DetailAntwort as Detail } from '../../loesungen.schemas.ts';
import { loesungen as t } from '../texte.ts';

const d = t.detail;

/** Another Kommune reports that it uses this published solution. */
export function NutzungMelden({ l, kommunen, fertig }: { l: Detail; kommunen: { kommuneId: string; kommuneName: string }[]; fertig: () => void }) {
  const [kommuneId, setKommuneId] = useState(kommunen[0]?.kommuneId ?? '');
  const [seit, setSeit] = useState('');
  const [bericht, setBericht] = useState('');
  const [meldung, setMeldung] = useState<{ typ: 'success' | 'danger'; text: string } | null>(null);
  const [sendet, setSendet] = useState(false);
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    setSendet(true);
    setMeldung(null);
    try {
      await api(`/api/loesungen/${l.id}/nutzungen`, { body: { kommuneId, ...(seit ? { seit } : {}), ...(bericht.trim() ? { bericht: bericht.trim() } : {}) } });
      setMeldung({ typ: 'success', text: d.nutzungGemeldet });
      fertig();
    } catch (err) {
      setMeldung({ typ: 'danger', text: err instanceof ApiFehler ? err.message : t.fehlerAllgemein });
    } finally {
      setSendet(false);
    }
  };
  return (
    <section className="lotse-abschnitt" aria-labelledby="nutzung-melden">
      <h2 className="kern-heading-medium" id="nutzung-melden">{d.nutzungTitel}</h2>
      <p className="kern-body">{d.nutzungEinleitung}</p>
      {meldung ? <Alert typ={meldung.typ}>{meldung.text}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate>
        {kommunen.length > 1 ? (
          <Auswahl id="nutzung-kommune" label={d.nutzungKommune} value={kommuneId} onChange={(e) => setKommuneId(e.target.value)} optionen={kommunen.map((m) => ({ wert: m.kommuneId, text: m.kommuneName }))} />
        ) : null}
        <Formularfeld id="nutzung-seit" type="date" label={d.nutzungSeitFeld} optional value={seit} onChange={(e) => setSeit(e.target.value)} />
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="nutzung-bericht">{d.nutzungBericht}<span className="kern-label__optional"> – {texte.komponenten.optional}</span></label>
          <textarea id="nutzung-bericht" className="kern-form-input__input" rows={3} maxLength={4000} value={bericht} onChange={(e) => setBericht(e.target.value)} />
        </div>
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={sendet}><span className="kern-label">{d.nutzungKnopf}</span></button>
        </div>
      </form>
    </section>
  );
}
