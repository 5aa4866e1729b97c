import { useState } from 'react';
import { Alert, Ladeanzeige, Seitentitel, useDaten } from '../../../web/komponenten/index.ts';
import { loesungen as loesungenTexte } from './texte.ts';
import { hatRolle, useKonto } from '../../../web/konto.tsx';
import type { PruefKarte, SiegelKandidat } from '../loesungen.schemas.ts';
import { Eingereicht, Kandidaten } from './pruefung/Listen.tsx';
import type { Meldung } from './pruefung/meldung.ts';

const t = loesungenTexte;
const p = t.pruefung;

export default function Pruefung() {
  const { konto, geladen } = useKonto();
  // The Transferstelle only: the platform admin reads no unpublished content of a Kommune (decision 0004).
  const darf = hatRolle(konto, 'transferstelle');
  const { daten, fehler, neuLaden } = useDaten<{ eingereicht: PruefKarte[]; siegelKandidaten: SiegelKandidat[] }>(darf ? '/api/loesungen/pruefung' : null);
  const [meldung, setMeldung] = useState<Meldung>(null);
  const fertig = (m: Meldung) => {
    setMeldung(m);
    neuLaden();
  };

  if (!geladen) return <Ladeanzeige />;
  if (!darf) {
    return (
      <>
        <Seitentitel titel={p.titel} />
        <Alert typ="info" ansage="keine">{p.nurTransferstelle}</Alert>
      </>
    );
  }
  return (
    <>
      <Seitentitel titel={p.titel} einleitung={p.einleitung} />
      {meldung ? <Alert typ={meldung.typ}>{meldung.text}</Alert> : null}
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {!daten && !fehler ? <Ladeanzeige /> : null}
      {daten ? (
        <>
          <Eingereicht liste={daten.eingereicht} fertig={fertig} />
          <Kandidaten liste={daten.siegelKandidaten} fertig={fertig} />
        </>
      ) : null}
    </>
  );
}
