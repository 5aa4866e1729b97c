/**
 * Use cases of the catalogue's reads (public list, own list, detail, export) and what the writing use
 * cases share: the audit entry of a solution and the refresh of the matcher's index. Writes:
 * entwurf/entwurf.usecases.ts (Kommune), pruefung/pruefung.usecases.ts (Transferstelle),
 * import/import.usecases.ts.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../core/db/db.ts';
import type { Database } from '../../core/db/schema.ts';
import { protokolliere } from '../../core/audit.ts';
import { darf, type Konto } from '../../core/authz/policy.ts';
import { indexiereLoesung } from '../matching/index.ts';
import { nutzungDerLoesung, umgesetztIn, type Nutzung } from '../uebernahmen/index.ts';
import * as repo from './loesungen.repository.ts';
import * as regeln from './loesungen.rules.ts';
import { loesungFehler } from './loesungen.errors.ts';
import { WIRKUNGSTREPPE, type ListeFilter, type SiegelKriterien } from './loesungen.schemas.ts';

/**
 * Records a change of a solution in the same transaction: in the audit log of its Kommune, or – for a
 * solution without one (imported cases from outside the directory) – on platform level.
 */
export async function protokolliereLoesung(tx: Kysely<Database>, kommuneId: string | null, e: { kontoId: string | null; aktion: string; objektId: string; details?: Record<string, unknown> }) {
  await protokolliere(tx, { kommuneId: kommuneId ?? null, kontoId: e.kontoId, aktion: e.aktion, objektTyp: 'loesung', objektId: e.objektId, details: e.details });
}

/**
 * Brings the matcher's index up to date for one solution after its approved text changed (the
 * trigger on `loesung` has queued it as well; should this fail, the next search works the queue off).
 */
export async function aktualisiereSuchindex(db: Db, id: string) {
  await indexiereLoesung(db, id).catch(() => undefined);
}

export const iso = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).toISOString());

export function karte(r: repo.ListenZeile | repo.KurzZeile) {
  return {
    id: r.id,
    externalId: r.external_id,
    titel: r.titel,
    zusammenfassung: r.zusammenfassung,
    handlungsfeld: r.handlungsfeld,
    wirkungsstufe: r.wirkungsstufe,
    sprache: r.sprache,
    tags: r.tags,
    herkunft: r.kommune_id ? { kommuneId: r.kommune_id, name: r.kommune_name ?? r.kommune_id, land: r.land ?? null, groessenklasse: r.groessenklasse ?? null } : null,
    herkunftText: r.herkunft_text,
    siegel: !!r.siegel,
    nutzungen: Number(r.nutzungen ?? 0),
    veroeffentlichtAm: iso(r.veroeffentlicht_am),
  };
}

export async function liste(db: Db, f: ListeFilter) {
  const { items, total } = await repo.listeVeroeffentlicht(db.k, f);
  return { items: items.map(karte), total, limit: f.limit, offset: f.offset };
}

/** All solutions of one Kommune (every status) for its members, with the status of a pending revision. */
export async function eigene(db: Db, kommuneId: string) {
  const rows = await repo.eigeneListe(db.k, kommuneId);
  return {
    items: rows.map((r) => ({
      ...karte(r),
      status: r.status,
      version: r.version,
      aktualisiertAm: iso(r.aktualisiert_am),
      pruefungKommentar: r.pruefung_kommentar,
      ueberarbeitung: r.ueberarbeitung_status ? { status: r.ueberarbeitung_status, aktualisiertAm: iso(r.ueberarbeitung_am) } : null,
    })),
  };
}

