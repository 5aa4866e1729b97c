import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { useDaten } from '../../../web/komponenten/useDaten.ts';
import { Alert, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { erhebungen as erhebungenTexte } from './texte.ts';
import { useKonto } from '../../../web/konto.tsx';
import type { Antworten, Fragebogen } from '../frageboegen/fragebogen.schemas.ts';
import { FragebogenFormular, SpeicherStatus, fehlerJeItem, useAutosave } from './FragebogenFormular.tsx';
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
  const navigate = useNavigate();
  const { konto } = useKonto();
  const [antworten, setAntworten] = useState<Antworten>(runde.antworten);
  const [abschluss, setAbschluss] = useState<{ meldung: string; liste: string[] } | null>(null);
  const [sendet, setSendet] = useState(false);
  const abschlussRef = useRef<HTMLDivElement>(null);

  const darfSchreiben = !!konto?.mitgliedschaften.some((m) => m.kommuneId === runde.kommuneId);
  const bearbeitbar = runde.modus === 'einzeln' && runde.status === 'offen' && darfSchreiben;
  const speichern = useCallback((a: Antworten) => api<{ gespeichertAm: string }>(`/api/erhebungen/${id}/antworten`, { method: 'PUT', body: { antworten: a } }), [id]);
  const { stand, jetzt } = useAutosave(antworten, speichern, bearbeitbar);

  useEffect(() => {
    if (abschluss) abschlussRef.current?.focus();
  }, [abschluss]);

  const abschliessen = async () => {
    if (sendet) return;
    setSendet(true);
    setAbschluss(null);
    try {
      if (!(await jetzt())) throw new Error(t.speichern.fehler);
      await api(`/api/erhebungen/${id}/abschliessen`, { method: 'POST' });
      navigate(`/erhebungen/${id}/ergebnis`);
    } catch (err) {
      if (err instanceof ApiFehler && err.code === 'erhebung.unvollstaendig') {
        setAbschluss({ meldung: t.unvollstaendig, liste: (err.details as { titel: string; beantwortet: number; anzahl: number }[]).map((d) => `${d.titel} (${d.beantwortet} von ${d.anzahl})`) });
      } else {
        setAbschluss({ meldung: err instanceof Error ? err.message : texte.kern.fehlerAllgemein, liste: [] });
      }
    } finally {
      setSendet(false);
    }
  };

  const itemFehler = stand.art === 'fehler' ? fehlerJeItem(stand.details) : {};

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
      {Object.keys(itemFehler).length ? (
        <Alert typ="danger" titel={t.speichern.ungueltig}>
          <ul className="kern-list">
            {Object.entries(itemFehler).map(([item, m]) => (
              <li key={item}><a className="kern-link" href={`#frage-${item}`}>{m}</a></li>
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
          fehler={itemFehler}
          status={bearbeitbar ? <SpeicherStatus stand={stand} /> : null}
          beimWechsel={() => void jetzt()}
          abschluss={
            bearbeitbar ? (
              <section className="lotse-abschnitt" aria-labelledby="abschluss-titel">
                <h2 className="kern-heading-medium" id="abschluss-titel">{t.abschliessen}</h2>
                <p className="kern-body">{t.abschliessenHinweis}</p>
                {abschluss ? (
                  <Alert typ="danger" ref={abschlussRef} fokussierbar>
                    <p className="kern-body">{abschluss.meldung}</p>
                    {abschluss.liste.length ? <ul className="kern-list">{abschluss.liste.map((l) => <li key={l}>{l}</li>)}</ul> : null}
                  </Alert>
                ) : null}
                <div className="lotse-knopfleiste">
                  <button type="button" className="kern-btn kern-btn--primary" onClick={abschliessen} aria-disabled={sendet || undefined}>
                    <span className="kern-label">{sendet ? t.abschliessenSendet : t.abschliessen}</span>
                  </button>
                </div>
              </section>
            ) : null
          }
        />
      ) : null}
    </div>
  );
}
