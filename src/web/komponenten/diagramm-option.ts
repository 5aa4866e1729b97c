import type { EChartsOption } from 'echarts';
import type { DiagrammProps } from './Diagramm.tsx';

/** Colour-blind friendly palette with enough contrast on white (≥ 3:1 for graphical objects). */
export const DIAGRAMM_FARBEN = ['#1A3DA5', '#B35900', '#007155', '#8E2A8E', '#5A6072', '#C31C13', '#006B8C', '#6B5B00'];

/** Below this width (CSS px of the chart area) a chart switches to its narrow layout (phones, small columns). */
export const SCHMAL_AB_PX = 560;

/** How a chart is actually drawn at a given width (`data-darstellung` on the chart area). */
export type Darstellung = 'balken' | 'balken-horizontal' | 'linie' | 'kleine-vielfache' | 'kreis' | 'radar';

export interface Layout {
  darstellung: Darstellung;
  schmal: boolean;
  /** Height of the chart area in px. */
  hoehe: number;
  /** Narrow horizontal bars: width of the (wrapped) category labels in px. */
  labelBreite: number;
  /** Narrow layouts: characters per label line (0 = no wrapping). */
  zeichen: number;
}

const SCHRIFT = 'Fira Sans, sans-serif';
const TEXT = '#131525';
const zahl = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** Number of lines a label needs when wrapped with `umbrechen`. */
export function zeilen(text: string, zeichen: number): number {
  return umbrechen(text, zeichen).split('\n').length;
}

/** The text wrapped at word boundaries to at most `zeichen` characters per line (longer words are split). */
export function umbrechen(text: string, zeichen: number): string {
  const out: string[] = [];
  let zeile = '';
  for (let wort of text.split(/\s+/).filter(Boolean)) {
    while (wort.length > zeichen) {
      if (zeile) out.push(zeile);
      out.push(`${wort.slice(0, zeichen - 1)}-`);
      wort = wort.slice(zeichen - 1);
      zeile = '';
    }
    if (!zeile) zeile = wort;
    else if (zeile.length + 1 + wort.length <= zeichen) zeile += ` ${wort}`;
    else {
      out.push(zeile);
      zeile = wort;
    }
  }
  if (zeile) out.push(zeile);
  return out.join('\n');
}

/** Lines the legend needs at this width (ECharts wraps legend items). */
function legendenZeilen(namen: string[], breite: number): number {
  let n = 1;
  let x = 0;
  for (const name of namen) {
    const w = 25 + 5 + name.length * 7 + 10;
    if (x > 0 && x + w > breite - 16) {
      n++;
      x = 0;
    }
    x += w;
  }
  return n;
}

const PANEL = 88;
const PANEL_TITEL = 34;

/** Chooses the layout for the measured width: fewer series per plot and horizontal bars on narrow screens. */
export function layout(p: DiagrammProps, breite: number): Layout {
  const schmal = breite > 0 && breite < SCHMAL_AB_PX;
  const hoehe = p.hoehe ?? 320;
  const mitLegende = p.reihen.length > 1 || p.art === 'kreis';
  if (!schmal) return { darstellung: p.art, schmal, hoehe, labelBreite: 0, zeichen: 0 };
  const legende = mitLegende ? legendenZeilen(p.art === 'kreis' ? p.kategorien : p.reihen.map((r) => r.name), breite) * 24 + 8 : 0;
  if (p.art === 'linie' && p.reihen.length > 2) {
    return { darstellung: 'kleine-vielfache', schmal, hoehe: p.reihen.length * (PANEL + PANEL_TITEL) + 32, labelBreite: 0, zeichen: 0 };
  }
  if (p.art === 'balken' || p.art === 'balken-horizontal') {
    const labelBreite = Math.round(Math.min(220, Math.max(110, breite * 0.5)));
    const zeichen = Math.max(8, Math.floor(labelBreite / 6.6));
    const balken = p.gestapelt ? 16 : Math.min(3, p.reihen.length) * 12;
    // ECharts gives every category the same height: the row must hold the longest wrapped label.
    const maxZeilen = Math.max(1, ...p.kategorien.map((k) => zeilen(k, zeichen)));
    const zeile = Math.max(maxZeilen * 15 + 12, balken + 14);
    return { darstellung: 'balken-horizontal', schmal, hoehe: zeile * p.kategorien.length + 40 + legende, labelBreite, zeichen };
  }
  if (p.art === 'radar') {
    // Room left and right of the circle (radius 42 % of half the smaller side) for the wrapped axis names.
    const h = Math.max(hoehe, 340);
    const namenBreite = Math.max(60, breite / 2 - (Math.min(breite, h) / 2) * 0.42 - 20);
    return { darstellung: 'radar', schmal, hoehe: h + legende, labelBreite: 0, zeichen: Math.max(8, Math.floor(namenBreite / 6)) };
  }
  return { darstellung: p.art, schmal, hoehe: Math.max(hoehe, 280) + legende, labelBreite: 0, zeichen: 0 };
}

