import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Ladeanzeige, Seitentitel, useDaten } from '../../../web/komponenten/index.ts';
import type { ExperimentDetail as Detail } from '../experimente/experimente.schemas.ts';
import { experimenteTexte as t, ideenTexte } from './texte-ideen.ts';
import { Stichprobe } from './experimente/Stichprobe.tsx';
import { Abschluss } from './experimente/Abschluss.tsx';
import { InsLernlog } from './experimente/InsLernlog.tsx';
import { Transfer } from './experimente/Transfer.tsx';

/** /kaizen/experimente/:id: plan, Stichprobe, result and decision of one PDCA experiment. */
export default function ExperimentDetail() {
  const { id } = useParams();
  const geladen = useDaten<Detail>(`/api/kaizen/experimente/${id}`);
  const [x, setX] = useState<Detail | null>(null);
  const [meldung, setMeldung] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => setX(geladen.daten), [geladen.daten]);
  useEffect(() => {
    if (meldung) ref.current?.focus();
  }, [meldung]);
  if (geladen.fehler) return (<><Seitentitel titel={t.titel} /><Alert typ="danger">{geladen.fehler}</Alert></>);
  if (!x) return <Ladeanzeige />;
  const neu = (d: Detail, text: string) => {
    setX(d);
    setMeldung(text);
  };
  const wert = (v: number | null) => (v === null ? '–' : `${t.zahl(v)} ${x.einheit}`);
  return (
    <>
      <Seitentitel titel={x.titel} vorzeile={t.nav} />
      <p className="kern-body"><Link className="kern-link" to={`/kaizen/experimente?kommune=${x.kommuneId}`}>{t.detail.zurueck}</Link></p>
      <p className="kern-body"><a className="kern-link" href={`/api/kaizen/experimente/${x.id}/a3.pdf`} download>{t.detail.a3}</a></p>
      {meldung ? <Alert typ="success" ref={ref} fokussierbar ansage="status">{meldung}</Alert> : null}
      <dl className="lotse-stapel">
        {x.ideeProblem ? (<><dt className="kern-label">{ideenTexte.navIdeen}</dt><dd className="kern-body"><Link className="kern-link" to={`/kaizen/ideen/${x.ideeId}`}>{x.ideeProblem}</Link></dd></>) : null}
        <dt className="kern-label">{t.detail.hypothese}</dt>
        <dd className="kern-body">{x.hypothese}</dd>
        <dt className="kern-label">{t.detail.messung}</dt>
        <dd className="kern-body">{t.messgroesse[x.messgroesse]} ({x.einheit}) · {t.methode[x.baselineMethode]}</dd>
        <dt className="kern-label">{t.detail.baseline}</dt>
        <dd className="kern-body">{wert(x.baselineWert)}</dd>
        <dt className="kern-label">{t.detail.ziel}</dt>
        <dd className="kern-body">{wert(x.zielWert)}</dd>
        <dt className="kern-label">{t.detail.zeitraum}</dt>
        <dd className="kern-body">{x.testVon ? ideenTexte.datum(x.testVon) : '–'} – {x.testBis ? ideenTexte.datum(x.testBis) : '–'}</dd>
        <dt className="kern-label">{t.detail.stand}</dt>
        <dd className="kern-body">{x.entscheidung ? t.entscheidung[x.entscheidung] : t.stand[x.stand]}</dd>
        {x.entscheidung ? (
          <>
            <dt className="kern-label">{t.detail.ergebnis}</dt>
            <dd className="kern-body">{x.ergebnis || '–'} {x.ergebnisWert !== null ? `(${wert(x.ergebnisWert)}; ${t.detail.wirkung(x.wirkungProzent)})` : ''}</dd>
            <dt className="kern-label">{t.detail.gelernt}</dt>
            <dd className="kern-body">{x.gelernt}</dd>
          </>
        ) : null}
      </dl>
      <Stichprobe x={x} geaendert={neu} />
      {!x.entscheidung ? <Abschluss x={x} geaendert={neu} /> : <InsLernlog experimentId={x.id} />}
      <Transfer experimentId={x.id} standard={x.entscheidung === 'standard'} />
    </>
  );
}
