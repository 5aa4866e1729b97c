/**
 * Abläufe der Prozesse: anlegen, Ereignisprotokoll einlesen (erst alle Zeilen prüfen, dann in einer
 * Transaktion speichern und die Fallzusammenfassungen neu rechnen), Kennzahlen abrufen.
 */
import type { Db } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import type { Konto } from '../../../core/authz/policy.ts';
import { leseEreignisCsv } from './csv.rules.ts';
import { LEER } from './prozesse.rules.ts';
import { berlinTagesbeginn } from './zeit.rules.ts';
import { prozessFehler } from './prozesse.errors.ts';
import * as repo from './prozesse.repository.ts';
import type { Anlegen, ImportAntwort, KennzahlenAntwort, ListeQuery, Prozess } from './prozesse.schemas.ts';

export const kommuneVonProzess = repo.kommuneVonProzess;

/**
 * The Kommune a process is created for: the one named (AGS or ARS), or the only one the account belongs to.
 * Used by the access layer's resolver, which then checks `kommune.schreiben`.
 */
export async function kommuneFuerAnlage(db: Db, konto: Konto | null, angabe: string | undefined): Promise<string | undefined> {
  if (!konto) return undefined;
  if (angabe) return /^([0-9]{8}|[0-9]{12})$/.test(angabe) ? repo.kommuneNachSchluessel(db, angabe) : undefined;
  if (konto.mitgliedschaften.length === 1) return konto.mitgliedschaften[0].kommuneId;
  if (konto.mitgliedschaften.length > 1) throw prozessFehler.kommuneWaehlen();
  return undefined;
}

export async function anlegen(db: Db, konto: Konto, kommuneId: string, b: Anlegen): Promise<Prozess> {
  return db.k.transaction().execute(async (tx) => {
    const id = await repo.legeAn(tx, kommuneId, b.name, konto.id);
    if (!id) throw prozessFehler.nameVergeben(b.name);
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: 'kaizen.prozess.angelegt', objektTyp: 'kaizen_prozess', objektId: id, details: { name: b.name } });
    return (await repo.lade(tx, id))!;
  });
}

export async function liste(db: Db, konto: Konto, q: ListeQuery): Promise<{ items: Prozess[] }> {
  return { items: await repo.liste(db, konto, q.kommuneId) };
}

export async function detail(db: Db, id: string): Promise<Prozess> {
  const p = await repo.lade(db.k, id);
  if (!p) throw prozessFehler.nichtGefunden();
  return p;
}

/**
 * Imports an event log into the process `id` (rows with a `prozess` column go to the process of that name in
 * the same Kommune, created if missing). All rows are checked first; any error → 422, nothing stored.
 */
export async function importiere(db: Db, konto: { id: string } | null, id: string, datei: string | Buffer): Promise<ImportAntwort> {
  const csv = leseEreignisCsv(datei);
  if (!csv.ok) throw prozessFehler.csvUngueltig(csv.fehler, csv.anzahlFehler);
  return db.k.transaction().execute(async (tx) => {
    const haupt = await repo.sperre(tx, id);
    if (!haupt) throw prozessFehler.nichtGefunden();
    const kommuneId = haupt.kommune_id;
    // Processes named in the column `prozess` (the one in the path when empty or equal to its name).
    const namen = [...new Set(csv.zeilen.map((z) => z.prozess).filter((n): n is string => !!n && n !== haupt.name))];
    const prozessNachName = new Map<string, { id: string; angelegt: boolean }>([[haupt.name, { id: haupt.id, angelegt: false }]]);
    for (const p of await repo.nachNamen(tx, kommuneId, namen)) prozessNachName.set(p.name, { id: p.id, angelegt: false });
    for (const n of namen.filter((x) => !prozessNachName.has(x))) {
      const neu = await repo.legeAn(tx, kommuneId, n, konto?.id ?? null);
      if (!neu) throw prozessFehler.nameVergeben(n);
      prozessNachName.set(n, { id: neu, angelegt: true });
    }
    const prozessId = (n: string | null) => prozessNachName.get(n ?? haupt.name)!.id;
    const zeilen = csv.zeilen.map((z) => ({ prozessId: prozessId(z.prozess), fall: z.fall, schritt: z.schritt, zeitpunkt: new Date(z.zeitpunkt).toISOString() }));
    const neu = await repo.fuegeEin(tx, kommuneId, zeilen);

    const faelleJeProzess = new Map<string, Set<string>>();
    for (const z of zeilen) {
      const s = faelleJeProzess.get(z.prozessId) ?? new Set<string>();
      s.add(z.fall);
      faelleJeProzess.set(z.prozessId, s);
    }
    const ergebnis: ImportAntwort['prozesse'] = [];
    for (const [name, p] of prozessNachName) {
      const faelle = faelleJeProzess.get(p.id);
      if (!faelle && p.id !== haupt.id) continue;
      const ereignisse = zeilen.filter((z) => z.prozessId === p.id).length;
      ergebnis.push({ id: p.id, name, angelegt: p.angelegt, ereignisse, faelle: faelle?.size ?? 0 });
    }
    // New events per process: the insert counts them together; per process we recount only when several.
    for (const p of ergebnis) {
      if (!p.faelle) continue;
      await repo.rechneFaelleNeu(tx, p.id, [...faelleJeProzess.get(p.id)!]);
      const neuHier = ergebnis.length === 1 ? neu : await zaehleNeu(tx, p.id);
      await repo.aktualisiereZaehler(tx, p.id, neuHier);
    }
    await protokolliere(
      tx,
      ergebnis.map((p) => ({
        kommuneId,
        kontoId: konto?.id ?? null,
        aktion: p.angelegt ? 'kaizen.prozess.angelegt_durch_import' : 'kaizen.ereignisse.importiert',
        objektTyp: 'kaizen_prozess',
        objektId: p.id,
        details: { zeilen: p.ereignisse, faelle: p.faelle },
      })),
    );
    return { zeilen: zeilen.length, neu, doppelt: zeilen.length - neu, prozesse: ergebnis };
  });
}

/** With several processes in one file: the new events of one process are its stored events minus the old counter. */
async function zaehleNeu(tx: Parameters<typeof repo.sperre>[0], prozessId: string): Promise<number> {
  const r = await tx
    .selectFrom('kaizen_prozess')
    .select((eb) => [eb.ref('ereignisse').as('bisher'), eb.selectFrom('kaizen_ereignis').select((e) => e.fn.countAll<number>().as('n')).where('prozess_id', '=', prozessId).as('jetzt')])
    .where('id', '=', prozessId)
    .executeTakeFirstOrThrow();
  return Number(r.jetzt) - Number(r.bisher);
}

/** Key figures before/after the cut-over day (0:00 Berlin), or one block `gesamt`. */
export async function kennzahlen(db: Db, id: string, stichtag: string | undefined): Promise<KennzahlenAntwort> {
  const grenze = stichtag ? new Date(berlinTagesbeginn(stichtag)) : null;
  const m = await repo.kennzahlen(db, id, grenze);
  if (!grenze) return { gesamt: m.vorher ?? { ...LEER } };
  return { vorher: m.vorher ?? { ...LEER }, nachher: m.nachher ?? { ...LEER } };
}
