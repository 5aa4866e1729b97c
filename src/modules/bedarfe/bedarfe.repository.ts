/**
 * Datenbankzugriffe der Bedarfe. Listen filtern mit `sichtbar()`; Einzelzeilen erreichen diese Funktionen
 * nur, nachdem die Zugriffsschicht die Kommune des Bedarfs geprüft hat (Routen mit `zeile: true`).
 * Jede Änderung läuft in einer Transaktion zusammen mit `protokolliere()`.
 */
import { sql, type SqlBool } from 'kysely';
import type { Db, Tx } from '../../core/db/db.ts';
import { AppError } from '../../core/errors.ts';
import { protokolliere } from '../../core/audit.ts';
import { sichtbar, type Konto } from '../../core/authz/policy.ts';
import { findeLoesungen } from '../matching/index.ts';
import {
  ZU_BEARBEITEN,
  OFFENE_STATUS,
  beteiligungen,
  darfVorschlagen,
  erlaubteZiele,
  pruefeUebergang,
  type Beteiligung,
  type BedarfStatus,
  type Pruefung,
} from './bedarfe.service.ts';
import type { BedarfAnlegen, BedarfDetail, BedarfKurz, BedarfListeQuery, EingangQuery, MatchTreffer } from './bedarfe.schemas.ts';
import type { BedarfQuelle, Dringlichkeit } from './bedarfe.table.ts';

export const bedarfNichtGefunden = () => new AppError(404, 'bedarf.nicht_gefunden', 'Der Bedarf wurde nicht gefunden.');

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

/** Kommune eines Bedarfs (für den Zeilen-Auflöser der Zugriffsschicht). */
export async function kommuneVonBedarf(db: Db, id: string): Promise<string | undefined> {
  const r = await db.k.selectFrom('bedarf').select('kommune_id').where('id', '=', id).executeTakeFirst();
  return r?.kommune_id;
}

// ---- Lesen ---------------------------------------------------------------------------------------

function basis(db: Db) {
  return db.k
    .selectFrom('bedarf as b')
    .innerJoin('kommune as k', 'k.id', 'b.kommune_id')
    .select([
      'b.id',
      'b.kommune_id',
      'k.name as kommune_name',
      'b.titel',
      'b.beschreibung',
      'b.handlungsfeld',
      'b.dringlichkeit',
      'b.status',
      'b.quelle',
      'b.quelle_ref',
      'b.erstellt_von',
      'b.erstellt_am',
      'b.aktualisiert_am',
      'b.status_geaendert_am',
      sql<number>`floor(extract(epoch from (now() - b.erstellt_am)) / 86400)::int`.as('alter_tage'),
      sql<number>`(select count(*)::int from bedarf_vorschlag v where v.bedarf_id = b.id)`.as('anzahl_vorschlaege'),
    ]);
}

type BasisZeile = Awaited<ReturnType<ReturnType<typeof basis>['executeTakeFirstOrThrow']>>;

function kurz(r: BasisZeile): BedarfKurz {
  return {
    id: r.id,
    kommuneId: r.kommune_id,
    kommuneName: r.kommune_name,
    titel: r.titel,
    beschreibung: r.beschreibung,
    handlungsfeld: r.handlungsfeld,
    dringlichkeit: r.dringlichkeit,
    status: r.status,
    quelle: r.quelle,
    erstelltAm: iso(r.erstellt_am),
    aktualisiertAm: iso(r.aktualisiert_am),
    statusGeaendertAm: iso(r.status_geaendert_am),
    alterTage: Number(r.alter_tage),
    anzahlVorschlaege: Number(r.anzahl_vorschlaege),
  };
}

const aelterAls = (tage: number) => sql<SqlBool>`b.erstellt_am < now() - (${tage}::int * interval '1 day')`;

interface Filter {
  kommuneId?: string;
  status?: readonly BedarfStatus[];
  handlungsfeld?: string;
  aelterAlsTage?: number;
}

export async function liste(db: Db, konto: Konto, q: BedarfListeQuery): Promise<{ items: BedarfKurz[]; total: number }> {
  return suche(db, konto, { kommuneId: q.kommuneId, status: q.status ? [q.status] : undefined, handlungsfeld: q.handlungsfeld, aelterAlsTage: q.aelterAlsTage }, {
    reihenfolge: 'neueste',
    limit: q.limit,
    offset: q.offset,
  });
}

