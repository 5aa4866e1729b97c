/**
 * `npm run lotse -- import-loesungen DATEI.json|DATEI.csv [--jrc]`: imports solutions like
 * POST /api/loesungen/import (upsert by externalId, all or nothing), with a progress bar.
 * `--jrc` (or a file named jrc-ips-explorer*.csv) reads the column layout of the JRC explorer.
 */
import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Befehl } from '../../core/modul.ts';
import { AppError } from '../../core/errors.ts';
import { importiereLoesungen, leseImportDatei } from './import/import.usecases.ts';
import { jrcZuImportZeilen } from './loesungen.jrc.ts';
import { herkunftOffenText, leseCsv } from './import/import.rules.ts';

const AUFRUF = 'import-loesungen DATEI.json|DATEI.csv [--jrc]';

export const importLoesungen: Befehl = {
  aufruf: AUFRUF,
  beschreibung: 'Lösungen importieren (Upsert nach externalId, veröffentlicht; eine fehlerhafte Zeile → nichts importiert)',
  async ausfuehren({ args, db, out, err }) {
    const dateien = args.filter((a) => !a.startsWith('--'));
    const unbekannt = args.filter((a) => a.startsWith('--') && a !== '--jrc');
    if (dateien.length !== 1 || unbekannt.length) {
      err(`Aufruf: npm run lotse -- ${AUFRUF}`);
      return 2;
    }
    const pfad = path.resolve(dateien[0]);
    if (!fs.existsSync(pfad)) {
      err(`Datei nicht gefunden: ${pfad}`);
      return 1;
    }
    const jrc = args.includes('--jrc') || path.basename(pfad).startsWith('jrc-ips-explorer');
    const balken = new cliProgress.SingleBar(
      { stream: process.stderr, format: 'Lösungen schreiben [{bar}] {percentage}% | {value}/{total}', hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let gestartet = false;
    try {
      // read and check the file first, then open the database
      const zeilen = jrc ? jrcZuImportZeilen(leseCsv(fs.readFileSync(pfad, 'utf8'))) : leseImportDatei(pfad);
      const b = await importiereLoesungen(await db(), zeilen, {
        kontoId: null,
        quelle: 'cli',
        kommentar: `Import ${path.basename(pfad)} (Kommandozeile)`,
        fortschritt: (n, gesamt) => {
          if (!gestartet) {
            balken.start(gesamt, 0);
            gestartet = true;
          }
          balken.update(n);
        },
      });
      if (gestartet) balken.stop();
      out(`${b.gesamt} Lösungen: ${b.neu} neu, ${b.aktualisiert} aktualisiert, ${b.unveraendert} unverändert (${b.dauerMs} ms).`);
      if (b.herkunftNichtAufgeloest.length) {
        out(`${herkunftOffenText(b.herkunftNichtAufgeloest.length)} Zum Beispiel:`);
        for (const h of b.herkunftNichtAufgeloest.slice(0, 10)) out(`  Zeile ${h.zeile} (${h.externalId}): ${h.origin}`);
      }
      return 0;
    } catch (e) {
      if (gestartet) balken.stop();
      if (!(e instanceof AppError)) throw e;
      err(`Fehler: ${e.message}`);
      const details = e.details as { zeile?: number | null; feld?: string; meldung?: string }[];
      for (const d of details.slice(0, 50)) err(`  Zeile ${d.zeile ?? '?'}${d.feld ? `, ${d.feld}` : ''}: ${d.meldung ?? ''}`);
      if (details.length > 50) err(`  … und ${details.length - 50} weitere`);
      return 1;
    }
  },
};
