/**
 * Loads the parts of Apache ECharts Lotse uses, on demand (one own chunk, only fetched on pages with a chart;
 * see echarts-teile.ts). Canvas renderer: it needs no inline style attributes, so the strict CSP
 * (style-src 'self') holds.
 */
export function ladeECharts() {
  return import('./echarts-teile.ts');
}
