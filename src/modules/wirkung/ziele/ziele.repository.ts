/**
 * SQL der Wirkungsziele, Maßnahmen und Wirkungslogik. Einzelzeilen erreichen diese Funktionen nur, nachdem die
 * Zugriffsschicht die Kommune des Ziels geprüft hat; jede Abfrage filtert zusätzlich nach kommune_id.
 */
import { sql } from 'kysely';
import type { Db, Tx } from '../../../core/db/db.ts';
import type { ZielAendern, ZielAnlegen, ZielKurz, MassnahmeKurz } from './ziele.schemas.ts';
import type { LogikEbene } from './ziele.table.ts';

type Les = Db['k'] | Tx;

export async function kommuneVonZiel(db: Db, id: string): Promise<string | undefined> {
  return (await db.k.selectFrom('wirkungsziel').select('kommune_id').where('id', '=', id).executeTakeFirst())?.kommune_id;
}

const zielSpalten = ['z.id', 'z.kommune_id', 'z.aussage', 'z.zielgruppe', 'z.handlungsfeld', 'z.verantwortlich', 'z.stufe', 'z.iooi', 'z.sdg'] as const;

function zuZiel(r: { id: string; kommune_id: string; aussage: string; zielgruppe: string; handlungsfeld: string | null; verantwortlich: string; stufe: number; iooi: ZielKurz['iooi']; sdg: number | null }) {
  return { id: r.id, kommuneId: r.kommune_id, aussage: r.aussage, zielgruppe: r.zielgruppe, handlungsfeld: r.handlungsfeld, verantwortlich: r.verantwortlich, stufe: r.stufe, iooi: r.iooi, sdg: r.sdg };
}

export async function ziele(db: Les, kommuneId: string) {
  const rows = await db
    .selectFrom('wirkungsziel as z')
    .select(zielSpalten)
    .select((eb) => [
      eb.selectFrom('massnahme_ziel as mz').whereRef('mz.ziel_id', '=', 'z.id').select(sql<number>`count(*)::int`.as('n')).as('anzahl_massnahmen'),
      eb.selectFrom('eigener_indikator as i').whereRef('i.ziel_id', '=', 'z.id').select(sql<number>`count(*)::int`.as('n')).as('anzahl_indikatoren'),
      eb.selectFrom('eigener_indikator as i').whereRef('i.ziel_id', '=', 'z.id').select(sql<number[]>`coalesce(array_agg(i.stufe) filter (where i.stufe is not null), '{}')`.as('s')).as('indikator_stufen'),
    ])
    .where('z.kommune_id', '=', kommuneId)
    .orderBy('z.erstellt_am')
    .orderBy('z.id')
    .execute();
  return rows.map((r) => ({ ...zuZiel(r), anzahlMassnahmen: Number(r.anzahl_massnahmen ?? 0), anzahlIndikatoren: Number(r.anzahl_indikatoren ?? 0), indikatorStufen: (r.indikator_stufen ?? []).map(Number) }));
}

export async function ziel(db: Les, id: string) {
  const r = await db
    .selectFrom('wirkungsziel as z')
    .innerJoin('kommune as k', 'k.id', 'z.kommune_id')
    .select(zielSpalten)
    .select('k.name as kommune_name')
    .where('z.id', '=', id)
    .executeTakeFirst();
  return r ? { ...zuZiel(r), kommuneName: r.kommune_name } : undefined;
}

