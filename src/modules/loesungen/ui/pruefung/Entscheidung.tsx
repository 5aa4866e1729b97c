import { useState, type FormEvent } from 'react';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert } from '../../../../web/komponenten/index.ts';
import type { PruefKarte } from '../../loesungen.schemas.ts';
import { loesungen as t } from '../texte.ts';
import type { Meldung } from './meldung.ts';

const p = t.pruefung;

/** The Transferstelle publishes a submitted solution (or revision) or sends it back with a comment. */
export function Entscheidung({ l, fertig }: { l: PruefKarte; fertig: (m: Meldung) => void }) {
  const [entscheidung, setEntscheidung] = useState<'veroeffentlichen' | 'zurueckweisen'>('veroeffentlichen');
  const [kommentar, setKommentar] = useState('');
  const [fehler, setFehler] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  const name = `entscheidung-${l.id}`;
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    setSendet(true);
    setFehler(null);
    try {
      const r = await api<{ status: string }>(`/api/loesungen/${l.id}/pruefung`, { body: { entscheidung, kommentar } });
      fertig({ typ: 'success', text: p.entschieden(l.titel, t.status[r.status] ?? r.status) });
    } catch (err) {
      setFehler(err instanceof ApiFehler ? err.message : t.fehlerAllgemein);
    } finally {
      setSendet(false);
    }
  };
  return (
    <form onSubmit={absenden} noValidate className="lotse-formular">
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{p.entscheidung}</legend>
        <div className="kern-fieldset__body kern-fieldset__body--horizontal">
          {(['veroeffentlichen', 'zurueckweisen'] as const).map((w) => (
            <div className="kern-form-check" key={w}>
              <input className="kern-form-check__radio" type="radio" id={`${name}-${w}`} name={name} value={w} checked={entscheidung === w} onChange={() => setEntscheidung(w)} />
              <label className="kern-label" htmlFor={`${name}-${w}`}>{w === 'veroeffentlichen' ? p.veroeffentlichen : p.zurueckweisen}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`${name}-kommentar`}>{p.kommentar}</label>
        <div className="kern-hint" id={`${name}-hinweis`}>{p.kommentarHinweis}</div>
        <textarea id={`${name}-kommentar`} className="kern-form-input__input" rows={3} aria-describedby={`${name}-hinweis`} value={kommentar} onChange={(e) => setKommentar(e.target.value)} />
      </div>
      <div className="lotse-knopfleiste">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={sendet}><span className="kern-label">{p.absenden}</span></button>
      </div>
    </form>
  );
}
