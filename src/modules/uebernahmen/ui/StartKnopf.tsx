import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../../web/api.ts';
import { useKonto } from '../../../web/konto.tsx';
import { Alert, Auswahl } from '../../../web/komponenten/index.ts';
import { fehlertext, type Detail } from './teile.tsx';
import { uebernahmen as t } from './texte.ts';

/**
 * „Diese Lösung übernehmen“: starts a transfer project for the signed-in member's Kommune (with a choice when
 * the account belongs to several) and opens it. Shown on a solution page, at a need's proposed solution and
 * at a self-check gap; renders nothing for accounts without a Kommune or for the origin Kommune itself.
 */
export function StartKnopf({ loesungId, bedarfId, kommuneId, herkunftKommuneId, beschriftung }: { loesungId: string; bedarfId?: string; kommuneId?: string; herkunftKommuneId?: string | null; beschriftung?: string }) {
  const { konto } = useKonto();
  const navigate = useNavigate();
  // For a need or a self-check: only its own Kommune.
  const kommunen = (konto?.mitgliedschaften ?? []).filter((m) => m.kommuneId !== herkunftKommuneId && (!kommuneId || m.kommuneId === kommuneId));
  const [kommune, setKommune] = useState(kommunen[0]?.kommuneId ?? '');
  const [fehler, setFehler] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  if (!kommunen.length) return null;
  const starten = async () => {
    if (sendet) return;
    setSendet(true);
    setFehler(null);
    try {
      const d = await api<Detail>('/api/uebernahmen', { body: { loesungId, ...(bedarfId ? { bedarfId } : {}), ...(konto!.mitgliedschaften.length > 1 ? { kommune } : {}) } });
      navigate(`/uebernahmen/${d.id}`);
    } catch (e) {
      setFehler(fehlertext(e));
      setSendet(false);
    }
  };
  return (
    <div className="lotse-stapel">
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {kommunen.length > 1 ? (
        <Auswahl id={`uebernahme-kommune-${loesungId}`} label={t.start.kommune} value={kommune} onChange={(e) => setKommune(e.target.value)} optionen={kommunen.map((m) => ({ wert: m.kommuneId, text: m.kommuneName }))} />
      ) : null}
      <div className="lotse-knopfleiste">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={starten} aria-disabled={sendet || undefined}>
          <span className="kern-label">{sendet ? t.start.sendet : beschriftung ?? t.start.knopf}</span>
        </button>
      </div>
    </div>
  );
}