/** Sichtbarkeit (policy) plus fachliche Filter – dieselbe Bedingung für Seite und Gesamtzahl. */
async function suche(db: Db, konto: Konto, f: Filter, seite: { reihenfolge: 'neueste' | 'aelteste'; limit: number; offset: number }) {
  let items = basis(db).where((eb) => sichtbar(eb, konto, 'b.kommune_id'));
  let zaehler = db.k.selectFrom('bedarf as b').select(sql<number>`count(*)::int`.as('n')).where((eb) => sichtbar(eb, konto, 'b.kommune_id'));
  if (f.kommuneId) {
    items = items.where('b.kommune_id', '=', f.kommuneId);
    zaehler = zaehler.where('b.kommune_id', '=', f.kommuneId);
  }
  if (f.status?.length) {
    items = items.where('b.status', 'in', f.status);
    zaehler = zaehler.where('b.status', 'in', f.status);
  }
  if (f.handlungsfeld) {
    items = items.where('b.handlungsfeld', '=', f.handlungsfeld);
    zaehler = zaehler.where('b.handlungsfeld', '=', f.handlungsfeld);
  }
  if (f.aelterAlsTage !== undefined) {
    items = items.where(aelterAls(f.aelterAlsTage));
    zaehler = zaehler.where(aelterAls(f.aelterAlsTage));
  }
  const richtung = seite.reihenfolge === 'neueste' ? 'desc' : 'asc';
  const [zeilen, total] = await Promise.all([
    items.orderBy('b.erstellt_am', richtung).orderBy('b.id', richtung).limit(seite.limit).offset(seite.offset).execute(),
    zaehler.executeTakeFirstOrThrow(),
  ]);
  return { items: zeilen.map(kurz), total: Number(total.n) };
}

export async function detail(db: Db, konto: Konto, id: string): Promise<BedarfDetail> {
  const r = await basis(db)
    .leftJoin('konto as ersteller', 'ersteller.id', 'b.erstellt_von')
    .select('ersteller.name as ersteller_name')
    .where('b.id', '=', id)
    .where((eb) => sichtbar(eb, konto, 'b.kommune_id'))
    .executeTakeFirst();
  if (!r) throw bedarfNichtGefunden();
  const [historie, vorschlaege] = await Promise.all([
    db.k
      .selectFrom('bedarf_status_aenderung as h')
      .leftJoin('konto as k', 'k.id', 'h.konto_id')
      .select(['h.von', 'h.nach', 'h.kommentar', 'h.zeitpunkt', 'k.name as wer'])
      .where('h.bedarf_id', '=', id)
      .where('h.kommune_id', '=', r.kommune_id)
      .orderBy('h.zeitpunkt', 'asc')
      .orderBy('h.id', 'asc')
      .execute(),
    db.k
      .selectFrom('bedarf_vorschlag as v')
      .innerJoin('loesung as l', 'l.id', 'v.loesung_id')
      .leftJoin('konto as k', 'k.id', 'v.vorgeschlagen_von')
      .select(['v.loesung_id', 'l.titel', 'l.external_id', 'v.notiz', 'v.zeitpunkt', 'k.name as wer'])
      .where('v.bedarf_id', '=', id)
      .where('v.kommune_id', '=', r.kommune_id)
      .orderBy('v.zeitpunkt', 'asc')
      .orderBy('l.titel')
      .execute(),
  ]);
  const wer = beteiligungen(konto, r.kommune_id);
  return {
    ...kurz(r),
    quelleRef: r.quelle_ref,
    erstelltVon: r.ersteller_name,
    historie: historie.map((h) => ({ von: h.von, nach: h.nach, kommentar: h.kommentar, wer: h.wer, zeitpunkt: iso(h.zeitpunkt) })),
    vorschlaege: vorschlaege.map((v) => ({ loesungId: v.loesung_id, titel: v.titel, externalId: v.external_id, notiz: v.notiz, wer: v.wer, zeitpunkt: iso(v.zeitpunkt) })),
    moeglich: {
      statusZiele: erlaubteZiele(r.status, wer, { vorschlaege: vorschlaege.length }),
      vorschlagen: darfVorschlagen(r.status, wer),
      begleiten: wer.includes('begleitung'),
    },
  };
}

// ---- Eingang der Lotsen --------------------------------------------------------------------------

/** Text für das Matching: Titel und Beschreibung, gekürzt auf die Länge, die POST /api/matching annimmt. */
export const matchText = (b: { titel: string; beschreibung: string }) => `${b.titel}\n${b.beschreibung}`.slice(0, 2000);

