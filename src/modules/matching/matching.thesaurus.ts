/** Thesaurus maintenance by the Transferstelle (groups of equivalent terms). */
import { sql } from 'kysely';
import type { Db } from '../../core/db/db.ts';
import { AppError, fehler } from '../../core/errors.ts';
import type { ThesaurusEintrag } from './matching.schemas.ts';

const nichtGefunden = () => fehler.nichtGefunden('thesaurus.nicht_gefunden', 'Der Thesaurus-Eintrag wurde nicht gefunden.');
const doppelt = () => new AppError(409, 'thesaurus.begriff_vorhanden', 'Diesen Begriff gibt es im Thesaurus bereits. Bitte ergänzen Sie den vorhandenen Eintrag.');

/** Trims, removes empty entries, duplicates (case-insensitive) and the term itself from the synonyms. */
export function bereinigeSynonyme(begriff: string, synonyme: string[]): string[] {
  const gesehen = new Set([begriff.trim().toLocaleLowerCase('de-DE')]);
  const out: string[] = [];
  for (const s of synonyme.map((x) => x.trim().replace(/\s+/g, ' '))) {
    const k = s.toLocaleLowerCase('de-DE');
    if (!s || gesehen.has(k)) continue;
    gesehen.add(k);
    out.push(s);
  }
  return out;
}

const antwort = (r: { id: string; begriff: string; synonyme: string[]; hinweis: string; aktualisiert_am: Date | string }): ThesaurusEintrag => ({
  id: r.id,
  begriff: r.begriff,
  synonyme: r.synonyme,
  hinweis: r.hinweis,
  aktualisiertAm: new Date(r.aktualisiert_am).toISOString(),
});

export async function listeThesaurus(db: Db, q: { q?: string; limit: number; offset: number }) {
  let base = db.k.selectFrom('thesaurus_eintrag');
  if (q.q) {
    const muster = `%${q.q.toLocaleLowerCase('de-DE').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where(sql<boolean>`(lower(begriff) like ${muster} or exists (select 1 from unnest(synonyme) s where lower(s) like ${muster}))`);
  }
  const [rows, n] = await Promise.all([
    base.select(['id', 'begriff', 'synonyme', 'hinweis', 'aktualisiert_am']).orderBy(sql`lower(begriff)`).orderBy('id').limit(q.limit).offset(q.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(antwort), total: Number(n.n) };
}

async function begriffFrei(db: Db, begriff: string, ausser?: string) {
  let q = db.k.selectFrom('thesaurus_eintrag').select('id').where(sql`lower(begriff)`, '=', begriff.toLocaleLowerCase('de-DE'));
  if (ausser) q = q.where('id', '!=', ausser);
  if (await q.executeTakeFirst()) throw doppelt();
}

export async function legeThesaurusAn(db: Db, kontoId: string, e: { begriff: string; synonyme: string[]; hinweis?: string }) {
  await begriffFrei(db, e.begriff);
  const r = await db.k
    .insertInto('thesaurus_eintrag')
    .values({ begriff: e.begriff, synonyme: bereinigeSynonyme(e.begriff, e.synonyme), hinweis: e.hinweis ?? '', aktualisiert_von: kontoId })
    .returning(['id', 'begriff', 'synonyme', 'hinweis', 'aktualisiert_am'])
    .executeTakeFirstOrThrow();
  return antwort(r);
}

export async function aendereThesaurus(db: Db, kontoId: string, id: string, e: { begriff: string; synonyme: string[]; hinweis?: string }) {
  await begriffFrei(db, e.begriff, id);
  const r = await db.k
    .updateTable('thesaurus_eintrag')
    .set({ begriff: e.begriff, synonyme: bereinigeSynonyme(e.begriff, e.synonyme), hinweis: e.hinweis ?? '', aktualisiert_von: kontoId, aktualisiert_am: new Date() })
    .where('id', '=', id)
    .returning(['id', 'begriff', 'synonyme', 'hinweis', 'aktualisiert_am'])
    .executeTakeFirst();
  if (!r) throw nichtGefunden();
  return antwort(r);
}

export async function loescheThesaurus(db: Db, id: string) {
  const r = await db.k.deleteFrom('thesaurus_eintrag').where('id', '=', id).executeTakeFirst();
  if (!r.numDeletedRows) throw nichtGefunden();
}
