import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { ROOT_DIR } from '../../core/config.ts';
import type { Db, Tx } from '../../core/db/db.ts';
import { leseMigrationen } from '../../core/db/migrate.ts';
import * as repo from './betrieb.repository.ts';
import { sicherungsFehler } from './betrieb.errors.ts';

/**
 * Backup and restore in one engine-neutral file (docs/decisions/0060): gzip'ed JSON lines.
 *
 *   {"format":"lotse-sicherung","formatVersion":1, lotseVersion, erstellt, quelle, migrationen, tabellen, sequenzen}
 *   {"tabelle":"konto","spalten":["id",…],"zeilen":3}
 *   {"id":"…","email":"…",…}            ← one line per row, PostgreSQL's row_to_json
 *   {"ende":"konto","pruefsumme":"<md5>"}
 *   …                                   ← every table, parents before children
 *   {"fertig":true,"zeilen":12345}
 *
 * The backup reads one consistent snapshot (repeatable read); the restore writes everything in one
 * transaction and compares each table's checksum with the backup before it commits.
 */

export const FORMAT = 'lotse-sicherung';
export const FORMAT_VERSION = 1;

export interface Kopf {
  format: string;
  formatVersion: number;
  lotseVersion: string;
  erstellt: string;
  quelle: string;
  migrationen: { name: string; pruefsumme: string | null }[];
  tabellen: { name: string; zeilen: number }[];
  sequenzen: repo.SequenzStand[];
}

export interface Fortschritt {
  tabelle: string;
  fertig: number;
  gesamt: number;
}

export interface Ergebnis {
  tabellen: number;
  zeilen: number;
  bytes: number;
  dauerMs: number;
  kopf: Kopf;
}

export function lotseVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Tables the migrations fill themselves (thesaurus, matcher state): on restore they are replaced, not refused. */
export function vonMigrationenBefuellt(): Set<string> {
  const namen = new Set<string>();
  for (const d of leseMigrationen()) for (const m of d.text.matchAll(/insert\s+into\s+([a-z_][a-z0-9_]*)/gi)) namen.add(m[1].toLowerCase());
  return namen;
}

/**
 * Parents before children (foreign keys); self-references do not count. Name order among equals. A cycle is
 * broken at a foreign key whose column may stay empty: that table goes first, and the keys it had to skip are
 * returned in `vorgezogen` (the restore checks them at the end of its transaction).
 */
export function inAbhaengigkeitsfolge(tabellen: repo.TabellenInfo[]): repo.TabellenInfo[] & { vorgezogen?: { tabelle: string; constraint: string }[] } {
  const offen = new Map(tabellen.map((t) => [t.name, t]));
  const folge: repo.TabellenInfo[] & { vorgezogen?: { tabelle: string; constraint: string }[] } = [];
  const vorgezogen: { tabelle: string; constraint: string }[] = [];
  while (offen.size) {
    const sortiert = [...offen.values()].sort((a, b) => a.name.localeCompare(b.name));
    let bereit = sortiert.filter((t) => t.verweistAuf.every((v) => !offen.has(v)));
    if (!bereit.length) {
      // Only keys that may stay empty still point to open tables: take the first such table.
      const loesbar = sortiert.find((t) => t.verweistAuf.every((v) => !offen.has(v) || (t.aufloesbar ?? []).some((a) => a.nach === v)));
      if (!loesbar) throw new Error(`Fremdschlüssel bilden einen Kreis zwischen: ${[...offen.keys()].join(', ')}`);
      for (const a of loesbar.aufloesbar ?? []) if (offen.has(a.nach)) vorgezogen.push({ tabelle: loesbar.name, constraint: a.constraint });
      bereit = [loesbar];
    }
    for (const t of bereit) {
      folge.push(t);
      offen.delete(t.name);
    }
  }
  folge.vorgezogen = vorgezogen;
  return folge;
}

