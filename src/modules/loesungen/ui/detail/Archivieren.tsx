import { useState, type FormEvent } from 'react';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert } from '../../../../web/komponenten/index.ts';
import type { DetailAntwort as Detail } from '../../loesungen.schemas.ts';
import { loesungen as t } from '../texte.ts';

const d = t.detail;

/** The Transferstelle archives a solution, with a reason. */
export function Archivieren({ l, fertig }: { l: Detail; fertig: (m: { typ: 'success' | 'danger'; text: string }) => void }) {
  const [grund, setGrund] = useState('');
  const [fehler, setFehler] = useState<string | null>(null);
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    setFehler(null);
    try {
      await api(`/api/loesungen/${l.id}/archivieren`, { body: { kommentar: grund.trim() } });
      fertig({ typ: 'success', text: d.archiviert });
    } catch (err) {
      setFehler(err instanceof ApiFehler ? err.message : t.fehlerAllgemein);
    }
  };
  return (
    <section className="lotse-abschnitt" aria-labelledby="l-archiv">
      <h2 className="kern-heading-medium" id="l-archiv">{d.archivTitel}</h2>
      <p className="kern-body">{d.archivEinleitung}</p>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="archiv-grund">{d.archivGrund}</label>
          <textarea id="archiv-grund" className="kern-form-input__input" rows={2} required value={grund} onChange={(e) => setGrund(e.target.value)} />
        </div>
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{d.archivKnopf}</span></button>
        </div>
      </form>
    </section>
  );
}
