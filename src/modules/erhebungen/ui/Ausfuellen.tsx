import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useDaten } from '../../../web/komponenten/useDaten.ts';
import { Alert, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { erhebungen as erhebungenTexte } from './texte.ts';
import { useKonto } from '../../../web/konto.tsx';
import type { Antworten, Fragebogen } from '../frageboegen/fragebogen.schemas.ts';
import { FragebogenFormular, SpeicherStatus, antwortenSpeichern, useAutosave } from './FragebogenFormular.tsx';
import { Abschluss } from './fragebogen/Abschluss.tsx';
import { frageZiel } from './fragebogen/regeln.ts';
import type { RundeAntwort as Runde } from '../runden/runden.schemas.ts';

const t = erhebungenTexte.ausfuellen;

/** Loads the round and its questionnaire version, then shows the form. */
export default function Ausfuellen() {
  const { id = '' } = useParams();
  const runde = useDaten<Runde>(`/api/erhebungen/${id}`);
  const r = runde.daten;
  const fb = useDaten<Fragebogen>(r ? `/api/frageboegen/${r.fragebogen.id}?version=${r.fragebogen.version}` : null);
  const fehler = runde.fehler ?? fb.fehler;
  if (fehler) return <><Seitentitel titel={t.fehlerTitel} /><Alert typ="danger">{fehler}</Alert></>;
  if (!r || r.id !== id || !fb.daten || fb.daten.id !== r.fragebogen.id || fb.daten.version !== r.fragebogen.version) return <Ladeanzeige />;
  return <RundeAusfuellen key={r.id} runde={r} fb={fb.daten} />;
}

/** The questionnaire of a single-mode round with autosave and closing (members of the municipality). */
function RundeAusfuellen({ runde, fb }: { runde: Runde; fb: Fragebogen }) {
  const id = runde.id;
  const { konto } = useKonto();
  const [antworten, setAntworten] = useState<Antworten>(runde.antworten);

  const darfSchreiben = !!konto?.mitgliedschaften.some((m) => m.kommuneId === runde.kommuneId);
  const bearbeitbar = runde.modus === 'einzeln' && runde.status === 'offen' && darfSchreiben;
  const speichern = useMemo(() => antwortenSpeichern(`/api/erhebungen/${id}/antworten`), [id]);
  const gespeichertAm = Object.keys(runde.antworten).length ? runde.aktualisiertAm : undefined;
  const { stand, jetzt, fehler, ungueltig } = useAutosave(antworten, speichern, { fb, aktiv: bearbeitbar, gespeichertAm });

  return (
    <div>
      <Seitentitel titel={fb.titel} vorzeile={`${t.vorzeile} · ${runde.kommuneName}`} einleitung={fb.beschreibung} />
      {runde.status === 'abgeschlossen' ? (
        <Alert typ="info" ansage="keine">
          <p className="kern-body">{t.schonAbgeschlossen} <Link className="kern-link" to={`/erhebungen/${id}/ergebnis`}>{t.zumErgebnis}</Link></p>
        </Alert>
      ) : null}
      {runde.modus === 'team' ? (
        <Alert typ="info" ansage="keine">
          <p className="kern-body">{t.team} <Link className="kern-link" to={`/erhebungen/${id}/ergebnis`}>{t.zumErgebnis}</Link></p>
        </Alert>
      ) : null}
      {runde.modus === 'einzeln' && runde.status === 'offen' && !darfSchreiben ? <Alert typ="info" ansage="keine">{t.nurLesen}</Alert> : null}
      {bearbeitbar && ungueltig ? (
        <Alert typ="warning" titel={t.speichern.ungueltig} ansage="keine">
          <ul className="kern-list">
            {Object.entries(fehler).map(([item, m]) => (
              <li key={item}><Link className="kern-link" to={frageZiel(fb, item)}>{m}</Link></li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {runde.modus === 'einzeln' ? (
        <FragebogenFormular
          fb={fb}
          antworten={antworten}
          setAntworten={setAntworten}
          nurLesen={!bearbeitbar}
          fehler={bearbeitbar ? fehler : {}}
          status={bearbeitbar ? <SpeicherStatus stand={stand} ungueltig={ungueltig} /> : null}
          beimWechsel={() => void jetzt()}
          abschluss={bearbeitbar ? <Abschluss rundeId={id} fb={fb} antworten={antworten} speichern={jetzt} /> : null}
        />
      ) : null}
    </div>
  );
}
