import cliProgress from 'cli-progress';
import type { Befehl } from '../../../core/modul.ts';
import { ladeIndikatoren, VERSION } from './indikatoren.laden.ts';

/** `npm run lotse -- indikatoren-laden [--neu]`: die mitgelieferten Referenzindikatoren einspielen (mit Fortschrittsbalken). */
export const indikatorenLadenBefehl: Record<string, Befehl> = {
  'indikatoren-laden': {
    aufruf: 'indikatoren-laden [--neu]',
    beschreibung: `Referenzindikatoren (INKAR/BBSR, Deutschlandatlas, Destatis; Version ${VERSION}) einspielen; ohne --neu nur, wenn diese Version fehlt`,
    async ausfuehren({ args, db, out, err }) {
      const unbekannt = args.filter((a) => a !== '--neu');
      if (unbekannt.length) {
        err('Aufruf: npm run lotse -- indikatoren-laden [--neu]');
        return 2;
      }
      const balken = new cliProgress.SingleBar(
        { stream: process.stderr, format: 'Indikatoren laden [{bar}] {percentage}% | {value}/{total} Zeilen | {duration}s', hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      let gestartet = false;
      try {
        const e = await ladeIndikatoren(await db(), {
          erzwingen: args.includes('--neu'),
          onProgress: (f) => {
            if (!gestartet) {
              balken.start(f.gesamt, 0);
              gestartet = true;
            }
            balken.update(f.fertig);
          },
        });
        if (gestartet) balken.stop();
        out(e.geladen
          ? `Indikatoren geladen in ${e.dauerMs} ms: ${e.indikatoren} Indikatoren, ${e.werte} Werte, ${e.vergleiche} Vergleichsgruppen.`
          : `Version ${VERSION} der Indikatoren ist schon geladen – nichts zu tun (neu laden mit --neu).`);
        return 0;
      } catch (e) {
        if (gestartet) balken.stop();
        throw e;
      }
    },
  },
};