export async function eingang(db: Db, konto: Konto, q: EingangQuery) {
  const status: readonly BedarfStatus[] | undefined =
    q.status === 'alle' ? undefined : q.status === 'offen' ? OFFENE_STATUS : q.status ? [q.status] : ZU_BEARBEITEN;
  const { items, total } = await suche(db, konto, { status, handlungsfeld: q.handlungsfeld, aelterAlsTage: q.aelterAlsTage }, { reihenfolge: 'aelteste', limit: q.limit, offset: q.offset });
  let matcherVerfuegbar = true;
  const vorschlaegeFuer = async (b: BedarfKurz): Promise<MatchTreffer[]> => {
    try {
      return (await findeLoesungen(db, { text: matchText(b), handlungsfeld: b.handlungsfeld, kommune: b.kommuneId, limit: 3 })).slice(0, 3);
    } catch {
      matcherVerfuegbar = false; // Der Eingang bleibt nutzbar, auch wenn das Matching ausfällt; die Seite sagt es.
      return [];
    }
  };
  // Die erste Abfrage allein (sie bringt ggf. den Suchindex auf Stand), die übrigen gleichzeitig
  // (auf PostgreSQL parallel über den Pool; PGlite arbeitet sie nacheinander ab).
  const erste = items.length ? [await vorschlaegeFuer(items[0])] : [];
  const rest = await Promise.all(items.slice(1).map(vorschlaegeFuer));
  const mit = items.map((b, i) => ({ ...b, vorschlaegeMatcher: i === 0 ? erste[0] : rest[i - 1] }));
  return { items: mit, total, matcherVerfuegbar };
}

// ---- Schreiben -----------------------------------------------------------------------------------

export interface NeuerBedarf extends Omit<BedarfAnlegen, 'quelle'> {
  quelle?: BedarfQuelle;
}

