/**
 * The parts of Apache ECharts Lotse uses, as named static imports so the bundler can leave out every chart type
 * and component that is not listed here. Only reached through the dynamic import in echarts-laden.ts: one chunk,
 * fetched by pages that draw a chart and by no other page.
 */
import { use as registriere } from 'echarts/core';
import { BarChart, LineChart, PieChart, RadarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

registriere([BarChart, LineChart, PieChart, RadarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, MarkLineComponent, LabelLayout, CanvasRenderer]);

export { init } from 'echarts/core';
