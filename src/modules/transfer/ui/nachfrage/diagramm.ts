import type { EChartsOption } from 'echarts';

/**
 * Anzahlen: nur ganze Zahlen an der Wertachse. Auf schmalen Bildschirmen werden senkrechte Balken quer gezeichnet
 * (Diagramm wählt die Darstellung), deshalb gilt die Vorgabe für beide Achsen; eine Kategorienachse übergeht sie.
 */
export const ganzzahlig = (_achse?: 'x' | 'y') => (o: EChartsOption): EChartsOption => ({
  ...o,
  xAxis: { ...(o.xAxis as object), minInterval: 1 },
  yAxis: { ...(o.yAxis as object), minInterval: 1 },
});
