import { useState } from 'react';
import './erhebungen.css';
import { useParams } from 'react-router-dom';
import { api } from '../../../web/api.ts';
import { Alert, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { useDaten } from '../../../web/komponenten/useDaten.ts';
import { useKonto } from '../../../web/konto.tsx';
import type { ErgebnisAntwort, RundeAntwort, RundeKurz } from '../runden/runden.schemas.ts';
import type { VergleichAntwort } from '../vergleich/vergleich.schemas.ts';
import type { LueckenAntwort } from '../luecken/luecken.schemas.ts';
import { datum, t, z } from './ergebnis/hilfen.ts';
import { Gesamt } from './ergebnis/Gesamt.tsx';
import { TeamAbschnitt } from './ergebnis/TeamAbschnitt.tsx';
import { TeamLink } from './ergebnis/TeamLink.tsx';
import { Vergleich } from './ergebnis/Vergleich.tsx';
import { Studie } from './ergebnis/Studie.tsx';
import { Verlauf } from './ergebnis/Verlauf.tsx';
import { Luecken } from './ergebnis/Luecken.tsx';
import { Vorreiter } from './ergebnis/Vorreiter.tsx';
import { Downloads } from './ergebnis/Downloads.tsx';
import { LernAktivitaet } from '../../kaizen/ui/index.ts';

interface Anzahl {
  anzahl: number;
  mindestens: number;
  schliesstAm?: string | null;
}

/** Result of a round: sections in the order overall, team, comparison, study, history, gaps, pioneers, downloads. */
export default function Ergebnis() {
  const { id = '' } = useParams();
  const { konto } = useKonto();
  const [teamBeendet, setTeamBeendet] = useState(false);
  const runde = useDaten<RundeAntwort>(`/api/erhebungen/${id}`);
  const r = runde.daten;
  const erg = useDaten<ErgebnisAntwort>(r ? `/api/erhebungen/${id}/ergebnis` : null);
  // Comparison, gaps and history only once there is a result (as before: a running team round shows none of them).
  const mitErgebnis = r && erg.daten ? r : null;
  const vergleich = useDaten<VergleichAntwort>(mitErgebnis ? `/api/erhebungen/${id}/vergleich` : null);
  const luecken = useDaten<LueckenAntwort>(mitErgebnis ? `/api/erhebungen/${id}/luecken` : null);
  const liste = useDaten<{ items: RundeKurz[] }>(mitErgebnis ? `/api/kommunen/${mitErgebnis.kommuneId}/erhebungen` : null);

  const laeuft = erg.fehlerCode === 'erhebung.team_laeuft' ? (erg.fehlerDetails[0] as Anzahl) : null;
  const zuWenige = erg.fehlerCode === 'erhebung.zu_wenige_antworten' ? (erg.fehlerDetails[0] as Anzahl) : null;
  const fehler = runde.fehler ?? (laeuft || zuWenige ? null : erg.fehler);

  if (fehler) return <><Seitentitel titel={t.fehlerTitel} /><Alert typ="danger">{fehler}</Alert></>;
  if (!r) return <Ladeanzeige />;

  const mitglied = konto?.mitgliedschaften.find((m) => m.kommuneId === r.kommuneId);
  const istAdmin = mitglied?.rolle === 'admin';
  const teamOffen = r.modus === 'team' && r.status === 'offen' && !teamBeendet;
  const beenden = async () => {
    await api(`/api/erhebungen/${id}/team/beenden`, { method: 'POST' });
    setTeamBeendet(true);
    runde.neuLaden();
    erg.neuLaden();
  };

  const downloads = <Downloads id={id} modus={r.modus} beenden={istAdmin && teamOffen ? () => void beenden() : null} teamBeendet={teamBeendet} />;
  const kopf = (
    <Seitentitel
      titel={r.fragebogen.titel}
      dokumentTitel={`${t.vorzeile}: ${r.fragebogen.titel}`}
      vorzeile={`${t.vorzeile} · ${r.kommuneName} · ${datum(r.abgeschlossenAm ?? r.erstelltAm)}`}
    />
  );

  if (laeuft && !teamBeendet) {
    return (
      <div>
        {kopf}
        <Alert typ="info" ansage="keine">{t.teamLaeuft(laeuft.anzahl, laeuft.mindestens, datum(laeuft.schliesstAm ?? null))}</Alert>
        <p className="kern-body">{t.teamGrenzen}</p>
        {istAdmin && teamOffen ? <TeamLink id={id} /> : null}
        {downloads}
      </div>
    );
  }
  if (zuWenige) {
    return (
      <div>
        {kopf}
        <Alert typ="info" ansage="keine">{t.zuWenige(zuWenige.anzahl, zuWenige.mindestens)}</Alert>
        {downloads}
      </div>
    );
  }
  const ergebnis = erg.daten;
  if (!ergebnis) return <>{kopf}<Ladeanzeige /></>;
  const verlauf = (liste.daten?.items ?? []).filter((x) => x.fragebogen.id === r.fragebogen.id && x.gesamt?.score != null);

  return (
    <div>
      {kopf}
      {ergebnis.vorlaeufig ? <Alert typ="warning" ansage="keine">{t.vorlaeufig}</Alert> : null}
      <Gesamt ergebnis={ergebnis} />
      {ergebnis.lernaktivitaet ? <LernAktivitaet aktivitaet={ergebnis.lernaktivitaet} lernerfolg={z(ergebnis.dimensionen.find((d) => d.id === 'lernerfolg')?.score ?? null)} /> : null}
      {r.modus === 'team' ? <TeamAbschnitt ergebnis={ergebnis} /> : null}
      <Vergleich vergleich={vergleich.daten} fehler={vergleich.fehler} />
      {vergleich.daten?.studie ? <Studie studie={vergleich.daten.studie} /> : null}
      <Verlauf verlauf={verlauf} dimensionen={ergebnis.dimensionen} />
      {luecken.daten ? <Luecken luecken={luecken.daten} darfAnlegen={!!mitglied} /> : null}
      {istAdmin && r.status === 'abgeschlossen' ? <Vorreiter kommuneId={r.kommuneId} fragebogenId={r.fragebogen.id} dimensionen={ergebnis.dimensionen} /> : null}
      {downloads}
    </div>
  );
}
