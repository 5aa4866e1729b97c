import type { Befehl } from '../../../core/modul.ts';
import { raeumeAuf } from './dsgvo.usecases.ts';
import { aufbewahrungAus } from './dsgvo.rules.ts';

/** `npm run lotse -- aufraeumen`: the scheduled clean-up, e.g. daily from cron or a Kubernetes CronJob. */
export const aufraeumen: Befehl = {
  aufruf: 'aufraeumen',
  beschreibung: 'abgelaufene Sitzungen, erledigte Einladungen und alte versendete Mails löschen; fällige Löschaufträge von Kommunen ausführen',
  async ausfuehren(ctx) {
    let aufbewahrung;
    try {
      aufbewahrung = aufbewahrungAus(ctx.env);
    } catch (e) {
      ctx.err((e as Error).message);
      return 2;
    }
    const r = await raeumeAuf(await ctx.db(), new Date(), aufbewahrung);
    ctx.out(`Gelöscht: ${r.sitzungen} abgelaufene Sitzungen, ${r.einladungen} erledigte Einladungen, ${r.mails} versendete Mails (älter als ${aufbewahrung.mailsTage} Tage).`);
    for (const k of r.kommunen) {
      const n = Object.values(k.zeilen).reduce((a, b) => a + b, 0);
      ctx.out(`Daten der Kommune ${k.kommuneId} gelöscht (Löschauftrag fällig): ${n} Zeilen in ${Object.keys(k.zeilen).length} Tabellen.`);
    }
    if (!r.kommunen.length) ctx.out('Keine fälligen Löschaufträge von Kommunen.');
    return 0;
  },
};