async function gesicherteTabellen(tx: Tx): Promise<ReturnType<typeof inAbhaengigkeitsfolge>> {
  return inAbhaengigkeitsfolge((await repo.tabellen(tx)).filter((t) => t.name !== 'schema_migration'));
}

/** Writes the backup of `db` to `datei` (first to `datei.teil`, renamed when complete; mode 0600). */
export async function sichere(db: Db, datei: string, opts: { onFortschritt?: (f: Fortschritt) => void } = {}): Promise<Ergebnis> {
  const t0 = Date.now();
  const teil = `${datei}.teil`;
  const gz = zlib.createGzip({ level: 6 });
  const ziel = fs.createWriteStream(teil, { mode: 0o600 });
  const geschrieben = pipeline(gz, ziel);
  geschrieben.catch(() => {}); // awaited below; avoids an unhandled rejection while we still write
  const schreibe = async (zeile: string) => {
    if (!gz.write(zeile + '\n')) await once(gz, 'drain');
  };
  try {
    const { kopf, zeilen } = await db.k.transaction().execute(async (tx) => {
      await repo.schnappschuss(tx);
      await repo.einheitlicheSitzung(tx);
      const tabellen = await gesicherteTabellen(tx);
      const anzahl = new Map<string, number>();
      for (const t of tabellen) anzahl.set(t.name, await repo.zeilenZahl(tx, t.name));
      const kopf: Kopf = {
        format: FORMAT,
        formatVersion: FORMAT_VERSION,
        lotseVersion: lotseVersion(),
        erstellt: new Date().toISOString(),
        quelle: db.kind,
        migrationen: await repo.angewendeteMigrationen(tx),
        tabellen: tabellen.map((t) => ({ name: t.name, zeilen: anzahl.get(t.name)! })),
        sequenzen: await repo.sequenzen(tx),
      };
      await schreibe(JSON.stringify(kopf));
      const gesamt = kopf.tabellen.reduce((s, t) => s + t.zeilen, 0);
      let fertig = 0;
      for (const t of tabellen) {
        await schreibe(JSON.stringify({ tabelle: t.name, spalten: t.spalten.map((s) => s.name), zeilen: anzahl.get(t.name) }));
        for await (const stueck of repo.leseZeilen(tx, t)) {
          for (const z of stueck) await schreibe(z);
          fertig += stueck.length;
          opts.onFortschritt?.({ tabelle: t.name, fertig, gesamt });
        }
        await schreibe(JSON.stringify({ ende: t.name, pruefsumme: await repo.pruefsumme(tx, t.name) }));
      }
      await schreibe(JSON.stringify({ fertig: true, zeilen: fertig }));
      return { kopf, zeilen: fertig };
    });
    gz.end();
    await geschrieben;
    fs.renameSync(teil, datei);
    return { tabellen: kopf.tabellen.length, zeilen, bytes: fs.statSync(datei).size, dauerMs: Date.now() - t0, kopf };
  } catch (err) {
    gz.destroy();
    await geschrieben.catch(() => {});
    fs.rmSync(teil, { force: true });
    throw err;
  }
}

/** The lines of a gzip'ed file, decoded as UTF-8; a damaged or truncated file throws. */
async function* zeilenAus(datei: string): AsyncGenerator<string> {
  const gz = zlib.createGunzip();
  gz.setEncoding('utf8');
  pipeline(fs.createReadStream(datei), gz).catch(() => {}); // errors surface through the iteration of gz
  let rest = '';
  try {
    for await (const stueck of gz as AsyncIterable<string>) {
      rest += stueck;
      let i: number;
      while ((i = rest.indexOf('\n')) >= 0) {
        yield rest.slice(0, i);
        rest = rest.slice(i + 1);
      }
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'ERR_STREAM_PREMATURE_CLOSE') throw sicherungsFehler.beschaedigt(datei);
    throw err;
  }
  if (rest !== '') yield rest;
}

