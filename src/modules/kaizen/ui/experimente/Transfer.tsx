import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert, useDaten } from '../../../../web/komponenten/index.ts';
import { transferTexte as t } from '../texte-lernlog.ts';

interface Anerkennung { loesungId: string | null; vorbild: { titel: string; kommuneName: string | null } | null; nachgetestet: number }

/** Credit (model, other Kommunen testing it) and, for a Standard, the proposal to the Transferstelle. */
export function Transfer({ experimentId, standard }: { experimentId: string; standard: boolean }) {
  const a = useDaten<Anerkennung>(`/api/kaizen/experimente/${experimentId}/anerkennung`);
  const [fehler, setFehler] = useState<string | null>(null);
  const [loesungId, setLoesungId] = useState<string | null>(null);
  const d = a.daten;
  if (!d) return null;
  const entwurf = loesungId ?? d.loesungId;
  const vorschlagen = async () => {
    try {
      setLoesungId((await api<{ loesungId: string }>(`/api/kaizen/experimente/${experimentId}/transfer`, { method: 'POST' })).loesungId);
      setFehler(null);
    } catch (err) {
      setFehler(err instanceof ApiFehler ? err.message : String(err));
    }
  };
  if (!d.vorbild && !d.nachgetestet && !standard) return null;
  return (
    <section className="lotse-abschnitt" aria-labelledby="transfer-titel">
      <h2 className="kern-heading-medium" id="transfer-titel">{t.titel}</h2>
      {d.vorbild ? <p className="kern-body">{t.vorbild(d.vorbild.titel, d.vorbild.kommuneName)}</p> : null}
      {d.nachgetestet ? <p className="kern-body">{t.nachgetestet(d.nachgetestet)}</p> : null}
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {entwurf ? (
        <Alert typ="success" ansage="status">{t.vorgeschlagen} <Link className="kern-link" to={`/loesungen/${entwurf}`}>{t.zumEntwurf}</Link></Alert>
      ) : standard ? (
        <>
          <p className="kern-body">{t.vorschlagenText}</p>
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => void vorschlagen()}><span className="kern-label">{t.vorschlagen}</span></button>
        </>
      ) : null}
    </section>
  );
}