function detailAntwort(
  r: repo.LoesungZeile,
  extra: {
    versionen: Awaited<ReturnType<typeof repo.ladeVersionen>>;
    nutzungen: Awaited<ReturnType<typeof repo.ladeNutzungen>>;
    siegel: Awaited<ReturnType<typeof repo.ladeSiegel>>;
    ueberarbeitung: Awaited<ReturnType<typeof repo.ladeUeberarbeitung>>;
    /** Transfer projects: figures, and the Kommunen where the solution is in use through one (seal criterion). */
    nutzung: Nutzung;
    umgesetztIn: string[];
    intern: boolean;
    darfBearbeiten: boolean;
  },
) {
  const u = extra.intern ? extra.ueberarbeitung : undefined;
  const nutzendeKommunen = regeln.anzahlNutzendeKommunen(r.kommune_id, r.herkunft_text, [...extra.nutzungen.map((n) => n.kommune_id), ...extra.umgesetztIn]);
  return {
    id: r.id,
    externalId: r.external_id,
    status: r.status,
    sprache: r.sprache,
    titel: r.titel,
    zusammenfassung: r.zusammenfassung,
    problem: r.problem,
    ansatz: r.ansatz,
    voraussetzungen: r.voraussetzungen,
    aufwandVon: r.aufwand_von,
    aufwandBis: r.aufwand_bis,
    kostenVon: r.kosten_von,
    kostenBis: r.kosten_bis,
    dauerMonate: r.dauer_monate,
    kontakt: r.kontakt,
    handlungsfeld: r.handlungsfeld,
    tags: r.tags,
    links: r.links as { titel: string; url: string }[],
    wirkungsstufe: r.wirkungsstufe,
    wirkungsstufeLabel: r.wirkungsstufe ? WIRKUNGSTREPPE[r.wirkungsstufe].label : null,
    wirkungText: r.wirkung_text,
    wirkungQuellen: r.wirkung_quellen as { titel: string; url?: string }[],
    version: r.version,
    herkunft: r.kommune_id
      ? { kommuneId: r.kommune_id, name: r.kommune_name ?? r.kommune_id, land: r.kommune_land ?? null, groessenklasse: r.kommune_groessenklasse ?? null, typ: r.kommune_typ ?? null, einwohner: r.kommune_einwohner ?? null }
      : null,
    herkunftText: r.herkunft_text,
    erstelltAm: iso(r.erstellt_am),
    aktualisiertAm: iso(r.aktualisiert_am),
    veroeffentlichtAm: iso(r.veroeffentlicht_am),
    // The review comment matters to the Kommune and the Transferstelle only.
    pruefungKommentar: extra.intern ? r.pruefung_kommentar : undefined,
    siegel: extra.siegel
      ? { kriterien: extra.siegel.kriterien as SiegelKriterien, vergebenAm: iso(extra.siegel.vergeben_am), vergebenVon: extra.intern ? extra.siegel.vergeben_von_name : undefined }
      : null,
    nutzendeKommunen,
    nutzung: extra.nutzung,
    nutzungen: extra.nutzungen.map((n) => ({ kommuneId: n.kommune_id, name: n.name, land: n.land, groessenklasse: n.groessenklasse, seit: n.seit, bericht: n.bericht })),
    // Names of staff are shown to the Kommune and the Transferstelle, not to the public.
    versionen: extra.versionen.map((v) => ({ version: v.version, geaendertAm: iso(v.geaendert_am), autor: extra.intern ? v.autor : null, kommentar: v.kommentar })),
    darfBearbeiten: extra.darfBearbeiten,
    // A pending revision of a published solution: only for the Kommune and the Transferstelle (decision 0022).
    ueberarbeitung: u
      ? {
          status: u.status,
          basisVersion: u.basis_version,
          kommentar: u.kommentar,
          autor: u.autor ?? null,
          erstelltAm: iso(u.erstellt_am),
          aktualisiertAm: iso(u.aktualisiert_am),
          pruefungKommentar: u.pruefung_kommentar,
          inhalt: inhaltAntwort(u.daten as repo.Inhalt),
          geaenderteFelder: repo.geaenderteSpalten(repo.inhaltVon(r), u.daten as repo.Inhalt).map((f) => FELDNAME[f]),
        }
      : null,
  };
}

