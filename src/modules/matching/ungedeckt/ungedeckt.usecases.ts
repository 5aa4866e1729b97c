/**
 * Unmet demand (issue 10, item 1): a need whose best hit is not „gut“ — no proven solution yet. The best fit is
 * checked by the matcher and kept in matching_bedarf_pruefung (until the need changes); the Transferstelle's demand
 * view (module transfer) counts these needs by Handlungsfeld and Größenklasse. Visibility through `sichtbar()`.
 */
import { sql } from 'kysely';
import type { Db } from '../../../core/db/db.ts';
import { sichtbar, type Konto } from '../../../core/authz/policy.ts';
import { findeLoesungen } from '../matching.ts';
import type { Passung } from '../bewertung/passung.rules.ts';

/** Statuses of a need that still waits for a solution (open or explicitly without one). */
const WARTEND = ['neu', 'in_klaerung', 'loesungen_vorgeschlagen', 'keine_passende_loesung'] as const;
/** At most so many needs are (re)checked per call; the rest follow on the next call. */
export const PRUEFUNGEN_JE_AUFRUF = 60;

/** Text for the matcher (as the Lotse inbox builds it: title and description, at most 2,000 characters). */
const matchText = (b: { titel: string; beschreibung: string }) => `${b.titel}\n${b.beschreibung}`.slice(0, 2000);

/** Hits the self-check gap page shows per search term (erhebungen, loesungenZurLuecke). */
const JE_SUCHBEGRIFF = 8;

/**
 * Checks one need with the matcher and stores its best fit. Returns the fit. A need filed from a self-check gap also
 * carries the gap's search terms: it is searched with each of them as the gap page does, and the best fit of all
 * searches counts (docs/decisions/0144) — so a gap that showed fitting solutions does not turn into unmet demand.
 */
export async function pruefeBedarf(
  db: Db,
  b: { id: string; kommune_id: string; titel: string; beschreibung: string; handlungsfeld: string | null; suchbegriffe?: { begriff: string; handlungsfeld: string }[] | null },
): Promise<Passung | 'keine'> {
  const listen = [await findeLoesungen(db, { text: matchText(b), handlungsfeld: b.handlungsfeld, kommune: b.kommune_id, limit: 10 })];
  for (const s of b.suchbegriffe ?? []) listen.push(await findeLoesungen(db, { text: s.begriff, handlungsfeld: s.handlungsfeld, kommune: b.kommune_id, limit: JE_SUCHBEGRIFF }));
  // per solution its best fit over all searches
  const rang: Record<Passung, number> = { gut: 2, moeglich: 1, schwach: 0 };
  const beste = new Map<string, Passung>();
  for (const t of listen.flat()) if (!beste.has(t.id) || rang[t.passung] > rang[beste.get(t.id)!]) beste.set(t.id, t.passung);
  const treffer = [...beste.values()];
  const gut = treffer.filter((t) => t === 'gut').length;
  const moeglich = treffer.filter((t) => t === 'moeglich').length;
  const bestePassung: Passung | 'keine' = gut ? 'gut' : moeglich ? 'moeglich' : treffer.length ? 'schwach' : 'keine';
  await db.k
    .insertInto('matching_bedarf_pruefung')
    .values({ bedarf_id: b.id, kommune_id: b.kommune_id, beste_passung: bestePassung, treffer_gut: gut, treffer_moeglich: moeglich, geprueft_am: new Date() })
    .onConflict((oc) => oc.column('bedarf_id').doUpdateSet({ beste_passung: bestePassung, treffer_gut: gut, treffer_moeglich: moeglich, geprueft_am: new Date() }))
    .execute();
  return bestePassung;
}

