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
import { AppError, fehler } from '../../core/errors.ts';
import { darf, type Konto } from '../../core/authz/policy.ts';
import { indexiereLoesung } from '../matching/index.ts';
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

/** All solutions of one Kommune (every status) for its members, with the status of a pending revision. */
export async function eigene(db: Db, kommuneId: string) {
  const rows = await repo.kurzListe(db.k).where('l.kommune_id', '=', kommuneId).orderBy('l.aktualisiert_am', 'desc').execute();
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

/**
 * Review queue of the Transferstelle: submitted drafts and submitted revisions of published solutions
 * (oldest first; a revision is shown with its new title and summary) and published solutions that may earn the seal.
 */
export async function pruefliste(db: Db) {
  const entwuerfe = await repo.kurzListe(db.k).where('l.status', '=', 'eingereicht').execute();
  const ueberarbeitungen = await repo.kurzListe(db.k).where('l.status', '=', 'veroeffentlicht').where('u.status', '=', 'eingereicht').execute();
  const kandidaten = await repo
    .kurzListe(db.k)
    .where('l.status', '=', 'veroeffentlicht')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('loesung_siegel as s').select('s.loesung_id').whereRef('s.loesung_id', '=', 'l.id'))))
    .where((eb) => eb.exists(eb.selectFrom('loesung_nutzung as n').select('n.loesung_id').whereRef('n.loesung_id', '=', 'l.id')))
    .orderBy('l.titel')
    .limit(200)
    .execute();
  const mitStatus = (r: (typeof entwuerfe)[number]) => ({ ...karte(r), status: r.status, version: r.version, aktualisiertAm: iso(r.aktualisiert_am) });
  const alsUeberarbeitung = (r: (typeof entwuerfe)[number]) => {
    const neu = r.ueberarbeitung_daten as repo.Inhalt;
    return { ...mitStatus(r), titel: neu.titel, zusammenfassung: neu.zusammenfassung, aktualisiertAm: iso(r.ueberarbeitung_am), ueberarbeitung: true };
  };
  const eingereicht = [...entwuerfe.map((r) => ({ ...mitStatus(r), ueberarbeitung: false })), ...ueberarbeitungen.map(alsUeberarbeitung)].sort(
    (a, b) => (a.aktualisiertAm ?? '').localeCompare(b.aktualisiertAm ?? '') || a.id.localeCompare(b.id),
  );
  return { eingereicht, siegelKandidaten: kandidaten.map(mitStatus) };
}

