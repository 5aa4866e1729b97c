/**
 * The candidate statement reads only the postings of the query's lexemes, also when the planner's statistics are stale
 * (PGlite runs no autovacuum; docs/decisions/0143). Before, with 300,000 postings the catalogue had grown to since the
 * last ANALYZE, it hashed all of them (seq scan). Checked on the plan, not on a time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Db } from '../../core/db/db.ts';
import { createTestDb } from '../../testing/testDb.ts';
import { FELD_FAKTOR } from './bewertung/bewertung.rules.ts';
import { obersteKandidaten } from './matching.repository.ts';

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
  // the state a young installation is in: statistics taken while the index was small …
  await sql`analyze matching_posting`.execute(db.k);
  // … then a catalogue of 10,000 solutions with 30 lexemes each (3,000 distinct lexemes)
  await sql`insert into matching_posting (lexem, loesung_id, feld)
    select 'lx' || ((d * 7 + w * 101) % 3000), md5('l' || d)::uuid, 1 + (w % 4)
    from generate_series(1, 10000) d, generate_series(1, 30) w
    on conflict do nothing`.execute(db.k);
}, 120_000);
afterAll(async () => {
  await db?.close();
});

const planVon = async (q: ReturnType<typeof obersteKandidaten>) => {
  const c = q.compile(db.k);
  const r = await db.k.executeQuery<Record<string, string>>({ ...c, sql: `explain ${c.sql}` });
  return r.rows.map((x) => Object.values(x)[0]).join('\n');
};

describe('Kandidatensuche ohne frische Statistik', () => {
  it('liest die Postings der Anfrage über den Index, nicht die ganze Tabelle', async () => {
    const lexeme = ['lx1', 'lx17', 'lx230', 'lx999', 'lx1500', 'lx2048', 'lx2999'];
    const plan = await planVon(obersteKandidaten({ lexeme, gruppen: lexeme.map((_, i) => i), gewichte: lexeme.map(() => 1.5) }, 150, FELD_FAKTOR));
    expect(plan).toMatch(/matching_posting/);
    expect(plan).not.toMatch(/Seq Scan on matching_posting/);
  });

  it('liefert dieselben Kandidaten wie die Summe über alle Postings', async () => {
    const lexeme = ['lx5', 'lx6', 'lx7'];
    const r = await obersteKandidaten({ lexeme, gruppen: [0, 1, 2], gewichte: [1, 2, 3] }, 20, FELD_FAKTOR).execute(db.k);
    const f = [FELD_FAKTOR.A, FELD_FAKTOR.B, FELD_FAKTOR.C, FELD_FAKTOR.D];
    const erwartet = await sql<{ loesung_id: string; w: number }>`
      select loesung_id, sum(case lexem when 'lx5' then 1 when 'lx6' then 2 else 3 end * (${f}::float8[])[feld]) as w
      from matching_posting where lexem in ('lx5', 'lx6', 'lx7') group by loesung_id order by w desc, loesung_id limit 20`.execute(db.k);
    expect(r.rows.length).toBe(20);
    expect(r.rows.map((x) => x.loesung_id)).toEqual(erwartet.rows.map((x) => x.loesung_id));
  });
});