function json<T>(zeile: string | undefined, datei: string): T {
  if (zeile === undefined) throw sicherungsFehler.unvollstaendig(datei);
  try {
    return JSON.parse(zeile) as T;
  } catch {
    throw sicherungsFehler.beschaedigt(datei);
  }
}

/** Reads only the header (to check a file before touching a database). */
export async function leseKopf(datei: string): Promise<Kopf> {
  const it = zeilenAus(datei);
  try {
    const erste = await it.next();
    const kopf = json<Kopf>(erste.done ? undefined : erste.value, datei);
    pruefeKopf(kopf, datei);
    return kopf;
  } finally {
    await it.return(undefined);
  }
}

function pruefeKopf(kopf: Kopf, datei: string) {
  if (kopf?.format !== FORMAT) throw sicherungsFehler.keineSicherung(datei);
  if (typeof kopf.formatVersion !== 'number' || kopf.formatVersion > FORMAT_VERSION) throw sicherungsFehler.neueresFormat(kopf.formatVersion, kopf.lotseVersion);
}

/** Differences between the backup's migrations and the database's (empty = same program state). */
export function migrationsUnterschiede(sicherung: Kopf['migrationen'], datenbank: Kopf['migrationen']): string[] {
  const unterschiede: string[] = [];
  const inDb = new Map(datenbank.map((m) => [m.name, m.pruefsumme]));
  const inSicherung = new Map(sicherung.map((m) => [m.name, m.pruefsumme]));
  for (const [name, p] of inSicherung) {
    if (!inDb.has(name)) unterschiede.push(`${name} fehlt in der Zieldatenbank`);
    else if (inDb.get(name) !== p) unterschiede.push(`${name} hat eine andere Prüfsumme`);
  }
  for (const name of inDb.keys()) if (!inSicherung.has(name)) unterschiede.push(`${name} fehlt in der Sicherung`);
  return unterschiede;
}

/**
 * Restores `datei` into `db`, which must be freshly migrated with the same migrations and otherwise
 * empty; refuses otherwise (SicherungsFehler, German). All in one transaction: a failure leaves the
 * database as it was.
 */
