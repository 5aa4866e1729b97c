import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { erhebungen as erhebungenTexte } from './texte.ts';
import { useKonto } from '../../../web/konto.tsx';
import type { Antworten, Fragebogen } from '../frageboegen/fragebogen.schemas.ts';
import { FragebogenFormular, SpeicherStatus, fehlerJeItem, useAutosave } from './FragebogenFormular.tsx';
import type { RundeAntwort as Runde } from '../runden/runden.schemas.ts';

const t = erhebungenTexte.ausfuellen;

export default function Ausfuellen() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { konto } = useKonto();
  const [runde, setRunde] = useState<Runde | null>(null);
  const [fb, setFb] = useState<Fragebogen | null>(null);
  const [antworten, setAntworten] = useState<Antworten>({});
  const [fehler, setFehler] = useState<string | null>(null);
  const [abschluss, setAbschluss] = useState<{ meldung: string; liste: string[] } | null>(null);
  const [sendet, setSendet] = useState(false);
  const abschlussRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    (async () => {
      try {
        const r = await api<Runde>(`/api/erhebungen/${id}`);
        const f = await api<Fragebogen>(`/api/frageboegen/${r.fragebogen.id}?version=${r.fragebogen.version}`);
        setRunde(r);
        setFb(f);
        setAntworten(r.antworten ?? {});
      } catch (err) {
        setFehler(err instanceof Error ? err.message : texte.kern.fehlerAllgemein);
      }
    })();
  }, [id]);

  const darfSchreiben = !!runde && !!konto?.mitgliedschaften.some((m) => m.kommuneId === runde.kommuneId);
  const bearbeitbar = !!runde && runde.modus === 'einzeln' && runde.status === 'offen' && darfSchreiben;
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

  if (fehler) return <><Seitentitel titel={t.fehlerTitel} /><Alert typ="danger">{fehler}</Alert></>;
  if (!runde || !fb) return <Ladeanzeige />;

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