/** Legt einen Bedarf an (Status `neu`) mit erstem Verlaufseintrag und Audit-Eintrag. Auch für andere Module (z. B. Erhebungen). */
export async function erstelle(db: Db, kontoId: string | null, input: NeuerBedarf, tx?: Tx): Promise<string> {
  const arbeit = async (t: Tx) => {
    const b = await t
      .insertInto('bedarf')
      .values({
        kommune_id: input.kommuneId,
        titel: input.titel,
        beschreibung: input.beschreibung,
        handlungsfeld: input.handlungsfeld ?? null,
        dringlichkeit: input.dringlichkeit as Dringlichkeit,
        quelle: input.quelle ?? null,
        quelle_ref: input.quelleRef ?? null,
        erstellt_von: kontoId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.insertInto('bedarf_status_aenderung').values({ bedarf_id: b.id, kommune_id: input.kommuneId, von: null, nach: 'neu', kommentar: '', konto_id: kontoId }).execute();
    await protokolliere(t, {
      kommuneId: input.kommuneId,
      kontoId,
      aktion: 'bedarf.erstellt',
      objektTyp: 'bedarf',
      objektId: b.id,
      details: { titel: input.titel, dringlichkeit: input.dringlichkeit, handlungsfeld: input.handlungsfeld ?? null, quelle: input.quelle ?? null },
    });
    return b.id;
  };
  return tx ? arbeit(tx) : db.k.transaction().execute(arbeit);
}

function pruefungsFehler(p: Exclude<Pruefung, { ok: true }>, von: BedarfStatus, nach: BedarfStatus, moeglich: BedarfStatus[]): AppError {
  const details = [{ von, nach, moeglich }];
  switch (p.grund) {
    case 'rolle':
      return new AppError(403, 'bedarf.status_nicht_erlaubt', 'Diesen Statuswechsel können Sie in Ihrer Rolle nicht vornehmen.', details);
    case 'kommentar_fehlt':
      return new AppError(422, 'bedarf.kommentar_fehlt', 'Bitte begründen Sie diesen Statuswechsel in einem Kommentar.', details);
    case 'vorschlag_fehlt':
      return new AppError(409, 'bedarf.status_ungueltig', 'Für diesen Status muss mindestens eine Lösung vorgeschlagen sein.', details);
    default:
      return new AppError(409, 'bedarf.status_ungueltig', 'Dieser Statuswechsel ist im aktuellen Status nicht möglich.', details);
  }
}

async function sperreBedarf(tx: Tx, id: string) {
  const b = await tx.selectFrom('bedarf').select(['id', 'kommune_id', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!b) throw bedarfNichtGefunden();
  return b;
}

async function zaehleVorschlaege(tx: Tx, id: string) {
  const r = await tx.selectFrom('bedarf_vorschlag').select(sql<number>`count(*)::int`.as('n')).where('bedarf_id', '=', id).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Schreibt einen (bereits geprüften) Statuswechsel mit Verlauf und Audit-Eintrag. */
export async function setzeStatus(tx: Tx, b: { id: string; kommune_id: string; status: BedarfStatus }, nach: BedarfStatus, kommentar: string, kontoId: string | null) {
  const jetzt = new Date();
  await tx.updateTable('bedarf').set({ status: nach, status_geaendert_am: jetzt, aktualisiert_am: jetzt }).where('id', '=', b.id).execute();
  await tx.insertInto('bedarf_status_aenderung').values({ bedarf_id: b.id, kommune_id: b.kommune_id, von: b.status, nach, kommentar, konto_id: kontoId, zeitpunkt: jetzt }).execute();
  await protokolliere(tx, { kommuneId: b.kommune_id, kontoId, aktion: 'bedarf.status_geaendert', objektTyp: 'bedarf', objektId: b.id, details: { von: b.status, nach, kommentar } });
}

/** Statuswechsel: der Übergang wird gegen die Regeln (bedarfe.service.ts) und die Beteiligung des Kontos geprüft. */
export async function aendereStatus(db: Db, konto: Konto, id: string, nach: BedarfStatus, kommentar: string): Promise<void> {
  await db.k.transaction().execute(async (tx) => {
    const b = await sperreBedarf(tx, id);
    const wer: Beteiligung[] = beteiligungen(konto, b.kommune_id);
    const vorschlaege = await zaehleVorschlaege(tx, id);
    const p = pruefeUebergang(b.status, nach, wer, { vorschlaege, kommentar });
    if (!p.ok) throw pruefungsFehler(p, b.status, nach, erlaubteZiele(b.status, wer, { vorschlaege }).map((z) => z.status));
    await setzeStatus(tx, b, nach, kommentar, konto.id);
  });
}

/**
 * Lotse oder Transferstelle schlagen veröffentlichte Lösungen vor. Derselbe Vorschlag zweimal ändert nur die Notiz.
 * Der Status wird `loesungen_vorgeschlagen`, wenn er es nicht schon ist.
 */
export async function schlageVor(db: Db, konto: Konto, id: string, loesungIds: string[], notiz: string): Promise<{ neu: number; status: BedarfStatus }> {
  const ids = [...new Set(loesungIds)];
  return db.k.transaction().execute(async (tx) => {
    const b = await sperreBedarf(tx, id);
    const wer = beteiligungen(konto, b.kommune_id);
    if (!darfVorschlagen(b.status, wer)) {
      throw new AppError(409, 'bedarf.status_ungueltig', 'In diesem Status können keine Lösungen vorgeschlagen werden.', [{ status: b.status }]);
    }
    const gefunden = await tx.selectFrom('loesung').select('id').where('id', 'in', ids).where('status', '=', 'veroeffentlicht').execute();
    const bekannt = new Set(gefunden.map((g) => g.id));
    const fehlend = ids.filter((x) => !bekannt.has(x));
    if (fehlend.length) {
      throw new AppError(422, 'bedarf.loesung_unbekannt', 'Mindestens eine Lösung gibt es nicht oder sie ist nicht veröffentlicht.', fehlend.map((loesungId) => ({ loesungId })));
    }
    const vorher = await tx.selectFrom('bedarf_vorschlag').select('loesung_id').where('bedarf_id', '=', id).execute();
    const schonDa = new Set(vorher.map((v) => v.loesung_id));
    const jetzt = new Date();
    await tx
      .insertInto('bedarf_vorschlag')
      .values(ids.map((loesung_id) => ({ bedarf_id: id, kommune_id: b.kommune_id, loesung_id, notiz, vorgeschlagen_von: konto.id, zeitpunkt: jetzt })))
      .onConflict((oc) => oc.columns(['bedarf_id', 'loesung_id']).doUpdateSet({ notiz, vorgeschlagen_von: konto.id, zeitpunkt: jetzt }))
      .execute();
    await tx.updateTable('bedarf').set({ aktualisiert_am: jetzt }).where('id', '=', id).execute();
    await protokolliere(tx, {
      kommuneId: b.kommune_id,
      kontoId: konto.id,
      aktion: 'bedarf.loesungen_vorgeschlagen',
      objektTyp: 'bedarf',
      objektId: id,
      details: { loesungIds: ids, notiz },
    });
    let status = b.status;
    if (b.status !== 'loesungen_vorgeschlagen') {
      const p = pruefeUebergang(b.status, 'loesungen_vorgeschlagen', wer, { vorschlaege: vorher.length + ids.length, kommentar: notiz });
      if (!p.ok) throw pruefungsFehler(p, b.status, 'loesungen_vorgeschlagen', []);
      await setzeStatus(tx, b, 'loesungen_vorgeschlagen', notiz, konto.id);
      status = 'loesungen_vorgeschlagen';
    }
    return { neu: ids.filter((x) => !schonDa.has(x)).length, status };
  });
}
