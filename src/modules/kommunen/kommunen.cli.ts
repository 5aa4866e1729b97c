import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Befehl } from '../../core/modul.ts';
import { ImportFehler, importiereVerzeichnis, leseGemeindeDatei } from './kommunen.import.ts';

/** `npm run lotse -- import-gemeinden DATEI.csv`: ein neueres Gemeindeverzeichnis einlesen (alles oder nichts). */
export const importGemeinden: Befehl = {
  aufruf: 'import-gemeinden DATEI.csv',
  beschreibung: 'Gemeindeverzeichnis (CSV: state, ags, place, population) neu einlesen; fehlerhafte Datei → nichts geändert',
  async ausfuehren({ args, db, out, err }) {
    const datei = args[0];
    if (!datei || args.length > 1) {
      err('Aufruf: npm run lotse -- import-gemeinden DATEI.csv');
      return 2;
    }
    const pfad = path.resolve(datei);
    if (!fs.existsSync(pfad)) {
      err(`Datei nicht gefunden: ${pfad}`);
      return 1;
    }
    const balken = new cliProgress.SingleBar(
      { stream: process.stderr, format: 'Kommunen schreiben [{bar}] {percentage}% | {value}/{total}', hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let gestartet = false;
    try {
      const gemeinden = leseGemeindeDatei(pfad); // erst prüfen, dann die Datenbank öffnen
      const e = await importiereVerzeichnis(await db(), {
        gemeinden,
        onProgress: (f) => {
          if (f.phase !== 'schreiben') return;
          if (!gestartet) {
            balken.start(f.gesamt, 0);
            gestartet = true;
          }
          balken.update(f.fertig);
        },
      });
      if (gestartet) balken.stop();
      out(`Import abgeschlossen in ${e.dauerMs} ms: ${e.gemeinden} Gemeinden, ${e.kreise} Landkreise, ${e.laender} Länder-Zeilen; ${e.geschrieben} Zeilen neu oder geändert.`);
      for (const w of e.warnungen) err(`Hinweis: ${w}`);
      if (e.nichtMehrEnthalten.length) {
        err(`Hinweis: ${e.nichtMehrEnthalten.length} Kommunen stehen nicht mehr im Verzeichnis und bleiben erhalten: ${e.nichtMehrEnthalten.slice(0, 20).join(', ')}${e.nichtMehrEnthalten.length > 20 ? ' …' : ''}`);
      }
      return 0;
    } catch (e) {
      if (gestartet) balken.stop();
      if (e instanceof ImportFehler) {
        err(`Die Datei ${pfad} ist fehlerhaft:`);
        for (const f of e.fehler) err(`  Zeile ${f.zeile}: ${f.meldung}`);
        err('Es wurde nichts geändert.');
        return 1;
      }
      throw e;
    }
  },
};
