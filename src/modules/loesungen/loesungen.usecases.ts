/**
 * Use cases of the solution catalogue: each one reads/writes through the repository, applies the
 * rules of loesungen.service.ts and records changes of a Kommune's data in the audit log, in one
 * transaction. Called by the routes (and the demo start task).
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Db } from '../../core/db/db.ts';
import type { Database } from '../../core/db/schema.ts';
import { protokolliere } from '../../core/audit.ts';
import { AppError } from '../../core/errors.ts';
import { darf, type Konto } from '../../core/authz/policy.ts';
import * as repo from './loesungen.repository.ts';
import * as regeln from './loesungen.service.ts';
import { WIRKUNGSTREPPE, type ListeFilter, type LoesungAendern, type LoesungAnlegen, type SiegelKriterien } from './loesungen.schemas.ts';

type K = Kysely<Database>;

async function protokolliereFuer(tx: K, kommuneId: string | null, e: { kontoId: string | null; aktion: string; objektId: string; details?: Record<string, unknown> }) {
  // Only rows of a Kommune are tenant data; imported cases without a German origin have no audit log to write to.
  if (!kommuneId) return;
  await protokolliere(tx, { kommuneId, kontoId: e.kontoId, aktion: e.aktion, objektTyp: 'loesung', objektId: e.objektId, details: e.details });
}

const iso = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).toISOString());

function karte(r: repo.ListenZeile | Awaited<ReturnType<ReturnType<typeof repo.kurzListe>['execute']>>[number]) {
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

/** All solutions of one Kommune (every status) for its members. */
export async function eigene(db: Db, kommuneId: string) {
  const rows = await repo.kurzListe(db.k).where('l.kommune_id', '=', kommuneId).orderBy('l.aktualisiert_am', 'desc').execute();
  return { items: rows.map((r) => ({ ...karte(r), status: r.status, version: r.version, aktualisiertAm: iso(r.aktualisiert_am), pruefungKommentar: r.pruefung_kommentar })) };
}

/** Review queue of the Transferstelle: submitted drafts (oldest first) and published solutions that may earn the seal. */
export async function pruefliste(db: Db) {
  const eingereicht = await repo.kurzListe(db.k).where('l.status', '=', 'eingereicht').orderBy('l.aktualisiert_am', 'asc').execute();
  const kandidaten = await repo
    .kurzListe(db.k)
    .where('l.status', '=', 'veroeffentlicht')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('loesung_siegel as s').select('s.loesung_id').whereRef('s.loesung_id', '=', 'l.id'))))
    .where((eb) => eb.exists(eb.selectFrom('loesung_nutzung as n').select('n.loesung_id').whereRef('n.loesung_id', '=', 'l.id')))
    .orderBy('l.titel')
    .limit(200)
    .execute();
  const mitStatus = (r: (typeof eingereicht)[number]) => ({ ...karte(r), status: r.status, version: r.version, aktualisiertAm: iso(r.aktualisiert_am) });
  return { eingereicht: eingereicht.map(mitStatus), siegelKandidaten: kandidaten.map(mitStatus) };
}

function detailAntwort(
  r: repo.LoesungZeile,
  extra: {
    versionen: Awaited<ReturnType<typeof repo.ladeVersionen>>;
    nutzungen: Awaited<ReturnType<typeof repo.ladeNutzungen>>;
    siegel: Awaited<ReturnType<typeof repo.ladeSiegel>>;
    intern: boolean;
    darfBearbeiten: boolean;
  },
) {
  const nutzendeKommunen = regeln.anzahlNutzendeKommunen(r.kommune_id, r.herkunft_text, extra.nutzungen.map((n) => n.kommune_id));
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
    nutzungen: extra.nutzungen.map((n) => ({ kommuneId: n.kommune_id, name: n.name, land: n.land, groessenklasse: n.groessenklasse, seit: n.seit, bericht: n.bericht })),
    // Names of staff are shown to the Kommune and the Transferstelle, not to the public.
    versionen: extra.versionen.map((v) => ({ version: v.version, geaendertAm: iso(v.geaendert_am), autor: extra.intern ? v.autor : null, kommentar: v.kommentar })),
    darfBearbeiten: extra.darfBearbeiten,
  };
}
export type LoesungDetail = ReturnType<typeof detailAntwort>;