/** Checks the visible waiting needs that were never checked or changed since (bounded per call). */
export async function pruefeOffene(db: Db, konto: Konto): Promise<number> {
  const offen = await db.k
    .selectFrom('bedarf as b')
    .leftJoin('matching_bedarf_pruefung as p', 'p.bedarf_id', 'b.id')
    .where((eb) => sichtbar(eb, konto, 'b.kommune_id'))
    .where('b.status', 'in', WARTEND)
    .where((eb) => eb.or([eb('p.bedarf_id', 'is', null), eb('p.geprueft_am', '<', eb.ref('b.aktualisiert_am'))]))
    .select(['b.id', 'b.kommune_id', 'b.titel', 'b.beschreibung', 'b.handlungsfeld', 'b.suchbegriffe'])
    .orderBy('b.erstellt_am', 'desc')
    .limit(PRUEFUNGEN_JE_AUFRUF)
    .execute();
  for (const b of offen) await pruefeBedarf(db, b);
  return offen.length;
}

export interface UngedeckteNachfrage {
  gesamt: number;
  /** needs still waiting for their first check (more than PRUEFUNGEN_JE_AUFRUF at once) */
  ungeprueft: number;
  proHandlungsfeld: { handlungsfeld: string | null; anzahl: number }[];
  proGroessenklasse: { art: string | null; groessenklasse: number | null; anzahl: number }[];
  bedarfe: { id: string; titel: string; kommuneName: string; handlungsfeld: string | null; bestePassung: string; status: string }[];
}

/** Waiting needs without a „gut“ hit or marked „keine passende Lösung“, by Handlungsfeld and Größenklasse of the asking Kommune. */
export async function ungedeckteNachfrage(db: Db, konto: Konto): Promise<UngedeckteNachfrage> {
  // loaded here, not at the top: matching's public face is imported by bedarfe, which kommunen's chain reaches (import cycle)
  const { groessenklasseArtSql } = await import('../../kommunen/index.ts');
  await pruefeOffene(db, konto);
  const basis = () =>
    db.k
      .selectFrom('bedarf as b')
      .innerJoin('matching_bedarf_pruefung as p', 'p.bedarf_id', 'b.id')
      .innerJoin('kommune as k', 'k.id', 'b.kommune_id')
      .where((eb) => sichtbar(eb, konto, 'b.kommune_id'))
      .where('b.status', 'in', WARTEND)
      // no „gut“ hit, or a Lotse decided that none of the proposals fits: the human decision counts (docs/decisions/0154)
      .where((eb) => eb.or([eb('p.beste_passung', '<>', 'gut'), eb('b.status', '=', 'keine_passende_loesung')]));
  const anzahl = sql<number>`count(*)::int`;
  const [feld, groesse, liste, ungeprueft] = await Promise.all([
    basis().select(['b.handlungsfeld', anzahl.as('anzahl')]).groupBy('b.handlungsfeld').orderBy('anzahl', 'desc').orderBy('b.handlungsfeld').execute(),
    basis()
      .select([groessenklasseArtSql('k.typ').as('art'), 'k.groessenklasse', anzahl.as('anzahl')])
      .groupBy(['art', 'k.groessenklasse'])
      .orderBy('art', 'desc')
      .orderBy('k.groessenklasse')
      .execute(),
    basis()
      .select(['b.id', 'b.titel', 'k.name as kommune_name', 'b.handlungsfeld', 'p.beste_passung', 'b.status'])
      .orderBy('b.erstellt_am', 'desc')
      .limit(50)
      .execute(),
    db.k
      .selectFrom('bedarf as b')
      .leftJoin('matching_bedarf_pruefung as p', 'p.bedarf_id', 'b.id')
      .where((eb) => sichtbar(eb, konto, 'b.kommune_id'))
      .where('b.status', 'in', WARTEND)
      .where('p.bedarf_id', 'is', null)
      .select(anzahl.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    gesamt: feld.reduce((s, r) => s + Number(r.anzahl), 0),
    ungeprueft: Number(ungeprueft.n),
    proHandlungsfeld: feld.map((r) => ({ handlungsfeld: r.handlungsfeld, anzahl: Number(r.anzahl) })),
    proGroessenklasse: groesse.map((r) => ({ art: (r.art as string | null) ?? null, groessenklasse: r.groessenklasse, anzahl: Number(r.anzahl) })),
    bedarfe: liste.map((r) => ({ id: r.id, titel: r.titel, kommuneName: r.kommune_name, handlungsfeld: r.handlungsfeld, bestePassung: r.beste_passung, status: r.status })),
  };
}