export async function stelleWiederHer(db: Db, datei: string, opts: { onFortschritt?: (f: Fortschritt) => void; stueck?: number } = {}): Promise<Ergebnis> {
  const t0 = Date.now();
  const stueckGroesse = opts.stueck ?? 1000;
  const befuellt = vonMigrationenBefuellt();
  const it = zeilenAus(datei);
  const naechste = async () => {
    const r = await it.next();
    return r.done ? undefined : r.value;
  };
  try {
    const kopf = json<Kopf>(await naechste(), datei);
    pruefeKopf(kopf, datei);
    const zeilen = await db.k.transaction().execute(async (tx) => {
      await repo.einheitlicheSitzung(tx);
      const unterschiede = migrationsUnterschiede(kopf.migrationen, await repo.angewendeteMigrationen(tx));
      if (unterschiede.length) throw sicherungsFehler.andereMigrationen(kopf.lotseVersion, unterschiede);
      const tabellen = await gesicherteTabellen(tx);
      const nachName = new Map(tabellen.map((t) => [t.name, t]));
      const imKopf = new Set(kopf.tabellen.map((t) => t.name));
      const fehlend = [...nachName.keys()].filter((n) => !imKopf.has(n)).concat([...imKopf].filter((n) => !nachName.has(n)));
      if (fehlend.length) throw sicherungsFehler.andereTabellen(fehlend);
      const belegt: string[] = [];
      for (const t of tabellen) {
        if (befuellt.has(t.name)) continue;
        const n = await repo.zeilenZahl(tx, t.name);
        if (n > 0) belegt.push(`${t.name} (${n.toLocaleString('de-DE')} Zeilen)`);
      }
      if (belegt.length) throw sicherungsFehler.nichtLeer(belegt);
      for (const t of [...tabellen].reverse()) if (befuellt.has(t.name)) await repo.leere(tx, t.name);
      for (const t of tabellen) await repo.nutzerTrigger(tx, t.name, false);
      // Keys at which a cycle of foreign keys was broken are checked once all rows are in.
      const vorgezogen = (tabellen as ReturnType<typeof inAbhaengigkeitsfolge>).vorgezogen ?? [];
      await repo.verzoegere(tx, vorgezogen);

      const gesamt = kopf.tabellen.reduce((s, t) => s + t.zeilen, 0);
      let fertig = 0;
      const pruefsummen = new Map<string, string>();
      for (;;) {
        const zeile = await naechste();
        const kopfzeile = json<{ tabelle?: string; spalten?: string[]; zeilen?: number; fertig?: boolean }>(zeile, datei);
        if (kopfzeile.fertig) {
          if (fertig !== gesamt) throw sicherungsFehler.unvollstaendig(datei);
          break;
        }
        const t = kopfzeile.tabelle !== undefined ? nachName.get(kopfzeile.tabelle) : undefined;
        if (!t || !Array.isArray(kopfzeile.spalten) || typeof kopfzeile.zeilen !== 'number') throw sicherungsFehler.beschaedigt(datei);
        if (kopfzeile.spalten.join(',') !== t.spalten.map((s) => s.name).join(',')) throw sicherungsFehler.andereTabellen([t.name]);
        // A table that references itself goes in with one statement (the foreign key is checked at its end).
        const groesse = t.selbstbezug ? Infinity : stueckGroesse;
        let puffer: string[] = [];
        for (let i = 0; i < kopfzeile.zeilen; i++) {
          const z = await naechste();
          if (z === undefined) throw sicherungsFehler.unvollstaendig(datei);
          puffer.push(z);
          if (puffer.length >= groesse) {
            await repo.schreibeZeilen(tx, t, puffer);
            fertig += puffer.length;
            puffer = [];
            opts.onFortschritt?.({ tabelle: t.name, fertig, gesamt });
          }
        }
        await repo.schreibeZeilen(tx, t, puffer);
        fertig += puffer.length;
        opts.onFortschritt?.({ tabelle: t.name, fertig, gesamt });
        const ende = json<{ ende?: string; pruefsumme?: string }>(await naechste(), datei);
        if (ende.ende !== t.name || typeof ende.pruefsumme !== 'string') throw sicherungsFehler.beschaedigt(datei);
        pruefsummen.set(t.name, ende.pruefsumme);
      }
      await repo.pruefeVerzoegerteJetzt(tx, vorgezogen);
      for (const t of tabellen) await repo.nutzerTrigger(tx, t.name, true);
      for (const s of kopf.sequenzen) await repo.setzeSequenz(tx, s);
      await repo.sequenzenNachZeilen(tx);
      // The proof before commit: every table has exactly the content it had when the backup was taken.
      const abweichend: string[] = [];
      for (const t of tabellen) if ((await repo.pruefsumme(tx, t.name)) !== pruefsummen.get(t.name)) abweichend.push(t.name);
      if (abweichend.length) throw sicherungsFehler.pruefsummen(abweichend);
      return fertig;
    });
    return { tabellen: kopf.tabellen.length, zeilen, bytes: fs.statSync(datei).size, dauerMs: Date.now() - t0, kopf };
  } finally {
    await it.return(undefined);
  }
}

/** Checksum of every backed-up table (tests, and a quick comparison of two databases). */
export async function tabellenPruefsummen(db: Db): Promise<Record<string, string>> {
  return db.k.transaction().execute(async (tx) => {
    await repo.einheitlicheSitzung(tx);
    const ergebnis: Record<string, string> = {};
    for (const t of await gesicherteTabellen(tx)) ergebnis[t.name] = await repo.pruefsumme(tx, t.name);
    return ergebnis;
  });
}