/** API names of the content columns. */
const FELDNAME: Record<(typeof repo.INHALT_SPALTEN)[number], keyof ReturnType<typeof inhaltAntwort>> = {
  titel: 'titel', zusammenfassung: 'zusammenfassung', problem: 'problem', ansatz: 'ansatz', voraussetzungen: 'voraussetzungen',
  aufwand_von: 'aufwandVon', aufwand_bis: 'aufwandBis', kosten_von: 'kostenVon', kosten_bis: 'kostenBis', dauer_monate: 'dauerMonate',
  kontakt: 'kontakt', handlungsfeld: 'handlungsfeld', tags: 'tags', links: 'links', wirkungsstufe: 'wirkungsstufe', wirkung_text: 'wirkungText',
  wirkung_quellen: 'wirkungQuellen', sprache: 'sprache',
};

/** The content of a revision in the field names of the API. */
function inhaltAntwort(i: repo.Inhalt) {
  return {
    titel: i.titel,
    zusammenfassung: i.zusammenfassung,
    problem: i.problem,
    ansatz: i.ansatz,
    voraussetzungen: i.voraussetzungen,
    aufwandVon: i.aufwand_von,
    aufwandBis: i.aufwand_bis,
    kostenVon: i.kosten_von,
    kostenBis: i.kosten_bis,
    dauerMonate: i.dauer_monate,
    kontakt: i.kontakt,
    handlungsfeld: i.handlungsfeld,
    tags: i.tags,
    links: i.links,
    wirkungsstufe: i.wirkungsstufe,
    wirkungText: i.wirkung_text,
    wirkungQuellen: i.wirkung_quellen,
    sprache: i.sprache,
  };
}
export type LoesungDetail = ReturnType<typeof detailAntwort>;

/** Access (published: public; otherwise its Kommune and the Transferstelle) is checked by the access layer. */
export async function detail(db: Db, konto: Konto | null, id: string): Promise<LoesungDetail> {
  const r = await repo.ladeZeile(db.k, id);
  if (!r) throw loesungFehler.nichtGefunden();
  // Whether staff names are shown (to the Kommune and the Transferstelle, not to the public).
  const intern = regeln.darfUnveroeffentlichteSehen(konto, r.kommune_id);
  const [versionen, nutzungen, siegel, ueberarbeitung, nutzung, umgesetzt] = await Promise.all([
    repo.ladeVersionen(db.k, id),
    repo.ladeNutzungen(db.k, id),
    repo.ladeSiegel(db.k, id),
    intern ? repo.ladeUeberarbeitung(db.k, id) : undefined,
    nutzungDerLoesung(db, id),
    umgesetztIn(db.k, id),
  ]);
  const darfBearbeiten = !!r.kommune_id && darf(konto, 'kommune.schreiben', r.kommune_id);
  return detailAntwort(r, { versionen, nutzungen, siegel, ueberarbeitung, nutzung, umgesetztIn: umgesetzt, intern, darfBearbeiten });
}

/** The published catalogue in the import format (round trip: an export can be imported again). */
export async function exportiere(db: Db) {
  const rows = await repo.exportZeilen(db.k);
  return rows.map((r) => {
    const z: Record<string, unknown> = {
      externalId: r.external_id ?? `lotse:${r.id}`,
      title: r.titel,
      summary: r.zusammenfassung,
      problem: r.problem,
    };
    if (r.ansatz) z.approach = r.ansatz;
    if (r.wirkung_text) z.evidence = r.wirkung_text;
    if (r.wirkungsstufe) z.evidenceStep = r.wirkungsstufe;
    if (r.handlungsfeld) z.handlungsfeld = r.handlungsfeld;
    const origin = r.kommune_id ?? r.herkunft_text;
    if (origin) z.origin = origin;
    if (r.tags.length) z.tags = r.tags;
    const links = (r.links as { url: string }[]).map((l) => l.url);
    if (links.length) z.links = links;
    z.language = r.sprache;
    return z;
  });
}