/** Access (published: public; otherwise its Kommune and the Transferstelle) is checked by the access layer. */
export async function detail(db: Db, konto: Konto | null, id: string): Promise<LoesungDetail> {
  const r = await repo.ladeZeile(db.k, id);
  if (!r) throw regeln.loesungNichtGefunden();
  // Whether staff names are shown (to the Kommune and the Transferstelle, not to the public).
  const intern = regeln.darfUnveroeffentlichteSehen(konto, r.kommune_id);
  const [versionen, nutzungen, siegel] = await Promise.all([repo.ladeVersionen(db.k, id), repo.ladeNutzungen(db.k, id), repo.ladeSiegel(db.k, id)]);
  const darfBearbeiten = !!r.kommune_id && darf(konto, 'kommune.schreiben', r.kommune_id);
  return detailAntwort(r, { versionen, nutzungen, siegel, intern, darfBearbeiten });
}

export async function anlegen(db: Db, konto: Konto, body: LoesungAnlegen) {
  regeln.pruefeSpannen(body);
  const { kommuneId, ...inhalt } = body;
  return db.k.transaction().execute(async (tx) => {
    const id = crypto.randomUUID();
    const werte = { ...repo.inhaltZuSpalten(inhalt), titel: inhalt.titel, zusammenfassung: inhalt.zusammenfassung, problem: inhalt.problem };
    const zeile = await repo.fuegeEin(tx, { ...werte, id, external_id: `lotse:${id}`, kommune_id: kommuneId, status: 'entwurf', erstellt_von: konto.id, version: 1 });
    await repo.schreibeVersion(tx, { loesungId: id, version: 1, kommuneId, daten: repo.versionsDaten(zeile), kontoId: konto.id, kommentar: 'Entwurf angelegt' });
    await protokolliereFuer(tx, kommuneId, { kontoId: konto.id, aktion: 'loesung.angelegt', objektId: id, details: { titel: zeile.titel } });
    return { id, status: zeile.status, version: 1 };
  });
}

/** Changes content: a new version with author and time. Not while under review. */
export async function aendern(db: Db, konto: Konto, id: string, body: LoesungAendern) {
  const { kommentar, ...inhalt } = body;
  return db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw regeln.loesungNichtGefunden();
    regeln.pruefeBearbeitbar(alt.status);
    regeln.pruefeSpannen({
      aufwandVon: inhalt.aufwandVon !== undefined ? inhalt.aufwandVon : alt.aufwand_von,
      aufwandBis: inhalt.aufwandBis !== undefined ? inhalt.aufwandBis : alt.aufwand_bis,
      kostenVon: inhalt.kostenVon !== undefined ? inhalt.kostenVon : alt.kosten_von,
      kostenBis: inhalt.kostenBis !== undefined ? inhalt.kostenBis : alt.kosten_bis,
    });
    const spalten = repo.inhaltZuSpalten(inhalt);
    const geaendert = Object.keys(spalten);
    if (!geaendert.length) throw new AppError(400, 'loesung.keine_aenderung', 'Die Anfrage enthält keine Änderung.');
    const version = alt.version + 1;
    const neu = await tx.updateTable('loesung').set({ ...spalten, version, aktualisiert_am: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await repo.schreibeVersion(tx, { loesungId: id, version, kommuneId: alt.kommune_id, daten: repo.versionsDaten(neu), kontoId: konto.id, kommentar: kommentar ?? '' });
    await protokolliereFuer(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.geaendert', objektId: id, details: { version, felder: geaendert } });
    return { id, status: neu.status, version };
  });
}

export async function einreichen(db: Db, konto: Konto, id: string) {
  return db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw regeln.loesungNichtGefunden();
    const status = regeln.naechsterStatus(alt.status, 'einreichen');
    await repo.setzeStatus(tx, id, status);
    await protokolliereFuer(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.eingereicht', objektId: id, details: { version: alt.version } });
    return { id, status };
  });
}

export async function pruefen(db: Db, konto: Konto, id: string, entscheidung: 'veroeffentlichen' | 'zurueckweisen', kommentar: string) {
  regeln.pruefeEntscheidung(entscheidung, kommentar);
  return db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw regeln.loesungNichtGefunden();
    const status = regeln.naechsterStatus(alt.status, entscheidung);
    const jetzt = new Date();
    await repo.setzeStatus(tx, id, status, {
      pruefung_kommentar: kommentar,
      geprueft_von: konto.id,
      geprueft_am: jetzt,
      ...(status === 'veroeffentlicht' ? { veroeffentlicht_am: alt.veroeffentlicht_am ?? jetzt } : {}),
    });
    await protokolliereFuer(tx, alt.kommune_id, {
      kontoId: konto.id,
      aktion: status === 'veroeffentlicht' ? 'loesung.veroeffentlicht' : 'loesung.zurueckgewiesen',
      objektId: id,
      details: { version: alt.version, kommentar },
    });
    return { id, status };
  });
}

