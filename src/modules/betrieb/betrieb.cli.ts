import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { loadConfig } from '../../core/config.ts';
import type { Befehl, BefehlKontext } from '../../core/modul.ts';
import { leseKopf, sichere, stelleWiederHer, type Fortschritt } from './betrieb.sicherung.ts';
import { SicherungsFehler, sicherungsFehler } from './betrieb.errors.ts';

function balken(titel: string) {
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${titel} [{bar}] {percentage}% | {value}/{total} Zeilen | {tabelle}`, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let gestartet = false;
  return {
    fortschritt(f: Fortschritt) {
      if (!gestartet) {
        bar.start(f.gesamt, 0, { tabelle: '' });
        gestartet = true;
      }
      bar.update(f.fertig, { tabelle: f.tabelle });
    },
    stop() {
      if (gestartet) bar.stop();
      gestartet = false;
    },
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;

function ziel(ctx: BefehlKontext): string {
  const c = loadConfig(ctx.env);
  if (c.databaseUrl) return `PostgreSQL (DATABASE_URL${c.databaseSchema ? `, Schema ${c.databaseSchema}` : ''})`;
  if (c.dataDirHinweis) ctx.err(c.dataDirHinweis);
  return `eingebettete Datenbank in ${path.join(c.dataDir, 'pglite')}`;
}

async function mitFehlern(ctx: BefehlKontext, fn: () => Promise<number>): Promise<number> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof SicherungsFehler) {
      ctx.err(e.message);
      return 1;
    }
    throw e;
  }
}

/** `npm run lotse -- backup DATEI`: the whole database into one file (either engine). */
export const backup: Befehl = {
  aufruf: 'backup DATEI [--ueberschreiben]',
  beschreibung: 'Sichert die ganze Datenbank in eine Datei (gzip, JSON-Zeilen); taugt für beide Datenbankarten',
  ausfuehren: (ctx) => mitFehlern(ctx, async () => {
    const ueberschreiben = ctx.args.includes('--ueberschreiben');
    const rest = ctx.args.filter((a) => a !== '--ueberschreiben');
    if (rest.length !== 1 || rest[0].startsWith('-')) {
      ctx.err('Aufruf: npm run lotse -- backup DATEI [--ueberschreiben]   (z. B. lotse-sicherung-2025-01-31.jsonl.gz)');
      return 2;
    }
    const datei = path.resolve(rest[0]);
    if (fs.existsSync(datei) && !ueberschreiben) throw sicherungsFehler.dateiVorhanden(datei);
    const quelle = ziel(ctx);
    const b = balken('Sichern');
    try {
      const e = await sichere(await ctx.db(), datei, { onFortschritt: b.fortschritt });
      b.stop();
      ctx.out(`Sicherung geschrieben: ${datei} (${mb(e.bytes)}, ${e.tabellen} Tabellen, ${e.zeilen.toLocaleString('de-DE')} Zeilen, `
        + `${e.dauerMs} ms; Quelle: ${quelle}). Die Datei enthält alle Daten einschließlich Passwort-Hashes: bewahren Sie sie geschützt auf.`);
      return 0;
    } finally {
      b.stop();
    }
  }),
};

/** `npm run lotse -- restore DATEI`: into a freshly migrated, empty database with the same migrations. */
export const restore: Befehl = {
  aufruf: 'restore DATEI',
  beschreibung: 'Stellt eine Sicherung in einer frischen, leeren Datenbank wieder her (alles oder nichts)',
  ausfuehren: (ctx) => mitFehlern(ctx, async () => {
    if (ctx.args.length !== 1 || ctx.args[0].startsWith('-')) {
      ctx.err('Aufruf: npm run lotse -- restore DATEI');
      return 2;
    }
    const datei = path.resolve(ctx.args[0]);
    if (!fs.existsSync(datei)) throw sicherungsFehler.dateiFehlt(datei);
    const kopf = await leseKopf(datei); // check the file before opening (and migrating) a database
    const zielText = ziel(ctx);
    ctx.out(`Sicherung vom ${new Date(kopf.erstellt).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })} (Lotse ${kopf.lotseVersion}, `
      + `aus ${kopf.quelle === 'pglite' ? 'der eingebetteten Datenbank' : 'PostgreSQL'}) → ${zielText}`);
    const b = balken('Wiederherstellen');
    try {
      const e = await stelleWiederHer(await ctx.db(), datei, { onFortschritt: b.fortschritt });
      b.stop();
      ctx.out(`Wiederhergestellt: ${e.tabellen} Tabellen, ${e.zeilen.toLocaleString('de-DE')} Zeilen in ${e.dauerMs} ms; `
        + 'jede Tabelle stimmt mit der Prüfsumme der Sicherung überein.');
      return 0;
    } finally {
      b.stop();
    }
  }),
};
