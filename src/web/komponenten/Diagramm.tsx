import { useEffect, useId, useRef, useState } from 'react';
import type { EChartsOption } from 'echarts';
import { komponenten as t } from '../i18n/kern.texte.ts';
import { ladeECharts } from './echarts-laden.ts';

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
  /** Chart height in pixels (default 320). */
  hoehe?: number;
  /** The data table is always rendered; `aufklappbar` puts it into a <details> element. */
  tabelle?: 'sichtbar' | 'aufklappbar';
  /** Escape hatch: adjust the generated ECharts option. */
  option?: (basis: EChartsOption) => EChartsOption;
}

/** Colour-blind friendly palette with enough contrast on white (≥ 3:1 for graphical objects). */
export const DIAGRAMM_FARBEN = ['#1A3DA5', '#B35900', '#007155', '#8E2A8E', '#5A6072', '#C31C13', '#006B8C', '#6B5B00'];

const zahl = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

function baueOption(p: DiagrammProps, fmt: (w: number | null) => string): EChartsOption {
  const textStil = { fontFamily: 'Fira Sans, sans-serif', color: '#131525', fontSize: 14 };
  const basis: EChartsOption = {
    color: DIAGRAMM_FARBEN,
    textStyle: textStil,
    animation: !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
    // Patterns in addition to colour (WCAG 1.4.1); no auto-generated description – the table is the text alternative.
    aria: { enabled: true, label: { enabled: false }, decal: { show: p.reihen.length > 1 || p.art === 'kreis' } },
    tooltip: { trigger: p.art === 'kreis' || p.art === 'radar' ? 'item' : 'axis', valueFormatter: (v) => fmt(typeof v === 'number' ? v : null) },
    legend: p.reihen.length > 1 || p.art === 'kreis' ? { bottom: 0, textStyle: textStil } : undefined,
  };
  const unten = p.reihen.length > 1 || p.art === 'kreis' ? 48 : 16;
  const wertAchse = { type: 'value' as const, max: p.max, axisLabel: { formatter: (v: number) => zahl.format(v), color: '#131525', fontSize: 13 } };
  const kategorieAchse = { type: 'category' as const, data: p.kategorien, axisLabel: { color: '#131525', fontSize: 13, interval: 0, hideOverlap: true } };
  switch (p.art) {
    case 'kreis':
      return {
        ...basis,
        series: [{
          type: 'pie',
          name: p.reihen[0]?.name,
          radius: ['35%', '65%'],
          label: { formatter: '{b}: {d} %', color: '#131525' },
          data: p.kategorien.map((k, i) => ({ name: k, value: p.reihen[0]?.werte[i] ?? 0 })),
        }],
      };
    case 'radar':
      return {
        ...basis,
        radar: { radius: '65%', indicator: p.kategorien.map((k) => ({ name: k, max: p.max })), axisName: { color: '#131525', fontSize: 13 } },
        series: [{ type: 'radar', data: p.reihen.map((r) => ({ name: r.name, value: r.werte.map((w) => w ?? 0) })) }],
      };
    default: {
      const horizontal = p.art === 'balken-horizontal';
      return {
        ...basis,
        grid: { left: 16, right: 24, top: 16, bottom: unten, containLabel: true },
        xAxis: horizontal ? wertAchse : kategorieAchse,
        yAxis: horizontal ? { ...kategorieAchse, inverse: true } : wertAchse,
        series: p.reihen.map((r) => ({
          type: p.art === 'linie' ? ('line' as const) : ('bar' as const),
          name: r.name,
          data: r.werte,
          stack: p.gestapelt ? 'summe' : undefined,
          connectNulls: false,
        })),
      };
    }
  }
}

/**
 * Chart (Apache ECharts) that ALWAYS comes with its data as an accessible table (caption, th scope).
 * The canvas is exposed as one image with a short name pointing to the table; the table carries the numbers.
 */
export function Diagramm(props: DiagrammProps) {
  const { titel, beschreibung, kategorien, kategorieTitel, reihen, einheit, hoehe = 320, tabelle = 'sichtbar' } = props;
  const titelId = useId();
  const container = useRef<HTMLDivElement>(null);
  const [fehler, setFehler] = useState(false);
  const fmt = (w: number | null) => {
    if (w === null || Number.isNaN(w)) return t.keinWert;
    const s = props.format ? props.format(w) : zahl.format(w);
    return einheit ? `${s} ${einheit}` : s;
  };
  const hatDaten = kategorien.length > 0 && reihen.some((r) => r.werte.some((w) => w !== null));
  // The option depends on all props; serialise the data part to avoid re-rendering the chart on every render.
  const schluessel = JSON.stringify([props.art, kategorien, reihen, einheit, props.gestapelt, props.max]);

  useEffect(() => {
    if (!hatDaten || !container.current) return;
    let beendet = false;
    let chart: { dispose(): void; resize(): void } | undefined;
    let beobachter: ResizeObserver | undefined;
    ladeECharts()
      .then((echarts) => {
        if (beendet || !container.current) return;
        const c = echarts.init(container.current, undefined, { renderer: "canvas" });
        const basis = baueOption(props, fmt);
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
  }, [schluessel, hatDaten]);

  const tabellenElement = (
    <div className="kern-table-responsive lotse-diagramm__tabelle">
      <table className="kern-table kern-table--small">
        <caption className="kern-body kern-body--bold">{titel}</caption>
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
    <div className="lotse-diagramm">
      <p className="kern-title lotse-diagramm__titel" id={titelId}>{titel}</p>
      {beschreibung ? <p className="kern-body kern-body--small">{beschreibung}</p> : null}
      {!hatDaten ? (
        <p className="kern-body">{t.diagrammKeineDaten}</p>
      ) : fehler ? (
        <p className="kern-body">{t.diagrammNichtVerfuegbar}</p>
      ) : (
        <div ref={container} className="lotse-diagramm__flaeche" role="img" aria-label={t.diagrammAlternative(titel)} style={{ height: hoehe }} />
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
