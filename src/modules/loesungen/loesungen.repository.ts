/**
 * SQL of the catalogue's reads (lists, detail, export) and the mapping between the API's content fields
 * and the columns. Writes: entwurf/entwurf.repository.ts; import: import/import.repository.ts.
 */
import { sql, type Kysely, type SqlBool, type Expression, type ExpressionBuilder, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import type { ListeFilter, LoesungInhalt } from './loesungen.schemas.ts';
import type { LoesungTable } from './loesungen.table.ts';

type K = Kysely<Database>;
type EB = ExpressionBuilder<Database & { l: LoesungTable }, 'l'>;

/** Maps the API's content fields to columns (only the fields that are present). */
export function inhaltZuSpalten(d: Partial<LoesungInhalt>): Updateable<LoesungTable> {
  const s: Updateable<LoesungTable> = {};
  if (d.titel !== undefined) s.titel = d.titel;
  if (d.zusammenfassung !== undefined) s.zusammenfassung = d.zusammenfassung;
  if (d.problem !== undefined) s.problem = d.problem;
  if (d.ansatz !== undefined) s.ansatz = d.ansatz;
  if (d.voraussetzungen !== undefined) s.voraussetzungen = d.voraussetzungen;
  if (d.aufwandVon !== undefined) s.aufwand_von = d.aufwandVon;
  if (d.aufwandBis !== undefined) s.aufwand_bis = d.aufwandBis;
  if (d.kostenVon !== undefined) s.kosten_von = d.kostenVon;
  if (d.kostenBis !== undefined) s.kosten_bis = d.kostenBis;
  if (d.dauerMonate !== undefined) s.dauer_monate = d.dauerMonate;
  if (d.kontakt !== undefined) s.kontakt = d.kontakt;
  if (d.handlungsfeld !== undefined) s.handlungsfeld = d.handlungsfeld;
  if (d.tags !== undefined) s.tags = d.tags;
  if (d.links !== undefined) s.links = JSON.stringify(d.links);
  if (d.wirkungsstufe !== undefined) s.wirkungsstufe = d.wirkungsstufe;
  if (d.wirkungText !== undefined) s.wirkung_text = d.wirkungText;
  if (d.wirkungQuellen !== undefined) s.wirkung_quellen = JSON.stringify(d.wirkungQuellen);
  if (d.sprache !== undefined) s.sprache = d.sprache;
  return s;
}

/** Content columns of a solution: what a revision may change (decision 0022). */
export const INHALT_SPALTEN = ['titel', 'zusammenfassung', 'problem', 'ansatz', 'voraussetzungen', 'aufwand_von', 'aufwand_bis', 'kosten_von', 'kosten_bis',
  'dauer_monate', 'kontakt', 'handlungsfeld', 'tags', 'links', 'wirkungsstufe', 'wirkung_text', 'wirkung_quellen', 'sprache'] as const;
type InhaltSpalte = (typeof INHALT_SPALTEN)[number];

/** The content of a solution as stored in loesung_ueberarbeitung.daten (JSON columns as arrays). */
export type Inhalt = Omit<Pick<Selectable<LoesungTable>, InhaltSpalte>, 'links' | 'wirkung_quellen'> & {
  links: { titel: string; url: string }[];
  wirkung_quellen: { titel: string; url?: string }[];
};

/** The content of a live row. */
export function inhaltVon(r: Selectable<LoesungTable>): Inhalt {
  const i = Object.fromEntries(INHALT_SPALTEN.map((f) => [f, r[f]])) as Record<InhaltSpalte, unknown>;
  return i as Inhalt;
}

/** `basis` with the fields of an edit request applied. */
export function mitAenderung(basis: Inhalt, d: Partial<LoesungInhalt>): Inhalt {
  const spalten = inhaltZuSpalten(d) as Record<string, unknown>;
  const neu: Record<string, unknown> = { ...basis, ...spalten };
  // inhaltZuSpalten writes JSON columns as strings (for the database); a revision keeps them as arrays.
  if (d.links !== undefined) neu.links = d.links;
  if (d.wirkungQuellen !== undefined) neu.wirkung_quellen = d.wirkungQuellen;
  return neu as Inhalt;
}

/** Columns to write when an approved revision becomes the live row. */
export function inhaltAlsSpalten(i: Inhalt): Updateable<LoesungTable> {
  return { ...i, links: JSON.stringify(i.links), wirkung_quellen: JSON.stringify(i.wirkung_quellen) };
}

/** JSON with sorted object keys (jsonb does not keep the key order of what was written). */
function kanonisch(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(kanonisch).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${kanonisch((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v ?? null);
}

/** The content columns in which a revision differs from the live row. */
export function geaenderteSpalten(live: Inhalt, neu: Inhalt): InhaltSpalte[] {
  return INHALT_SPALTEN.filter((f) => kanonisch(live[f]) !== kanonisch(neu[f]));
}

/** The versioned content of a row (stored as JSON in loesung_version.daten). */
export function versionsDaten(r: Record<string, unknown>) {
  const felder = ['titel', 'zusammenfassung', 'problem', 'ansatz', 'voraussetzungen', 'aufwand_von', 'aufwand_bis', 'kosten_von', 'kosten_bis',
    'dauer_monate', 'kontakt', 'handlungsfeld', 'tags', 'links', 'wirkungsstufe', 'wirkung_text', 'wirkung_quellen', 'sprache', 'kommune_id', 'herkunft_text'];
  return Object.fromEntries(felder.filter((f) => f in r).map((f) => [f, r[f]]));
}

const siegelExists = (eb: EB) => eb.exists(eb.selectFrom('loesung_siegel as s').select('s.loesung_id').whereRef('s.loesung_id', '=', 'l.id'));

function escapeLike(s: string) {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Published catalogue with the filters of the public list. `q`: every word must occur (normalised, ILIKE). */
export async function listeVeroeffentlicht(k: K, f: ListeFilter) {
  const bedingungen = (eb: EB) => {
    const teile: Expression<SqlBool>[] = [eb('l.status', '=', 'veroeffentlicht')];
    if (f.ids) teile.push(f.ids.length ? eb('l.id', 'in', f.ids) : sql<boolean>`false`);
    if (f.handlungsfeld) teile.push(eb('l.handlungsfeld', '=', f.handlungsfeld));
    if (f.sprache) teile.push(eb('l.sprache', '=', f.sprache));
    if (f.wirkungsstufe) teile.push(eb('l.wirkungsstufe', '>=', f.wirkungsstufe));
    if (f.land) {
      teile.push(/^[0-9]{2}$/.test(f.land) ? sql<boolean>`substr(l.kommune_id, 1, 2) = ${f.land}` : sql<boolean>`k.land = ${f.land.toUpperCase()}`);
    }
    if (f.groessenklasse) teile.push(sql<boolean>`k.groessenklasse = ${f.groessenklasse}`);
    if (f.siegel !== undefined) teile.push(f.siegel ? siegelExists(eb) : eb.not(siegelExists(eb)));
    if (f.q) {
      const woerter = f.q.split(/\s+/).filter(Boolean).slice(0, 8);
      for (const w of woerter) {
        teile.push(sql<boolean>`lotse_norm(l.titel || ' ' || l.zusammenfassung || ' ' || l.problem || ' ' || l.ansatz || ' ' || array_to_string(l.tags, ' ') || ' ' || coalesce(l.herkunft_text, '') || ' ' || coalesce(k.name, '')) like '%' || lotse_norm(${escapeLike(w)}) || '%'`);
      }
    }
    return eb.and(teile);
  };
  const basis = k.selectFrom('loesung as l').leftJoin('kommune as k', 'k.id', 'l.kommune_id').where(bedingungen);
  const [items, total] = await Promise.all([
    basis
      .select((eb) => [
        'l.id', 'l.external_id', 'l.titel', 'l.zusammenfassung', 'l.handlungsfeld', 'l.wirkungsstufe', 'l.sprache', 'l.tags', 'l.herkunft_text',
        'l.kommune_id', 'k.name as kommune_name', 'k.land', 'k.groessenklasse', 'l.veroeffentlicht_am',
        siegelExists(eb).as('siegel'),
        eb.selectFrom('loesung_nutzung as n').select((e) => e.fn.countAll<number>().as('n')).whereRef('n.loesung_id', '=', 'l.id').as('nutzungen'),
      ])
      .orderBy(sql`(exists (select 1 from loesung_siegel s where s.loesung_id = l.id))`, 'desc')
      .orderBy('l.titel')
      .orderBy('l.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    basis.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export type ListenZeile = Awaited<ReturnType<typeof listeVeroeffentlicht>>['items'][number];

/** Short rows (any status) for the own Kommune's list and the review queue, with a pending revision (if any). */
function kurzListe(k: K) {
  return k
    .selectFrom('loesung as l')
    .leftJoin('kommune as k', 'k.id', 'l.kommune_id')
    .leftJoin('loesung_ueberarbeitung as u', 'u.loesung_id', 'l.id')
    .select((eb) => [
      'l.id', 'l.external_id', 'l.titel', 'l.zusammenfassung', 'l.status', 'l.handlungsfeld', 'l.wirkungsstufe', 'l.sprache', 'l.tags', 'l.herkunft_text',
      'l.kommune_id', 'k.name as kommune_name', 'k.land', 'k.groessenklasse', 'l.veroeffentlicht_am', 'l.aktualisiert_am', 'l.version', 'l.pruefung_kommentar',
      'u.status as ueberarbeitung_status', 'u.daten as ueberarbeitung_daten', 'u.aktualisiert_am as ueberarbeitung_am',
      siegelExists(eb).as('siegel'),
      eb.selectFrom('loesung_nutzung as n').select((e) => e.fn.countAll<number>().as('n')).whereRef('n.loesung_id', '=', 'l.id').as('nutzungen'),
    ]);
}

export async function ladeZeile(k: K, id: string) {
  return k
    .selectFrom('loesung as l')
    .leftJoin('kommune as k', 'k.id', 'l.kommune_id')
    .selectAll('l')
    .select(['k.name as kommune_name', 'k.land as kommune_land', 'k.groessenklasse as kommune_groessenklasse', 'k.typ as kommune_typ', 'k.einwohner as kommune_einwohner'])
    .where('l.id', '=', id)
    .executeTakeFirst();
}
export type LoesungZeile = NonNullable<Awaited<ReturnType<typeof ladeZeile>>>;

/** The pending revision of a published solution (with the name of its last editor), if any. */
export async function ladeUeberarbeitung(k: K, id: string) {
  return k
    .selectFrom('loesung_ueberarbeitung as u')
    .leftJoin('konto as ko', 'ko.id', 'u.geaendert_von')
    .selectAll('u')
    .select('ko.name as autor')
    .where('u.loesung_id', '=', id)
    .executeTakeFirst();
}

export async function ladeVersionen(k: K, id: string) {
  return k
    .selectFrom('loesung_version as v')
    .leftJoin('konto as ko', 'ko.id', 'v.geaendert_von')
    .select(['v.version', 'v.geaendert_am', 'v.kommentar', 'ko.name as autor'])
    .where('v.loesung_id', '=', id)
    .orderBy('v.version', 'desc')
    .execute();
}

export async function ladeNutzungen(k: K, id: string) {
  return k
    .selectFrom('loesung_nutzung as n')
    .innerJoin('kommune as k', 'k.id', 'n.kommune_id')
    .select(['n.kommune_id', 'k.name', 'k.land', 'k.groessenklasse', 'n.bericht', sql<string | null>`to_char(n.seit, 'YYYY-MM-DD')`.as('seit'), 'n.erstellt_am'])
    .where('n.loesung_id', '=', id)
    .orderBy('k.name')
    .execute();
}

export async function ladeSiegel(k: K, id: string) {
  return k
    .selectFrom('loesung_siegel as s')
    .leftJoin('konto as ko', 'ko.id', 's.vergeben_von')
    .select(['s.kriterien', 's.vergeben_am', 'ko.name as vergeben_von_name'])
    .where('s.loesung_id', '=', id)
    .executeTakeFirst();
}

/** Kommune and status of a solution (for the access layer), or undefined. */
export async function kommuneUndStatus(k: K, id: string) {
  return k.selectFrom('loesung').select(['kommune_id', 'status']).where('id', '=', id).executeTakeFirst();
}

/** All solutions of one Kommune (every status), last changed first. */
export function eigeneListe(k: K, kommuneId: string) {
  return kurzListe(k).where('l.kommune_id', '=', kommuneId).orderBy('l.aktualisiert_am', 'desc').execute();
}
export type KurzZeile = Awaited<ReturnType<typeof eigeneListe>>[number];

/** Submitted drafts. */
export function eingereichteEntwuerfe(k: K) {
  return kurzListe(k).where('l.status', '=', 'eingereicht').execute();
}

/** Published solutions with a submitted revision. */
export function eingereichteUeberarbeitungen(k: K) {
  return kurzListe(k).where('l.status', '=', 'veroeffentlicht').where('u.status', '=', 'eingereicht').execute();
}

/** Published solutions without the seal that at least one other Kommune uses (at most 200). */
export function siegelKandidaten(k: K) {
  return kurzListe(k)
    .where('l.status', '=', 'veroeffentlicht')
    .where((eb) => eb.not(siegelExists(eb)))
    .where((eb) => eb.exists(eb.selectFrom('loesung_nutzung as n').select('n.loesung_id').whereRef('n.loesung_id', '=', 'l.id')))
    .orderBy('l.titel')
    .limit(200)
    .execute();
}

/** The published catalogue (columns of the exchange format), by externalId. */
export function exportZeilen(k: K) {
  return k
    .selectFrom('loesung')
    .select(['external_id', 'id', 'titel', 'zusammenfassung', 'problem', 'ansatz', 'wirkung_text', 'wirkungsstufe', 'handlungsfeld', 'kommune_id', 'herkunft_text', 'tags', 'links', 'sprache'])
    .where('status', '=', 'veroeffentlicht')
    .orderBy('external_id')
    .execute();
}
