import type { EChartsOption } from 'echarts';

/** Anzahlen: nur ganze Zahlen an der Wertachse. */
export const ganzzahlig = (achse: 'x' | 'y') => (o: EChartsOption): EChartsOption => {
  const schluessel = achse === 'x' ? 'xAxis' : 'yAxis';
  return { ...o, [schluessel]: { ...(o[schluessel] as object), minInterval: 1 } };
};