/** Takes a solution out of the catalogue (Transferstelle), with a reason. */
export async function archivieren(db: Db, konto: Konto, id: string, kommentar: string) {
  return db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw regeln.loesungNichtGefunden();
    const status = regeln.naechsterStatus(alt.status, 'archivieren');
    await repo.setzeStatus(tx, id, status, { pruefung_kommentar: kommentar, geprueft_von: konto.id, geprueft_am: new Date() });
    await protokolliereFuer(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.archiviert', objektId: id, details: { kommentar } });
    return { id, status };
  });
}

export async function siegelVergeben(db: Db, konto: Konto, id: string, kriterien: SiegelKriterien) {
  return db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw regeln.loesungNichtGefunden();
    if (alt.status !== 'veroeffentlicht') throw new AppError(409, 'siegel.nicht_veroeffentlicht', 'Das Siegel kann nur an veröffentlichte Lösungen vergeben werden.');
    const anzahl = regeln.anzahlNutzendeKommunen(alt.kommune_id, alt.herkunft_text, await repo.nutzendeKommunen(tx, id));
    regeln.pruefeSiegel(kriterien, anzahl);
    const jetzt = new Date();
    await tx
      .insertInto('loesung_siegel')
      .values({ loesung_id: id, kriterien: JSON.stringify(kriterien), vergeben_von: konto.id, vergeben_am: jetzt })
      .onConflict((oc) => oc.column('loesung_id').doUpdateSet({ kriterien: JSON.stringify(kriterien), vergeben_von: konto.id, vergeben_am: jetzt }))
      .execute();
    await protokolliereFuer(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.siegel_vergeben', objektId: id, details: { kriterien, nutzendeKommunen: anzahl } });
    return { id, siegel: true, nutzendeKommunen: anzahl };
  });
}

export async function siegelEntziehen(db: Db, konto: Konto, id: string) {
  return db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw regeln.loesungNichtGefunden();
    const r = await tx.deleteFrom('loesung_siegel').where('loesung_id', '=', id).executeTakeFirst();
    if (!Number(r.numDeletedRows)) throw new AppError(404, 'siegel.nicht_gefunden', 'Diese Lösung trägt kein Siegel.');
    await protokolliereFuer(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.siegel_entzogen', objektId: id });
  });
}

/** A member of a Kommune reports that the Kommune uses a published solution (repeated reports update it). */
export async function nutzungMelden(db: Db, konto: Konto, id: string, body: { kommuneId: string; seit?: string; bericht?: string }) {
  return db.k.transaction().execute(async (tx) => {
    const l = await repo.sperreZeile(tx, id);
    if (!l || l.status !== 'veroeffentlicht') throw regeln.loesungNichtGefunden();
    if (l.kommune_id === body.kommuneId) throw new AppError(409, 'nutzung.herkunft', 'Die Herkunftskommune nutzt ihre Lösung bereits; bitte melden Sie die Nutzung einer anderen Kommune.');
    const werte = { seit: body.seit ?? null, bericht: body.bericht ?? '' };
    await tx
      .insertInto('loesung_nutzung')
      .values({ loesung_id: id, kommune_id: body.kommuneId, ...werte })
      .onConflict((oc) => oc.columns(['loesung_id', 'kommune_id']).doUpdateSet(werte))
      .execute();
    await protokolliere(tx, { kommuneId: body.kommuneId, kontoId: konto.id, aktion: 'loesung.nutzung_gemeldet', objektTyp: 'loesung', objektId: id, details: { titel: l.titel, seit: werte.seit } });
    const nutzende = await repo.nutzendeKommunen(tx, id);
    return { id, kommuneId: body.kommuneId, nutzendeKommunen: regeln.anzahlNutzendeKommunen(l.kommune_id, l.herkunft_text, nutzende) };
  });
}

/** The published catalogue in the import format (round trip: an export can be imported again). */
export async function exportiere(db: Db) {
  const rows = await db.k
    .selectFrom('loesung')
    .select(['external_id', 'id', 'titel', 'zusammenfassung', 'problem', 'ansatz', 'wirkung_text', 'wirkungsstufe', 'handlungsfeld', 'kommune_id', 'herkunft_text', 'tags', 'links', 'sprache'])
    .where('status', '=', 'veroeffentlicht')
    .orderBy('external_id')
    .execute();
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
