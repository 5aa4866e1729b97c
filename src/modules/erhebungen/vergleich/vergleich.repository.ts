/**
 * Veröffentlichter Vergleichsstand der Selbstchecks (docs/decisions/0042-vergleich-veroeffentlichte-bereiche.md).
 *
 * Der Vergleich mit anderen Kommunen liest nie live aus `dimension_score`. Ein geplanter Lauf
 * (`aktualisiereVergleichsstand`: beim Start, wenn fällig, danach standardmäßig alle 24 Stunden) friert ein,
 * welche Kommune mit ihrer jüngsten abgeschlossenen Runde in welcher Feinklasse (10 Punkte breit) liegt. Eine
 * Anfrage nimmt davon die eigene Kommune heraus und setzt die Feinklassen der übrigen zu Bereichen mit je
 * mindestens 5 Kommunen zusammen. Zwischen zwei Läufen ist die Antwort daher fest: Weder eigene Antworten
 * noch Runden anderer Kommunen bewegen sie.
 */
import { sql } from 'kysely';
import type { Db, Tx } from '../../../core/db/db.ts';
import { FEIN_ANZAHL, vorreiterSchwelle } from './vergleich.rules.ts';

/** jsonb kommt von node-postgres und PGlite bereits als Objekt. */
const ausJson = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));


/**
 * Berechnet den veröffentlichten Stand neu – in einer Transaktion, damit Leser entweder den alten oder den neuen
 * Stand sehen. Es zählen nur abgeschlossene Runden (je Kommune und Fragebogen die jüngste).
 */
export async function aktualisiereVergleichsstand(db: Db, jetzt: Date = new Date()): Promise<{ mitglieder: number; berechnetAm: string }> {
  const defs = await db.k.selectFrom('fragebogen').select(['id', 'version', 'definition']).execute();
  const schwellen = defs.map((d) => ({ id: d.id, version: d.version, schwelle: vorreiterSchwelle(ausJson<{ stufen?: { abMin: number }[] }>(d.definition).stufen ?? []) }));
  const mitglieder = await db.k.transaction().execute(async (tx) => {
    await tx.deleteFrom('vergleich_stand').execute();
    await tx.deleteFrom('vergleich_mitglied').execute();
    let n = 0;
    if (schwellen.length) {
      const werte = sql.join(schwellen.map((s) => sql`(${s.id}::text, ${s.version}::int, ${s.schwelle}::real)`));
      const r = await sql`
        insert into vergleich_mitglied (kommune_id, fragebogen_id, version, art, groessenklasse, dimension, fein, vorreiter)
        select distinct on (d.kommune_id, d.fragebogen_id, d.dimension)
               d.kommune_id, d.fragebogen_id, r.version, d.art, d.groessenklasse, d.dimension,
               least(greatest(floor(d.score / 10), 0), ${FEIN_ANZAHL - 1})::smallint,
               (o.kommune_id is not null and d.score >= s.schwelle)
          from dimension_score d
          join erhebungsrunde r on r.id = d.runde_id and r.status = 'abgeschlossen'
          join (values ${werte}) as s (fragebogen_id, version, schwelle) on s.fragebogen_id = d.fragebogen_id and s.version = r.version
          left join vorreiter_optin o on o.kommune_id = d.kommune_id and o.fragebogen_id = d.fragebogen_id and o.dimension = d.dimension
         where d.aktuell
         order by d.kommune_id, d.fragebogen_id, d.dimension, d.abgeschlossen_am desc`.execute(tx);
      n = Number(r.numAffectedRows ?? 0);
    }
    await sql`
      insert into vergleich_stand (fragebogen_id, version, art, groessenklasse, dimension, fein, anzahl)
      select fragebogen_id, version, art, groessenklasse, dimension, fein, count(*)::int
        from vergleich_mitglied
       group by fragebogen_id, version, art, groessenklasse, dimension, fein`.execute(tx);
    await tx.insertInto('vergleich_lauf').values({ id: 1, berechnet_am: jetzt }).onConflict((oc) => oc.column('id').doUpdateSet({ berechnet_am: jetzt })).execute();
    return n;
  });
  return { mitglieder, berechnetAm: jetzt.toISOString() };
}

export async function letzterLauf(db: Db): Promise<Date | null> {
  const r = await db.k.selectFrom('vergleich_lauf').select('berechnet_am').executeTakeFirst();
  return r ? new Date(r.berechnet_am) : null;
}

