import { Link, useParams } from 'react-router-dom';
import { Alert, Diagramm, Ladeanzeige, Seitentitel, Tabelle, useDaten } from '../../../../web/komponenten/index.ts';
import type { IndikatorDetail as Indikator } from '../../messung/messung.schemas.ts';
import { STUFEN_TEXT } from '../ziele/texte.ts';
import { ImportFormular, WertFormular } from './WertFormulare.tsx';
import { HandprognoseFormular } from './Handprognose.tsx';
import { messung as t, RBA_TEXT, RHYTHMUS_TEXT, RICHTUNG_TEXT } from './texte.ts';

const datum = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('de-DE', { timeZone: 'UTC' });

/** /wirkung/indikatoren/:id – an own indicator: its series, the forecast with band (chart + table), hints, entry and import. */
export default function IndikatorDetail() {
  const { id } = useParams();
  const d = useDaten<Indikator>(`/api/wirkung/indikatoren/${id}`);
  if (d.fehler && !d.daten) return <Alert typ="danger">{d.fehler}</Alert>;
  if (!d.daten) return <Ladeanzeige text={t.laden} />;
  const i = d.daten;
  const a = t.angaben;
  const prognose = i.prognose?.punkte ?? [];
  const jahre = [...new Set([...i.jahresreihe.map((w) => w.jahr), ...prognose.map((p) => p.jahr), ...i.handprognose.map((h) => h.jahr)])].sort((x, y) => x - y);
  const hand = new Map(i.handprognose.map((h) => [h.jahr, h.wert]));
  const gemessen = new Map(i.jahresreihe.map((w) => [w.jahr, w.wert]));
  const prog = new Map(prognose.map((p) => [p.jahr, p]));
  const letzte = i.jahresreihe.at(-1);
  return (
    <>
      {i.zielId ? <p className="kern-body"><Link className="kern-link" to={`/wirkung/ziele/${i.zielId}`}>{t.zurueckZiel}{i.zielAussage ? `: ${i.zielAussage}` : ''}</Link></p> : null}
      <Seitentitel titel={i.name} />
      <dl className="lotse-angaben">
        <dt>{a.einheit}</dt><dd>{i.einheit || a.keine}</dd>
        <dt>{a.richtung}</dt><dd>{RICHTUNG_TEXT[i.richtung]}</dd>
        <dt>{a.rba}</dt><dd>{RBA_TEXT[i.rba]}</dd>
        <dt>{a.verantwortlich}</dt><dd>{i.verantwortlich || a.keine}</dd>
        <dt>{a.rhythmus}</dt><dd>{RHYTHMUS_TEXT[i.rhythmus]}{i.stufe ? ` · ${STUFEN_TEXT[i.stufe]}` : ''}</dd>
        <dt>{a.faellig}</dt><dd>{datum(i.faellig)}</dd>
        <dt>{a.basis}</dt><dd>{i.basisWert !== null && i.basisJahr !== null ? t.wertJahr(i.basisWert, i.basisJahr) : a.keine}</dd>
        <dt>{a.ziel}</dt><dd>{i.zielWert !== null && i.zielJahr !== null ? t.wertJahr(i.zielWert, i.zielJahr) : a.keine}</dd>
        <dt>{a.gegen}</dt><dd>{i.gegenindikator ? <Link className="kern-link" to={`/wirkung/indikatoren/${i.gegenindikator.id}`}>{i.gegenindikator.name}</Link> : a.keine}</dd>
      </dl>
      {i.darfSchreiben ? <p className="kern-body"><Link className="kern-link" to={`/wirkung/dialoge?indikator=${i.id}`}>{t.dialog}</Link></p> : null}
      {i.hinweise.zielKaumErreichbar ? <Alert typ="warning" titel={t.hinweis.kaumTitel}><p className="kern-body">{t.hinweis.kaum}</p></Alert> : null}
      {i.hinweise.gegenindikator ? <Alert typ="warning" titel={t.hinweis.gegenTitel}><p className="kern-body">{t.hinweis.gegen}</p></Alert> : null}
      {i.hinweise.ueberfaellig ? <Alert typ="info" titel={t.hinweis.ueberfaelligTitel}><p className="kern-body">{t.hinweis.ueberfaellig(datum(i.faellig))}</p></Alert> : null}
      {i.jahresreihe.length ? (
        <Diagramm
          titel={t.diagramm.titel}
          beschreibung={i.prognose ? t.diagramm.beschreibung(i.prognose.alpha, i.prognose.beta) : t.diagramm.ohnePrognose}
          art="linie"
          kategorien={jahre.map(String)}
          kategorieTitel={t.diagramm.jahr}
          einheit={i.einheit || undefined}
          reihen={[
            { name: t.diagramm.gemessen, werte: jahre.map((j) => gemessen.get(j) ?? null) },
            ...(i.prognose ? [
              { name: t.diagramm.prognose, werte: jahre.map((j) => prog.get(j)?.wert ?? (j === letzte?.jahr ? letzte.wert : null)) },
              { name: t.diagramm.unten, werte: jahre.map((j) => prog.get(j)?.unten ?? null) },
              { name: t.diagramm.oben, werte: jahre.map((j) => prog.get(j)?.oben ?? null) },
            ] : []),
            ...(i.handprognose.length ? [{ name: t.diagramm.hand, werte: jahre.map((j) => hand.get(j) ?? (j === letzte?.jahr ? letzte.wert : null)) }] : []),
            ...(i.zielWert !== null && i.zielJahr !== null && jahre.includes(i.zielJahr) ? [{ name: t.diagramm.ziel, werte: jahre.map((j) => (j === i.zielJahr ? i.zielWert : null)) }] : []),
          ]}
        />
      ) : null}
      <section className="lotse-abschnitt" aria-labelledby="werte-titel">
        <h2 className="kern-heading-medium" id="werte-titel">{t.werte.titel}</h2>
        {i.werte.length ? (
          <Tabelle beschriftung={t.werte.tabelle} spalten={[{ titel: t.werte.jahr }, { titel: t.werte.datum }, { titel: t.werte.wert, zahl: true }, { titel: t.werte.stadtteil }, { titel: t.werte.zielgruppe }]}>
            {i.werte.slice(-200).map((w, n) => (
              <tr className="kern-table__row" key={n}>
                <th scope="row" className="kern-table__header">{w.jahr}</th>
                <td className="kern-table__cell">{w.datum ? datum(w.datum) : a.keine}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{w.wert.toLocaleString('de-DE')}</td>
                <td className="kern-table__cell">{w.stadtteil || a.keine}</td>
                <td className="kern-table__cell">{w.zielgruppe || a.keine}</td>
              </tr>
            ))}
          </Tabelle>
        ) : <p className="kern-body">{t.werte.leer}</p>}
        {i.darfSchreiben ? <><WertFormular id={i.id} fertig={d.neuLaden} /><ImportFormular id={i.id} fertig={d.neuLaden} /><HandprognoseFormular id={i.id} werte={i.handprognose} fertig={d.neuLaden} /></> : null}
      </section>
    </>
  );
}
