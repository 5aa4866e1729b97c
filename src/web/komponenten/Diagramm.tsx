import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { EChartsOption } from 'echarts';
import { komponenten as t } from '../i18n/kern.texte.ts';
import { baueOption, layout } from './diagramm-option.ts';
import { ladeECharts } from './echarts-laden.ts';
import { useRollt } from './Tabelle.tsx';

export { DIAGRAMM_FARBEN } from './diagramm-option.ts';

const zahl = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

export interface DiagrammReihe {
  name: string;
  /** One value per category (null = no value). */
  werte: (number | null)[];
}

export type DiagrammArt = 'balken' | 'balken-horizontal' | 'linie' | 'kreis' | 'radar';

export interface DiagrammProps {
  /** Title: shown above the chart, used as the chart's accessible name and as the table caption. */
  titel: string;
  /** Optional sentence below the title (what the chart shows, source …). */
  beschreibung?: string;
  art: DiagrammArt;
  /** Category labels (x axis, pie slices, radar axes) – the row headers of the table. */
  kategorien: string[];
  /** Header of the category column in the table, e.g. "Größenklasse". */
  kategorieTitel: string;
  reihen: DiagrammReihe[];
  /** Unit appended to values, e.g. "%" or "Einwohner". */
  einheit?: string;
  /** Number format for table, axis and tooltip (default: German grouping, up to 1 decimal). */
  format?: (wert: number) => string;
  /** Stack bar/line series. */
  gestapelt?: boolean;
  /** Upper bound of the value axis (radar: of every axis), e.g. 100 for percentages. */
  max?: number;
  /** Chart height in pixels on wide screens (default 320); narrow screens compute their own (diagramm-option.ts). */
  hoehe?: number;
  /** The data table is always rendered; `aufklappbar` puts it into a <details> element. */
  tabelle?: 'sichtbar' | 'aufklappbar';
  /** Escape hatch: adjust the generated ECharts option. */
  option?: (basis: EChartsOption) => EChartsOption;
}

/**
 * Chart (Apache ECharts) that ALWAYS comes with its data as an accessible table (caption, th scope).
 * The canvas is exposed as one image with a short name pointing to the table; the table carries the numbers.
 */
export function Diagramm(props: DiagrammProps) {
  const { titel, beschreibung, kategorien, kategorieTitel, reihen, einheit, tabelle = 'sichtbar' } = props;
  const titelId = useId();
  const tabellenTitelId = useId();
  // a table wider than the screen scrolls sideways: then it is a labelled region in the tab order (as in Tabelle)
  const { ref: tabellenRahmen, rollt } = useRollt<HTMLDivElement>();
  const aussen = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const [fehler, setFehler] = useState(false);
  // Width of the chart's column: narrow screens get their own layout (horizontal bars, small multiples).
  const [breite, setBreite] = useState(0);
  useLayoutEffect(() => {
    const el = aussen.current;
    if (!el) return;
    setBreite(Math.round(el.clientWidth));
    const b = new ResizeObserver(() => setBreite(Math.round(el.clientWidth)));
    b.observe(el);
    return () => b.disconnect();
  }, []);
  const l = layout(props, breite);
  // Rebuild the option when the layout changes (in narrow layouts every 40 px: label widths depend on it).
  const layoutSchluessel = breite === 0 ? 0 : l.schmal ? `${l.darstellung}-${Math.round(breite / 40)}` : l.darstellung;
  const fmt = (w: number | null) => {
    if (w === null || Number.isNaN(w)) return t.keinWert;
    const s = props.format ? props.format(w) : zahl.format(w);
    return einheit ? `${s} ${einheit}` : s;
  };
  const hatDaten = kategorien.length > 0 && reihen.some((r) => r.werte.some((w) => w !== null));
  // The option depends on all props; serialise the data part to avoid re-rendering the chart on every render.
  const schluessel = JSON.stringify([props.art, kategorien, reihen, einheit, props.gestapelt, props.max]);

  useEffect(() => {
    if (!hatDaten || !container.current || breite === 0) return;
    let beendet = false;
    let chart: { dispose(): void; resize(): void } | undefined;
    let beobachter: ResizeObserver | undefined;
    ladeECharts()
      .then((echarts) => {
        if (beendet || !container.current) return;
        const c = echarts.init(container.current, undefined, { renderer: "canvas" });
        const basis: EChartsOption = baueOption(props, l, breite, fmt);
        c.setOption(props.option ? props.option(basis) : basis);
        chart = c;
        beobachter = new ResizeObserver(() => c.resize());
        beobachter.observe(container.current);
      })
      .catch(() => setFehler(true));
    return () => {
      beendet = true;
      beobachter?.disconnect();
      chart?.dispose();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [schluessel, hatDaten, layoutSchluessel]);

  const tabellenElement = (
    <div className="kern-table-responsive lotse-diagramm__tabelle" ref={tabellenRahmen} {...(rollt ? { role: 'region', 'aria-labelledby': tabellenTitelId, tabIndex: 0 } : {})}>
      <table className="kern-table kern-table--small">
        <caption id={tabellenTitelId} className="kern-body kern-body--bold">{titel}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{kategorieTitel}</th>
            {reihen.map((r) => (
              <th key={r.name} scope="col" className="kern-table__header kern-table__header--numeric">{r.name}</th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {kategorien.map((k, i) => (
            <tr key={`${k}-${i}`} className="kern-table__row">
              <th scope="row" className="kern-table__header">{k}</th>
              {reihen.map((r) => (
                <td key={r.name} className="kern-table__cell kern-table__cell--numeric">{fmt(r.werte[i] ?? null)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <div className="lotse-diagramm" ref={aussen}>
      <p className="kern-title lotse-diagramm__titel" id={titelId}>{titel}</p>
      {beschreibung ? <p className="kern-body kern-body--small">{beschreibung}</p> : null}
      {!hatDaten ? (
        <p className="kern-body">{t.diagrammKeineDaten}</p>
      ) : fehler ? (
        <p className="kern-body">{t.diagrammNichtVerfuegbar}</p>
      ) : (
        <div ref={container} className="lotse-diagramm__flaeche" role="img" aria-label={t.diagrammAlternative(titel)} data-darstellung={l.darstellung} style={{ height: l.hoehe }} />
      )}
      {tabelle === 'aufklappbar' ? (
        <details className="lotse-details">
          <summary className="kern-body">{t.diagrammTabelleZeigen}</summary>
          {tabellenElement}
        </details>
      ) : (
        tabellenElement
      )}
    </div>
  );
}