export async function sperreZiel(tx: Tx, id: string) {
  return tx.selectFrom('wirkungsziel').select(['id', 'kommune_id']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function fuegeZielEin(tx: Tx, kontoId: string, z: ZielAnlegen): Promise<string> {
  const r = await tx
    .insertInto('wirkungsziel')
    .values({ kommune_id: z.kommuneId, aussage: z.aussage, zielgruppe: z.zielgruppe, handlungsfeld: z.handlungsfeld, verantwortlich: z.verantwortlich, stufe: z.stufe, iooi: z.iooi, sdg: z.sdg, erstellt_von: kontoId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function aendereZiel(tx: Tx, id: string, kommuneId: string, z: ZielAendern) {
  await tx
    .updateTable('wirkungsziel')
    .set({ aussage: z.aussage, zielgruppe: z.zielgruppe, handlungsfeld: z.handlungsfeld, verantwortlich: z.verantwortlich, stufe: z.stufe, iooi: z.iooi, sdg: z.sdg, aktualisiert_am: sql<Date>`now()` })
    .where('id', '=', id)
    .where('kommune_id', '=', kommuneId)
    .execute();
}

export const zuMassnahme = (r: { id: string; titel: string; beschreibung: string; budget: string | null; haushaltsprodukt: string; status: 'aktiv' | 'beendet' }): MassnahmeKurz => ({
  id: r.id, titel: r.titel, beschreibung: r.beschreibung, budget: r.budget === null ? null : Number(r.budget), haushaltsprodukt: r.haushaltsprodukt, status: r.status,
});

export async function massnahmenDesZiels(db: Les, zielId: string, kommuneId: string): Promise<MassnahmeKurz[]> {
  const rows = await db
    .selectFrom('massnahme as m')
    .innerJoin('massnahme_ziel as mz', 'mz.massnahme_id', 'm.id')
    .select(['m.id', 'm.titel', 'm.beschreibung', 'm.budget', 'm.haushaltsprodukt', 'm.status'])
    .where('mz.ziel_id', '=', zielId)
    .where('m.kommune_id', '=', kommuneId)
    .orderBy('m.titel')
    .execute();
  return rows.map(zuMassnahme);
}

export async function elemente(db: Les, zielId: string, kommuneId: string) {
  return db.selectFrom('wirkungslogik_element').select(['id', 'ebene', 'titel']).where('ziel_id', '=', zielId).where('kommune_id', '=', kommuneId).orderBy('erstellt_am').orderBy('id').execute();
}

export async function verbindungen(db: Les, zielId: string, kommuneId: string) {
  const rows = await db
    .selectFrom('wirkungslogik_verbindung')
    .select(['id', 'von_massnahme_id', 'von_element_id', 'nach_element_id', 'annahme'])
    .where('ziel_id', '=', zielId)
    .where('kommune_id', '=', kommuneId)
    .orderBy('erstellt_am')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    von: (r.von_massnahme_id ?? r.von_element_id)!,
    vonArt: r.von_massnahme_id ? ('massnahme' as const) : ('element' as const),
    nach: r.nach_element_id,
    annahme: r.annahme,
  }));
}

export async function indikatorenDesZiels(db: Les, zielId: string, kommuneId: string) {
  return db.selectFrom('eigener_indikator').select(['id', 'name', 'stufe']).where('ziel_id', '=', zielId).where('kommune_id', '=', kommuneId).orderBy('name').execute();
}

export async function fuegeMassnahmeEin(tx: Tx, kontoId: string | null, kommuneId: string, m: { titel: string; beschreibung?: string; budget: number | null; haushaltsprodukt?: string }): Promise<string> {
  const r = await tx
    .insertInto('massnahme')
    .values({ kommune_id: kommuneId, titel: m.titel, beschreibung: m.beschreibung ?? '', budget: m.budget, haushaltsprodukt: m.haushaltsprodukt ?? '', erstellt_von: kontoId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function massnahmeDerKommune(tx: Les, id: string, kommuneId: string) {
  return tx.selectFrom('massnahme').select(['id', 'titel']).where('id', '=', id).where('kommune_id', '=', kommuneId).executeTakeFirst();
}

export async function verknuepfeMassnahme(tx: Tx, kommuneId: string, massnahmeId: string, zielId: string) {
  await tx.insertInto('massnahme_ziel').values({ kommune_id: kommuneId, massnahme_id: massnahmeId, ziel_id: zielId }).onConflict((oc) => oc.doNothing()).execute();
}

export async function fuegeElementEin(tx: Tx, kommuneId: string, zielId: string, ebene: LogikEbene, titel: string): Promise<string> {
  return (await tx.insertInto('wirkungslogik_element').values({ kommune_id: kommuneId, ziel_id: zielId, ebene, titel }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function element(tx: Les, id: string, zielId: string, kommuneId: string) {
  return tx.selectFrom('wirkungslogik_element').select(['id', 'ebene', 'titel']).where('id', '=', id).where('ziel_id', '=', zielId).where('kommune_id', '=', kommuneId).executeTakeFirst();
}

export async function massnahmeImZiel(tx: Les, massnahmeId: string, zielId: string, kommuneId: string) {
  return tx
    .selectFrom('massnahme_ziel as mz')
    .innerJoin('massnahme as m', 'm.id', 'mz.massnahme_id')
    .select(['m.id', 'm.titel'])
    .where('mz.massnahme_id', '=', massnahmeId)
    .where('mz.ziel_id', '=', zielId)
    .where('mz.kommune_id', '=', kommuneId)
    .executeTakeFirst();
}

export async function loescheElement(tx: Tx, id: string, zielId: string, kommuneId: string) {
  return tx.deleteFrom('wirkungslogik_element').where('id', '=', id).where('ziel_id', '=', zielId).where('kommune_id', '=', kommuneId).returning(['id', 'titel']).executeTakeFirst();
}

export async function verbindungVorhanden(tx: Tx, zielId: string, von: string, nach: string) {
  return !!(await tx
    .selectFrom('wirkungslogik_verbindung')
    .select('id')
    .where('ziel_id', '=', zielId)
    .where('nach_element_id', '=', nach)
    .where((eb) => eb.or([eb('von_massnahme_id', '=', von), eb('von_element_id', '=', von)]))
    .executeTakeFirst());
}

export async function fuegeVerbindungEin(tx: Tx, kommuneId: string, zielId: string, v: { vonMassnahmeId: string | null; vonElementId: string | null; nach: string; annahme: string }) {
  return (await tx
    .insertInto('wirkungslogik_verbindung')
    .values({ kommune_id: kommuneId, ziel_id: zielId, von_massnahme_id: v.vonMassnahmeId, von_element_id: v.vonElementId, nach_element_id: v.nach, annahme: v.annahme })
    .returning('id')
    .executeTakeFirstOrThrow()).id;
}

export async function loescheVerbindung(tx: Tx, id: string, zielId: string, kommuneId: string) {
  return tx.deleteFrom('wirkungslogik_verbindung').where('id', '=', id).where('ziel_id', '=', zielId).where('kommune_id', '=', kommuneId).returning('id').executeTakeFirst();
}
