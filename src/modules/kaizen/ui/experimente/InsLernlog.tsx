import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert, Auswahl } from '../../../../web/komponenten/index.ts';
import { lernlogTexte as t } from '../texte-lernlog.ts';

/** Decided experiment → learning log entry (pre-filled on the server), with a chosen visibility. */
export function InsLernlog({ experimentId }: { experimentId: string }) {
  const [sichtbarkeit, setSichtbarkeit] = useState('kommune');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api(`/api/kaizen/experimente/${experimentId}/lernlog`, { body: { sichtbarkeit } });
      setStatus({ ok: true, text: t.ausExperiment.fertig });
    } catch (err) {
      setStatus({ ok: false, text: err instanceof ApiFehler ? err.message : String(err) });
    }
  };
  return (
    <section className="lotse-abschnitt" aria-labelledby="ins-lernlog-titel">
      <h2 className="kern-heading-medium" id="ins-lernlog-titel">{t.ausExperiment.titel}</h2>
      <p className="kern-body">{t.ausExperiment.text}</p>
      {status ? <Alert typ={status.ok ? 'success' : 'danger'} ansage="status">{status.text} {status.ok ? <Link className="kern-link" to="/kaizen/lernlog">{t.aktivitaet.link}</Link> : null}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} aria-labelledby="ins-lernlog-titel">
        <Auswahl id="ins-lernlog-sichtbarkeit" label={t.feld.sichtbarkeit} value={sichtbarkeit} onChange={(e) => setSichtbarkeit(e.target.value)} optionen={Object.entries(t.sichtbarkeit).map(([wert, text]) => ({ wert, text }))} />
        <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t.ausExperiment.knopf}</span></button>
      </form>
    </section>
  );
}
