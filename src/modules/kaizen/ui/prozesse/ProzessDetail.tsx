import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Ladeanzeige, Seitentitel, useDaten } from '../../../../web/komponenten/index.ts';
import { useKonto } from '../../../../web/konto.tsx';
import type { Prozess } from '../../prozesse/prozesse.schemas.ts';
import { prozesseTexte as t } from '../texte-prozesse.ts';
import { Einlesen } from './Einlesen.tsx';
import { Kennzahlen } from './Kennzahlen.tsx';

/** Middle day of the log's time span (a first suggestion for the cut-over day), or empty. */
function mitte(p: Prozess): string {
  if (!p.erstesEreignis || !p.letztesEreignis) return '';
  const m = (Date.parse(p.erstesEreignis) + Date.parse(p.letztesEreignis)) / 2;
  return new Date(m).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}

/** One process: import of event logs and the key figures before/after a cut-over day. */
export default function ProzessDetail() {
  const { id = '' } = useParams();
  const { konto } = useKonto();
  const [version, setVersion] = useState(0);
  const { daten: prozess, fehler, neuLaden } = useDaten<Prozess>(`/api/kaizen/prozesse/${id}`);
  if (fehler) return <Alert typ="danger">{fehler}</Alert>;
  if (!prozess) return <Ladeanzeige />;
  const darfEinlesen = !!konto?.mitgliedschaften.some((m) => m.kommuneId === prozess.kommuneId);
  return (
    <>
      <p className="kern-body"><Link className="kern-link" to="/kaizen/prozesse">{t.zurueck}</Link></p>
      <Seitentitel vorzeile={`${t.vorzeile} · ${prozess.kommuneName}`} titel={prozess.name} einleitung={t.zusammenfassung(prozess.ereignisse, prozess.faelle)} />
      {darfEinlesen ? <Einlesen prozessId={prozess.id} eingelesen={() => { setVersion((v) => v + 1); neuLaden(); }} /> : null}
      <Kennzahlen key={`${prozess.id}-${prozess.erstesEreignis ? 1 : 0}`} prozessId={prozess.id} version={version} vorschlag={mitte(prozess)} />
    </>
  );
}