function detailAntwort(
  r: repo.LoesungZeile,
  extra: {
    versionen: Awaited<ReturnType<typeof repo.ladeVersionen>>;
    nutzungen: Awaited<ReturnType<typeof repo.ladeNutzungen>>;
    siegel: Awaited<ReturnType<typeof repo.ladeSiegel>>;
    ueberarbeitung: Awaited<ReturnType<typeof repo.ladeUeberarbeitung>>;
    intern: boolean;
    darfBearbeiten: boolean;
  },
) {
  const u = extra.intern ? extra.ueberarbeitung : undefined;
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
  if (!r) throw regeln.loesungNichtGefunden();
  // Whether staff names are shown (to the Kommune and the Transferstelle, not to the public).
  const intern = regeln.darfUnveroeffentlichteSehen(konto, r.kommune_id);
  const [versionen, nutzungen, siegel, ueberarbeitung] = await Promise.all([
    repo.ladeVersionen(db.k, id),
    repo.ladeNutzungen(db.k, id),
    repo.ladeSiegel(db.k, id),
    intern ? repo.ladeUeberarbeitung(db.k, id) : undefined,
  ]);
  const darfBearbeiten = !!r.kommune_id && darf(konto, 'kommune.schreiben', r.kommune_id);
  return detailAntwort(r, { versionen, nutzungen, siegel, ueberarbeitung, intern, darfBearbeiten });
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

/**
 * Changes content. A draft (or a rejected one) gets a new version with author and time. A published
 * solution is not changed: the change goes into its revision, which the Transferstelle reviews
 * (decision 0022). Not while under review.
 */
export async function aendern(db: Db, konto: Konto, id: string, body: LoesungAendern) {
  const { kommentar, ...inhalt } = body;
  return db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw regeln.loesungNichtGefunden();
    if (alt.status === 'veroeffentlicht') return ueberarbeiten(tx, konto, alt, inhalt, kommentar);
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

/** Writes a change of a published solution into its revision (creates the revision on the first change). */
async function ueberarbeiten(tx: K, konto: Konto, alt: repo.Zeile, inhalt: Omit<LoesungAendern, 'kommentar'>, kommentar: string | undefined) {
  const offen = await repo.sperreUeberarbeitung(tx, alt.id);
  regeln.pruefeUeberarbeitungBearbeitbar(offen?.status ?? null);
  const basis = offen ? (offen.daten as repo.Inhalt) : repo.inhaltVon(alt);
  regeln.pruefeSpannen({
    aufwandVon: inhalt.aufwandVon !== undefined ? inhalt.aufwandVon : basis.aufwand_von,
    aufwandBis: inhalt.aufwandBis !== undefined ? inhalt.aufwandBis : basis.aufwand_bis,
    kostenVon: inhalt.kostenVon !== undefined ? inhalt.kostenVon : basis.kosten_von,
    kostenBis: inhalt.kostenBis !== undefined ? inhalt.kostenBis : basis.kosten_bis,
  });
  const geaendert = Object.keys(repo.inhaltZuSpalten(inhalt));
  if (!geaendert.length) throw new AppError(400, 'loesung.keine_aenderung', 'Die Anfrage enthält keine Änderung.');
  const daten = JSON.stringify(repo.mitAenderung(basis, inhalt));
  const jetzt = new Date();
  if (offen) {
    await tx
      .updateTable('loesung_ueberarbeitung')
      .set({ daten, kommentar: kommentar ?? offen.kommentar, geaendert_von: konto.id, aktualisiert_am: jetzt })
      .where('loesung_id', '=', alt.id)
      .execute();
  } else {
    await tx
      .insertInto('loesung_ueberarbeitung')
      .values({ loesung_id: alt.id, kommune_id: alt.kommune_id, status: 'entwurf', basis_version: alt.version, daten, kommentar: kommentar ?? '', erstellt_von: konto.id, geaendert_von: konto.id, erstellt_am: jetzt, aktualisiert_am: jetzt })
      .execute();
  }
  const status = offen?.status ?? 'entwurf';
  await protokolliereFuer(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.ueberarbeitung_geaendert', objektId: alt.id, details: { basisVersion: alt.version, felder: geaendert } });
  return { id: alt.id, status: alt.status, version: alt.version, ueberarbeitung: { status } };
}

export async function einreichen(db: Db, konto: Konto, id: string) {
  return db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw regeln.loesungNichtGefunden();
    if (alt.status === 'veroeffentlicht') {
      // The revision of a published solution goes to the Transferstelle; the live row stays as it is.
      const u = await repo.sperreUeberarbeitung(tx, id);
      regeln.pruefeUeberarbeitung(u?.status ?? null, 'einreichen');
      await tx.updateTable('loesung_ueberarbeitung').set({ status: 'eingereicht', aktualisiert_am: new Date() }).where('loesung_id', '=', id).execute();
      await protokolliereFuer(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.ueberarbeitung_eingereicht', objektId: id, details: { basisVersion: u!.basis_version } });
      return { id, status: alt.status, ueberarbeitung: { status: 'eingereicht' as const } };
    }
    const status = regeln.naechsterStatus(alt.status, 'einreichen');
    await repo.setzeStatus(tx, id, status);
    await protokolliereFuer(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.eingereicht', objektId: id, details: { version: alt.version } });
    return { id, status };
  });
}

/**
 * The Transferstelle's decision on a submitted draft or on the submitted revision of a published
 * solution. The matcher's index is refreshed only when the approved text changed (publication or an
 * approved revision); a rejection leaves the live row, and so the index, untouched.
 */
export async function pruefen(db: Db, konto: Konto, id: string, entscheidung: 'veroeffentlichen' | 'zurueckweisen', kommentar: string) {
  regeln.pruefeEntscheidung(entscheidung, kommentar);
  const ergebnis = await db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw regeln.loesungNichtGefunden();
    if (alt.status === 'veroeffentlicht') return pruefeUeberarbeitung(tx, konto, alt, entscheidung, kommentar);
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
    return { id, status, textGeaendert: status === 'veroeffentlicht' };
  });
  const { textGeaendert, ...antwort } = ergebnis;
  if (textGeaendert) await aktualisiereSuchindex(db, id);
  return antwort;
}

/** Approves (the revision becomes the next live version) or rejects (the live version stays) a revision. */
async function pruefeUeberarbeitung(tx: K, konto: Konto, alt: repo.Zeile, entscheidung: 'veroeffentlichen' | 'zurueckweisen', kommentar: string) {
  const u = await repo.sperreUeberarbeitung(tx, alt.id);
  regeln.pruefeUeberarbeitung(u?.status ?? null, entscheidung);
  const jetzt = new Date();
  const pruefung = { pruefung_kommentar: kommentar, geprueft_von: konto.id, geprueft_am: jetzt };
  if (entscheidung === 'zurueckweisen') {
    await tx.updateTable('loesung_ueberarbeitung').set({ status: 'zurueckgewiesen', aktualisiert_am: jetzt, ...pruefung }).where('loesung_id', '=', alt.id).execute();
    await protokolliereFuer(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.ueberarbeitung_zurueckgewiesen', objektId: alt.id, details: { basisVersion: u!.basis_version, kommentar } });
    return { id: alt.id, status: alt.status, version: alt.version, ueberarbeitung: { status: 'zurueckgewiesen' as const }, textGeaendert: false };
  }
  // Approved: the revision's content becomes the next version of the live row. The seal stays
  // (decision 0022: the Transferstelle reviews the revision knowing the seal and can withdraw it).
  const version = alt.version + 1;
  const neu = await tx
    .updateTable('loesung')
    .set({ ...repo.inhaltAlsSpalten(u!.daten as repo.Inhalt), version, aktualisiert_am: jetzt, ...pruefung })
    .where('id', '=', alt.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await repo.schreibeVersion(tx, { loesungId: alt.id, version, kommuneId: alt.kommune_id, daten: repo.versionsDaten(neu), kontoId: u!.geaendert_von ?? u!.erstellt_von, kommentar: u!.kommentar });
  await tx.deleteFrom('loesung_ueberarbeitung').where('loesung_id', '=', alt.id).execute();
  const siegel = !!(await tx.selectFrom('loesung_siegel').select('loesung_id').where('loesung_id', '=', alt.id).executeTakeFirst());
  await protokolliereFuer(tx, alt.kommune_id, {
    kontoId: konto.id,
    aktion: 'loesung.ueberarbeitung_freigegeben',
    objektId: alt.id,
    details: { version, basisVersion: u!.basis_version, kommentar, siegel },
  });
  return { id: alt.id, status: alt.status, version, ueberarbeitung: null, textGeaendert: true };
}

/** The Kommune discards its pending revision (also a submitted one); the live version stays. */
export async function ueberarbeitungVerwerfen(db: Db, konto: Konto, id: string) {
  await db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw regeln.loesungNichtGefunden();
    const u = await tx.deleteFrom('loesung_ueberarbeitung').where('loesung_id', '=', id).returning(['status', 'basis_version']).executeTakeFirst();
    if (!u) throw fehler.nichtGefunden('ueberarbeitung.nicht_gefunden', 'Zu dieser Lösung gibt es keine offene Überarbeitung.');
    await protokolliereFuer(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.ueberarbeitung_verworfen', objektId: id, details: { status: u.status, basisVersion: u.basis_version } });
  });
}

/**
 * Brings the matcher's index up to date for one solution after its approved text changed (the
 * trigger on `loesung` has queued it as well; should this fail, the next search works the queue off).
 */
async function aktualisiereSuchindex(db: Db, id: string) {
  await indexiereLoesung(db, id).catch(() => undefined);
}

/** Takes a solution out of the catalogue (Transferstelle), with a reason. */
export async function archivieren(db: Db, konto: Konto, id: string, kommentar: string) {
  const ergebnis = await db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw regeln.loesungNichtGefunden();
    const status = regeln.naechsterStatus(alt.status, 'archivieren');
    await repo.setzeStatus(tx, id, status, { pruefung_kommentar: kommentar, geprueft_von: konto.id, geprueft_am: new Date() });
    // An archived solution cannot be changed: a pending revision is discarded with it.
    const verworfen = await tx.deleteFrom('loesung_ueberarbeitung').where('loesung_id', '=', id).returning('status').executeTakeFirst();
    await protokolliereFuer(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.archiviert', objektId: id, details: { kommentar, ...(verworfen ? { ueberarbeitungVerworfen: verworfen.status } : {}) } });
    return { id, status, warVeroeffentlicht: alt.status === 'veroeffentlicht' };
  });
  if (ergebnis.warVeroeffentlicht) await aktualisiereSuchindex(db, id);
  return { id: ergebnis.id, status: ergebnis.status };
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