// ---- Sicht einer Kommune auf ihre Vergleichsgruppe ------------------------------------------------

export interface Gruppe {
  kommuneId: string;
  fragebogenId: string;
  version: number;
  art: 'gemeinde' | 'kreis';
  groessenklasse: number;
}

/**
 * Häufigkeit je Feinklasse und Dimension beim letzten Lauf – ohne die eigene Kommune (sie zählt nicht mit,
 * Entscheidung 0041). Hängt nur vom veröffentlichten Stand und von der Frage ab, wer fragt.
 */
export async function sichtAufGruppe(db: Db, g: Gruppe): Promise<Map<string, number[]>> {
  const [zeilen, eigen] = await Promise.all([
    db.k
      .selectFrom('vergleich_stand')
      .select(['dimension', 'fein', 'anzahl'])
      .where('fragebogen_id', '=', g.fragebogenId)
      .where('version', '=', g.version)
      .where('art', '=', g.art)
      .where('groessenklasse', '=', g.groessenklasse)
      .execute(),
    db.k
      .selectFrom('vergleich_mitglied')
      .select(['dimension', 'fein'])
      .where('kommune_id', '=', g.kommuneId)
      .where('fragebogen_id', '=', g.fragebogenId)
      .where('version', '=', g.version)
      .where('art', '=', g.art)
      .where('groessenklasse', '=', g.groessenklasse)
      .execute(),
  ]);
  const sicht = new Map<string, number[]>();
  for (const z of zeilen) {
    const h = sicht.get(z.dimension) ?? new Array<number>(FEIN_ANZAHL).fill(0);
    h[z.fein] += Number(z.anzahl);
    sicht.set(z.dimension, h);
  }
  for (const e of eigen) {
    const h = sicht.get(e.dimension);
    if (h && h[e.fein] > 0) h[e.fein]--;
  }
  return sicht;
}

/**
 * Vorreiter je Dimension: beim letzten Lauf mindestens Stufe 4 und eingewilligt – und die Einwilligung besteht
 * noch (ein Widerruf wirkt sofort). Ohne die eigene Kommune, alphabetisch (eine Reihenfolge nach Wert verriete
 * eine Rangfolge).
 */
export async function vorreiterDerGruppe(db: Db, g: Gruppe): Promise<Map<string, { id: string; name: string }[]>> {
  const r = await db.k
    .selectFrom('vergleich_mitglied as m')
    .innerJoin('vorreiter_optin as o', (j) => j.onRef('o.kommune_id', '=', 'm.kommune_id').onRef('o.fragebogen_id', '=', 'm.fragebogen_id').onRef('o.dimension', '=', 'm.dimension'))
    .innerJoin('kommune as k', 'k.id', 'm.kommune_id')
    .select(['m.dimension', 'k.id', 'k.name'])
    .where('m.vorreiter', '=', true)
    .where('m.fragebogen_id', '=', g.fragebogenId)
    .where('m.version', '=', g.version)
    .where('m.art', '=', g.art)
    .where('m.groessenklasse', '=', g.groessenklasse)
    .where('m.kommune_id', '<>', g.kommuneId)
    .orderBy('k.name')
    .orderBy('k.id')
    .execute();
  const m = new Map<string, { id: string; name: string }[]>();
  for (const z of r) m.set(z.dimension, [...(m.get(z.dimension) ?? []), { id: z.id, name: z.name }]);
  return m;
}

// ---- Einwilligungen als „Vorreiter“ ----------------------------------------------------------------

export async function vorreiterErsetzen(tx: Tx, kommuneId: string, fragebogenId: string, dimensionen: string[]) {
  await tx.deleteFrom('vorreiter_optin').where('kommune_id', '=', kommuneId).where('fragebogen_id', '=', fragebogenId).execute();
  if (dimensionen.length) await tx.insertInto('vorreiter_optin').values(dimensionen.map((d) => ({ kommune_id: kommuneId, fragebogen_id: fragebogenId, dimension: d }))).execute();
}

export async function vorreiterEinwilligungen(db: Db, kommuneId: string) {
  return db.k.selectFrom('vorreiter_optin').select(['fragebogen_id', 'dimension']).where('kommune_id', '=', kommuneId).orderBy('fragebogen_id').orderBy('dimension').execute();
}

