import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, useDaten } from '../../../../web/komponenten/index.ts';
import { useKonto } from '../../../../web/konto.tsx';
import { fehlertext } from '../ideen/teile.tsx';
import { transferTexte as t } from '../texte-lernlog.ts';

/**
 * „Bei uns testen“ on a published solution that came from a Kaizen experiment: creates the linked experiment
 * of the member's Kommune (a choice when the account belongs to several) and opens it. Renders nothing for
 * visitors without an account, for members of the origin Kommune only, or when no experiment is behind it.
 */
export function LoesungTesten({ loesungId, herkunftKommuneId }: { loesungId: string; herkunftKommuneId: string | null }) {
  const { konto } = useKonto();
  const navigate = useNavigate();
  const kommunen = (konto?.mitgliedschaften ?? []).filter((m) => m.kommuneId !== herkunftKommuneId);
  const pruefung = useDaten<{ testbar: boolean }>(kommunen.length ? `/api/kaizen/loesungen/${encodeURIComponent(loesungId)}/nachtest` : null);
  const [kommune, setKommune] = useState(kommunen[0]?.kommuneId ?? '');
  const [fehler, setFehler] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  if (!kommunen.length || !pruefung.daten?.testbar) return null;
  const testen = async () => {
    if (sendet) return;
    setSendet(true);
    setFehler(null);
    try {
      const r = await api<{ id: string }>(`/api/kaizen/loesungen/${loesungId}/testen`, { body: { kommuneId: kommune } });
      navigate(`/kaizen/experimente/${r.id}`);
    } catch (e) {
      setFehler(fehlertext(e));
      setSendet(false);
    }
  };
  return (
    <section className="lotse-abschnitt" aria-labelledby="kaizen-loesung-testen">
      <h2 className="kern-heading-medium" id="kaizen-loesung-testen">{t.loesungTitel}</h2>
      <p className="kern-body">{t.loesungText}</p>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {kommunen.length > 1 ? (
        <Auswahl id="kaizen-loesung-testen-kommune" label={t.loesungKommune} value={kommune} onChange={(e) => setKommune(e.target.value)} optionen={kommunen.map((m) => ({ wert: m.kommuneId, text: m.kommuneName }))} />
      ) : null}
      <div className="lotse-knopfleiste">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void testen()} aria-disabled={sendet || undefined}>
          <span className="kern-label">{t.testen}</span>
        </button>
      </div>
    </section>
  );
}
