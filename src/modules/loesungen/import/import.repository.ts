/**
 * SQL of the import: resolving origins against the directory, the upsert of a batch by externalId
 * (unchanged rows are left alone), the versions of written rows.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/schema.ts';
import { versionsDaten } from '../loesungen.repository.ts';
import type { ImportZeile } from '../loesungen.schemas.ts';

type K = Kysely<Database>;

const PRAEFIX = /^(landkreis|kreis|stadt|gemeinde|markt|hansestadt|universitätsstadt|große kreisstadt)\s+/i;

/**
 * Resolves origins to Kommune ids: 12-digit ARS, AGS (2/5/8 digits), exact official name, or short
 * name (normalised like `lotse_norm`; "Landkreis X"/"Stadt X" pick that type). Ambiguous → unresolved.
 */
export async function loeseHerkunftAuf(k: K, origins: string[]): Promise<Map<string, string | null>> {
  const ergebnis = new Map<string, string | null>();
  const eindeutig = [...new Set(origins.map((o) => o.trim()).filter(Boolean))];
  if (!eindeutig.length) return ergebnis;
  const kurz = eindeutig.map((o) => o.replace(PRAEFIX, ''));
  const norm = await sql<{ i: number; n: string }>`select i, lotse_norm(t) as n from (values ${sql.join(kurz.map((t, i) => sql`(${i}::int, ${t}::text)`))}) v(i, t)`.execute(k);
  const normVon = new Map(norm.rows.map((r) => [r.i, r.n]));
  const schluessel = eindeutig.filter((o) => /^[0-9]+$/.test(o));
  const namen = eindeutig.map((o) => o.toLowerCase());
  const normen = [...new Set(normVon.values())];
  const kandidaten = await k
    .selectFrom('kommune')
    .select(['id', 'ags', 'name', 'typ', 'such_name'])
    .where((eb) => {
      const oder = [eb(sql`lower(name)`, 'in', namen), eb('such_name', 'in', normen)];
      if (schluessel.length) oder.push(eb('id', 'in', schluessel), eb('ags', 'in', schluessel));
      return eb.or(oder);
    })
    .execute();
  eindeutig.forEach((o, i) => {
    const eins = (liste: typeof kandidaten) => (liste.length === 1 ? liste[0].id : null);
    let id: string | null;
    if (/^[0-9]{12}$/.test(o)) id = eins(kandidaten.filter((c) => c.id === o));
    else if (/^([0-9]{2}|[0-9]{5}|[0-9]{8})$/.test(o)) id = eins(kandidaten.filter((c) => c.ags === o));
    else {
      id = eins(kandidaten.filter((c) => c.name.toLowerCase() === o.toLowerCase()));
      if (!id) {
        const gleich = kandidaten.filter((c) => c.such_name === normVon.get(i));
        const p = o.match(PRAEFIX)?.[1]?.toLowerCase();
        const kreis = (c: (typeof kandidaten)[number]) => c.typ === 'Landkreis';
        if (p === 'landkreis' || p === 'kreis') id = eins(gleich.filter(kreis));
        else if (p) id = eins(gleich.filter((c) => !kreis(c) && c.typ !== 'Land'));
        else id = eins(gleich) ?? eins(gleich.filter((c) => !kreis(c) && c.typ !== 'Land'));
      }
    }
    ergebnis.set(o, id);
  });
  return ergebnis;
}

export function spalten(z: ImportZeile, kommuneId: string | null, origin: string | undefined) {
  return {
    titel: z.title,
    zusammenfassung: z.summary,
    problem: z.problem,
    ansatz: z.approach ?? '',
    wirkung_text: z.evidence ?? '',
    wirkungsstufe: z.evidenceStep ?? null,
    handlungsfeld: z.handlungsfeld ?? null,
    kommune_id: kommuneId,
    herkunft_text: kommuneId ? null : (origin ?? null),
    tags: z.tags ?? [],
    links: JSON.stringify((z.links ?? []).map((url) => ({ titel: '', url }))),
    sprache: z.language,
  };
}

const AKTUALISIERBAR = ['titel', 'zusammenfassung', 'problem', 'ansatz', 'wirkung_text', 'wirkungsstufe', 'handlungsfeld', 'kommune_id', 'herkunft_text', 'tags', 'links', 'sprache'] as const;

const VERGLEICH = AKTUALISIERBAR;
const linkUrls = (t: 'loesung' | 'excluded') => sql`jsonb_path_query_array(${sql.raw(t)}.links, '$[*].url')`;
const spalte = (t: 'loesung' | 'excluded', c: (typeof AKTUALISIERBAR)[number]) => (c === 'links' ? linkUrls(t) : sql`${sql.raw(t)}.${sql.ref(c)}`);

/** Upserts one batch of rows (published) by externalId; returns the written rows (`ist_neu`: inserted). */
export async function schreibeBatch(k: K, werte: (ReturnType<typeof spalten> & { external_id: string; status: 'veroeffentlicht'; veroeffentlicht_am: Date; erstellt_von: string | null })[], jetzt: Date) {
  return k
    .insertInto('loesung')
    .values(werte)
    .onConflict((oc) =>
      oc
        .column('external_id')
        .doUpdateSet((eb) => ({
          ...Object.fromEntries(AKTUALISIERBAR.map((c) => [c, eb.ref(`excluded.${c}`)])),
          // Links carry only URLs in the exchange format: keep titles given in Lotse when the URLs are the same.
          links: sql<string>`case when ${linkUrls('loesung')} = ${linkUrls('excluded')} then loesung.links else excluded.links end`,
          status: 'veroeffentlicht',
          version: sql<number>`loesung.version + 1`,
          aktualisiert_am: jetzt,
          veroeffentlicht_am: sql<Date>`coalesce(loesung.veroeffentlicht_am, excluded.veroeffentlicht_am)`,
        }))
        // Unchanged rows stay as they are: no new version, no audit entry.
        .where(sql<boolean>`(${sql.join(VERGLEICH.map((c) => spalte('loesung', c)))}, loesung.status) is distinct from (${sql.join(VERGLEICH.map((c) => spalte('excluded', c)))}, 'veroeffentlicht')`),
    )
    .returningAll()
    .returning(sql<boolean>`(xmax = 0)`.as('ist_neu'))
    .execute();
}

/** The versions of the written rows. */
export async function schreibeVersionen(k: K, zeilen: { id: string; version: number; kommune_id: string | null; ist_neu: boolean }[], kontoId: string | null, kommentar: string | undefined) {
  if (!zeilen.length) return;
  await k
    .insertInto('loesung_version')
    .values(zeilen.map((r) => ({
      loesung_id: r.id,
      version: r.version,
      kommune_id: r.kommune_id,
      daten: JSON.stringify(versionsDaten(r)),
      geaendert_von: kontoId,
      kommentar: kommentar ?? (r.ist_neu ? 'Importiert' : 'Import aktualisiert'),
    })))
    .execute();
}