/** The ECharts option for the chosen layout. */
export function baueOption(p: DiagrammProps, l: Layout, breite: number, fmt: (w: number | null) => string): EChartsOption {
  const textStil = { fontFamily: SCHRIFT, color: TEXT, fontSize: l.schmal ? 12 : 14 };
  const mitLegende = p.reihen.length > 1 || p.art === 'kreis';
  const basis: EChartsOption = {
    color: DIAGRAMM_FARBEN,
    textStyle: textStil,
    animation: !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
    // Patterns in addition to colour (WCAG 1.4.1); no auto-generated description – the table is the text alternative.
    aria: { enabled: true, label: { enabled: false }, decal: { show: p.reihen.length > 1 || p.art === 'kreis' } },
    tooltip: { trigger: p.art === 'kreis' || p.art === 'radar' ? 'item' : 'axis', valueFormatter: (v) => fmt(typeof v === 'number' ? v : null), confine: true },
    legend: mitLegende && l.darstellung !== 'kleine-vielfache' ? { bottom: 0, textStyle: textStil, itemGap: l.schmal ? 10 : 16 } : undefined,
  };
  const legendenHoehe = mitLegende ? (l.schmal ? legendenZeilen(p.reihen.map((r) => r.name), breite) * 24 + 8 : 48) : 16;
  const achsenText = { color: TEXT, fontSize: l.schmal ? 12 : 13 };
  const wertAchse = { type: 'value' as const, max: p.max, splitNumber: l.schmal ? 3 : undefined, axisLabel: { formatter: (v: number) => zahl.format(v), ...achsenText, hideOverlap: true } };
  const kategorieAchse = { type: 'category' as const, data: p.kategorien, axisLabel: { ...achsenText, interval: 0, hideOverlap: true } };
  switch (l.darstellung) {
    case 'kreis':
      return {
        ...basis,
        series: [{
          type: 'pie',
          name: p.reihen[0]?.name,
          radius: l.schmal ? ['30%', '55%'] : ['35%', '65%'],
          // Narrow: only the share at the slice, the names are in the legend below.
          label: { formatter: l.schmal ? '{d} %' : '{b}: {d} %', color: TEXT },
          data: p.kategorien.map((k, i) => ({ name: k, value: p.reihen[0]?.werte[i] ?? 0 })),
        }],
      };
    case 'radar':
      return {
        ...basis,
        radar: {
          radius: l.schmal ? '42%' : '65%',
          indicator: p.kategorien.map((k) => ({ name: k, max: p.max })),
          axisName: { color: TEXT, fontSize: l.schmal ? 11 : 13, formatter: l.zeichen ? (name?: string) => umbrechen(name ?? '', l.zeichen) : undefined },
        },
        series: [{ type: 'radar', data: p.reihen.map((r) => ({ name: r.name, value: r.werte.map((w) => w ?? 0) })) }],
      };
    case 'kleine-vielfache':
      // One small line chart per series, one below the other (no seven lines on top of each other).
      return {
        ...basis,
        grid: p.reihen.map((_, i) => ({ left: 8, right: 16, top: i * (PANEL + PANEL_TITEL) + PANEL_TITEL, height: PANEL, containLabel: true })),
        xAxis: p.reihen.map((_, i) => ({ ...kategorieAchse, gridIndex: i, axisLabel: { ...kategorieAchse.axisLabel, fontSize: 11 } })),
        yAxis: p.reihen.map((r, i) => ({
          ...wertAchse,
          gridIndex: i,
          splitNumber: 2,
          name: r.name,
          nameLocation: 'end' as const,
          nameGap: 12,
          nameTextStyle: { color: TEXT, fontSize: 13, fontWeight: 'bold' as const, align: 'left' as const },
        })),
        series: p.reihen.map((r, i) => ({ type: 'line' as const, name: r.name, data: r.werte, xAxisIndex: i, yAxisIndex: i, connectNulls: false, symbolSize: 7 })),
      };
    default: {
      const horizontal = l.darstellung === 'balken-horizontal';
      const katAchse = l.schmal && horizontal
        ? { ...kategorieAchse, axisLabel: { ...kategorieAchse.axisLabel, hideOverlap: false, lineHeight: 15, formatter: (k: string) => umbrechen(k, l.zeichen) } }
        : kategorieAchse;
      return {
        ...basis,
        grid: { left: l.schmal ? 4 : 16, right: l.schmal ? 16 : 24, top: 16, bottom: legendenHoehe, containLabel: true },
        xAxis: horizontal ? wertAchse : katAchse,
        yAxis: horizontal ? { ...katAchse, inverse: true } : wertAchse,
        series: p.reihen.map((r) => ({
          type: l.darstellung === 'linie' ? ('line' as const) : ('bar' as const),
          name: r.name,
          data: r.werte,
          stack: p.gestapelt ? 'summe' : undefined,
          connectNulls: false,
        })),
      };
    }
  }
}
