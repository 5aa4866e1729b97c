/**
 * Loads the parts of Apache ECharts Lotse uses, on demand (own chunk, only fetched on pages with a chart).
 * Canvas renderer: it needs no inline style attributes, so the strict CSP (style-src 'self') holds.
 */
export async function ladeECharts() {
  const [core, charts, components, features, renderers] = await Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/features'),
    import('echarts/renderers'),
  ]);
  core.use([
    charts.BarChart,
    charts.LineChart,
    charts.PieChart,
    charts.RadarChart,
    components.GridComponent,
    components.TooltipComponent,
    components.LegendComponent,
    components.AriaComponent,
    components.MarkLineComponent,
    features.LabelLayout,
    renderers.CanvasRenderer,
  ]);
  return core;
}
