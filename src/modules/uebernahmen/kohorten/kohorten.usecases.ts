/**
 * Use cases of cohorts: form (Transferstelle), answer an invitation (Kommune admin; accepting starts or links
 * the Kommune's own transfer project), post, add documents, the board, the list, suggestions from open needs.
 */
import type { Db, Tx } from '../../../core/db/db.ts';
import type { AnstehendPunkt } from '../../../core/modul.ts';
import { protokolliere } from '../../../core/audit.ts';
import { benachrichtige } from '../../../core/benachrichtigung.ts';
import { hatRolle, rolleIn, type Konto } from '../../../core/authz/policy.ts';
import { anlegen as uebernahmeAnlegen } from '../projekte/projekte.usecases.ts';
import { laufendeUebernahme, ladeLoesung } from '../projekte/projekte.repository.ts';
import { kohortenFehler } from './kohorten.errors.ts';
import { hoechstzahlFuer, sichtAufKohorte, STANDARD_MAX_MITGLIEDER, darfBeitragen, darfEinladen } from './kohorten.permissions.ts';
import { gehoertZumVerbund, verbundArt, zeitplan } from './kohorten.rules.ts';
import * as repo from './kohorten.repository.ts';
import type { Anlegen, Board, Verbund } from './kohorten.schemas.ts';

const heute = () => new Date().toISOString().slice(0, 10);

export async function bilden(db: Db, konto: Konto, b: Anlegen): Promise<Board> {
  const grenze = hoechstzahlFuer(konto);
  const max = b.maxMitglieder ?? STANDARD_MAX_MITGLIEDER;
  if (max > grenze) throw kohortenFehler.maxZuHoch(grenze);
  const schluessel = [...new Set(b.kommunen)];
  if (schluessel.length > max) throw kohortenFehler.zuGross(max);
  const id = await db.k.transaction().execute(async (tx) => {
    const l = await ladeLoesung(tx, b.loesungId);
    if (!l || l.status !== 'veroeffentlicht') throw kohortenFehler.loesungNichtGefunden();
    const gefunden = await repo.kommunenNach(tx, schluessel);
    const ids: string[] = [];
    for (const s of schluessel) {
      const k = gefunden.find((x) => x.id === s) ?? gefunden.find((x) => x.ags === s && x.typ !== 'Landkreis' && x.typ !== 'Land');
      if (!k) throw kohortenFehler.kommuneUnbekannt(s);
      if (k.id === l.kommune_id) throw kohortenFehler.herkunftEingeladen();
      if (!ids.includes(k.id)) ids.push(k.id);
    }
    if (ids.length > max) throw kohortenFehler.zuGross(max);
    const start = b.startAm ?? heute();
    const plan = zeitplan(start);
    const id = await repo.legeAn(tx, { loesungId: l.id, titel: b.titel, kontoId: konto.id, max, start, plan: plan.transferplanBis, review: plan.reviewAm }, ids);
    await protokolliere(tx, { kommuneId: null, kontoId: konto.id, aktion: 'kohorte.gebildet', objektTyp: 'kohorte', objektId: id, details: { loesungId: l.id, kommunen: ids, max } });
    await ladeEin(tx, konto, id, l, b.titel, ids);
    return id;
  });
  // The forming account sees what it just wrote (also the platform admin, who otherwise reads no cohort).
  return board(db, konto, id, true);
}

/** Audit entries per invited Kommune; the admins of the invited Kommunen are told (they accept or decline). */
async function ladeEin(tx: Tx, konto: Konto, id: string, l: { id: string; titel: string }, titel: string, ids: string[]) {
  await protokolliere(tx, ids.map((k) => ({ kommuneId: k, kontoId: konto.id, aktion: 'kohorte.eingeladen', objektTyp: 'kohorte', objektId: id, details: { loesungId: l.id } })));
  const admins = await tx.selectFrom('mitgliedschaft').select(['konto_id', 'kommune_id']).where('kommune_id', 'in', ids).where('rolle', '=', 'admin').execute();
  await benachrichtige(tx, admins.map((a) => ({
    kontoId: a.konto_id, kommuneId: a.kommune_id, art: 'kohorte.einladung', gruppe: l.titel,
    titel: `Einladung in die Kohorte „${titel}“`, text: 'Mehrere Kommunen übernehmen diese Lösung gemeinsam. Bitte nehmen Sie die Einladung an oder lehnen Sie sie ab.',
    link: `/kohorten/${id}`, handeln: true,
  })));
}

/**
 * The carrying Kommune of a new Verbund for the access layer (which then checks `kommune.schreiben`): the one named
 * (AGS or ARS), or the only Kommune of the account.
 */
export async function traegerFuer(db: Db, konto: Konto | null, angabe: string | undefined): Promise<string | undefined> {
  if (!konto) return undefined;
  if (angabe) {
    const k = await repo.kommunenNach(db.k, [angabe]);
    return (k.find((x) => x.id === angabe) ?? k.find((x) => x.ags === angabe && x.typ !== 'Land'))?.id;
  }
  if (konto.mitgliedschaften.length === 1) return konto.mitgliedschaften[0].kommuneId;
  if (konto.mitgliedschaften.length > 1) throw kohortenFehler.traegerWaehlen();
  return undefined;
}

/**
 * A Verbund (decision 0140): a Landkreis, or an Amt/Verbandsgemeinde through its Kommune, invites member Gemeinden
 * of its area to adopt one solution together. Each Gemeinde accepts and runs its own project; the Träger sees the
 * board. The size limit is the area (all its Gemeinden), not URBACT's 8.
 */
export async function verbundBilden(db: Db, konto: Konto, traegerId: string, b: Verbund): Promise<Board> {
  const id = await db.k.transaction().execute(async (tx) => {
    const [traeger] = await repo.kommunenNach(tx, [traegerId]);
    if (!traeger || !verbundArt(traeger)) throw kohortenFehler.keinVerbund();
    const l = await ladeLoesung(tx, b.loesungId);
    if (!l || l.status !== 'veroeffentlicht') throw kohortenFehler.loesungNichtGefunden();
    const schluessel = [...new Set(b.gemeinden)];
    const gefunden = await repo.kommunenNach(tx, schluessel);
    const ids: string[] = [];
    for (const s of schluessel) {
      const g = gefunden.find((x) => x.id === s) ?? gefunden.find((x) => x.ags === s && x.typ !== 'Landkreis' && x.typ !== 'Land');
      if (!g) throw kohortenFehler.kommuneUnbekannt(s);
      if (!gehoertZumVerbund(traeger, g)) throw kohortenFehler.nichtImVerbund(g.name);
      if (g.id === l.kommune_id) throw kohortenFehler.herkunftEingeladen();
      if (!ids.includes(g.id)) ids.push(g.id);
    }
    const max = Math.min(400, Math.max(ids.length, await repo.gemeindenImVerbund(tx, traeger)));
    const start = b.startAm ?? heute();
    const plan = zeitplan(start);
    const id = await repo.legeAn(tx, { loesungId: l.id, titel: b.titel, kontoId: konto.id, max, start, plan: plan.transferplanBis, review: plan.reviewAm, traeger: traeger.id }, ids);
    await protokolliere(tx, { kommuneId: traeger.id, kontoId: konto.id, aktion: 'kohorte.verbund.gebildet', objektTyp: 'kohorte', objektId: id, details: { loesungId: l.id, kommunen: ids, max } });
    await ladeEin(tx, konto, id, l, b.titel, ids);
    return id;
  });
  return board(db, konto, id);
}

/**
 * Invites further Kommunen into an existing cohort. The cohort's limit counts every member that has not declined;
 * a Kommune that declined may be invited again. In a Verbund only Gemeinden of its area.
 */
export async function einladen(db: Db, konto: Konto, kohorteId: string, schluessel: string[]): Promise<Board> {
  await db.k.transaction().execute(async (tx) => {
    const c = await tx.selectFrom('kohorte').select(['id', 'titel', 'loesung_id', 'max_mitglieder', 'kommune_id']).where('id', '=', kohorteId).forUpdate().executeTakeFirst();
    if (!c) throw kohortenFehler.nichtGefunden();
    const l = await ladeLoesung(tx, c.loesung_id);
    if (!l) throw kohortenFehler.loesungNichtGefunden();
    const traeger = c.kommune_id ? (await repo.kommunenNach(tx, [c.kommune_id]))[0] : undefined;
    const bisher = await repo.mitgliederDer(tx, kohorteId);
    const keys = [...new Set(schluessel)];
    const gefunden = await repo.kommunenNach(tx, keys);
    const neu: string[] = [];
    const erneut: string[] = [];
    for (const s of keys) {
      const g = gefunden.find((x) => x.id === s) ?? gefunden.find((x) => x.ags === s && x.typ !== 'Landkreis' && x.typ !== 'Land');
      if (!g) throw kohortenFehler.kommuneUnbekannt(s);
      if (g.id === l.kommune_id) throw kohortenFehler.herkunftEingeladen();
      if (traeger && !gehoertZumVerbund(traeger, g)) throw kohortenFehler.nichtImVerbund(g.name);
      const m = bisher.find((x) => x.kommuneId === g.id);
      if (m && m.status !== 'abgelehnt') throw kohortenFehler.schonMitglied(g.name);
      if (neu.includes(g.id) || erneut.includes(g.id)) continue;
      (m ? erneut : neu).push(g.id);
    }
    const zaehlen = bisher.filter((m) => m.status !== 'abgelehnt').length + neu.length + erneut.length;
    if (zaehlen > c.max_mitglieder) throw kohortenFehler.zuGross(c.max_mitglieder);
    if (neu.length) await tx.insertInto('kohorte_mitglied').values(neu.map((kommune_id) => ({ kohorte_id: kohorteId, kommune_id }))).execute();
    if (erneut.length) {
      await tx.updateTable('kohorte_mitglied').set({ status: 'eingeladen', uebernahme_id: null, beantwortet_am: null })
        .where('kohorte_id', '=', kohorteId).where('kommune_id', 'in', erneut).execute();
    }
    await ladeEin(tx, konto, kohorteId, l, c.titel, [...neu, ...erneut]);
  });
  return board(db, konto, kohorteId, true);
}

/** Accept (starts or links the Kommune's own transfer project) or decline an invitation. */
export async function antworten(db: Db, konto: Konto, kohorteId: string, kommuneId: string, annehmen: boolean): Promise<Board> {
  const k = await repo.ladeKohorte(db.k, kohorteId);
  if (!k) throw kohortenFehler.nichtGefunden();
  const offen = async () => (await repo.mitgliederDer(db.k, kohorteId)).find((m) => m.kommuneId === kommuneId && m.status === 'eingeladen');
  if (!(await offen())) throw kohortenFehler.keineEinladung();
  let uebernahmeId: string | null = null;
  if (annehmen) {
    // A running project of the Kommune for this solution is linked; otherwise one is started (own transaction of
    // the project use case; when the answer below fails, the project stays and is linked on the next attempt).
    uebernahmeId = (await laufendeUebernahme(db.k, kommuneId, k.loesung_id))?.id ?? (await uebernahmeAnlegen(db, konto, kommuneId, { loesungId: k.loesung_id })).id;
  }
  await db.k.transaction().execute(async (tx) => {
    const m = await tx.selectFrom('kohorte_mitglied').select('status').where('kohorte_id', '=', kohorteId).where('kommune_id', '=', kommuneId).forUpdate().executeTakeFirst();
    if (m?.status !== 'eingeladen') throw kohortenFehler.keineEinladung();
    await repo.setzeAntwort(tx, kohorteId, kommuneId, annehmen ? 'dabei' : 'abgelehnt', uebernahmeId);
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: annehmen ? 'kohorte.angenommen' : 'kohorte.abgelehnt', objektTyp: 'kohorte', objektId: kohorteId, details: { uebernahmeId } });
  });
  // After declining, the Kommune no longer reads the cohort; the answer still shows the state it just changed.
  return board(db, konto, kohorteId, !annehmen);
}

/** The Kommune a post or document is written for: the caller's member Kommune, or none (Transferstelle). */
const autorKommune = (konto: Konto, zugriffKommune: string | undefined) => (zugriffKommune && rolleIn(konto, zugriffKommune) ? zugriffKommune : null);

export async function beitragen(db: Db, konto: Konto, kohorteId: string, zugriffKommune: string | undefined, text: string): Promise<Board> {
  const kommuneId = autorKommune(konto, zugriffKommune);
  await db.k.transaction().execute(async (tx) => {
    const { id } = await tx.insertInto('kohorte_beitrag').values({ kohorte_id: kohorteId, kommune_id: kommuneId, konto_id: konto.id, text }).returning('id').executeTakeFirstOrThrow();
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: 'kohorte.beitrag', objektTyp: 'kohorte', objektId: kohorteId, details: { beitragId: id } });
  });
  return board(db, konto, kohorteId);
}

export async function dokumentAnlegen(db: Db, konto: Konto, kohorteId: string, zugriffKommune: string | undefined, d: { titel: string; url: string }): Promise<Board> {
  const kommuneId = autorKommune(konto, zugriffKommune);
  await db.k.transaction().execute(async (tx) => {
    const { id } = await tx.insertInto('kohorte_dokument').values({ kohorte_id: kohorteId, kommune_id: kommuneId, konto_id: konto.id, titel: d.titel, url: d.url }).returning('id').executeTakeFirstOrThrow();
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: 'kohorte.dokument', objektTyp: 'kohorte', objektId: kohorteId, details: { dokumentId: id, ...d } });
  });
  return board(db, konto, kohorteId);
}

export async function meilensteinAnlegen(db: Db, konto: Konto, kohorteId: string, zugriffKommune: string | undefined, m: { titel: string; verantwortlich: string; faelligAm: string | null }): Promise<Board> {
  const kommuneId = autorKommune(konto, zugriffKommune);
  await db.k.transaction().execute(async (tx) => {
    const { id } = await tx.insertInto('kohorte_meilenstein').values({ kohorte_id: kohorteId, kommune_id: kommuneId, konto_id: konto.id, titel: m.titel, verantwortlich: m.verantwortlich, faellig_am: m.faelligAm }).returning('id').executeTakeFirstOrThrow();
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: 'kohorte.meilenstein.angelegt', objektTyp: 'kohorte', objektId: kohorteId, details: { meilensteinId: id, ...m } });
  });
  return board(db, konto, kohorteId);
}

export async function meilensteinSetzen(db: Db, konto: Konto, kohorteId: string, zugriffKommune: string | undefined, meilensteinId: string, erledigt: boolean): Promise<Board> {
  const kommuneId = autorKommune(konto, zugriffKommune);
  await db.k.transaction().execute(async (tx) => {
    const r = await tx.updateTable('kohorte_meilenstein').set({ erledigt }).where('id', '=', meilensteinId).where('kohorte_id', '=', kohorteId).returning('id').executeTakeFirst();
    if (!r) throw kohortenFehler.meilensteinNichtGefunden();
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: 'kohorte.meilenstein', objektTyp: 'kohorte', objektId: kohorteId, details: { meilensteinId, erledigt } });
  });
  return board(db, konto, kohorteId);
}

/** `einmalig`: the account just formed the cohort or declined it – it sees this one answer regardless of its view. */
export async function board(db: Db, konto: Konto, id: string, einmalig = false): Promise<Board> {
  const k = await repo.ladeKohorte(db.k, id);
  if (!k) throw kohortenFehler.nichtGefunden();
  const [zeilen, beitraege, dokumente, meilensteine] = await Promise.all([repo.boardZeilen(db, id), repo.beitraege(db, id), repo.dokumente(db, id), repo.meilensteine(db, id)]);
  const mitglieder = zeilen.map((z) => ({ kommuneId: z.kommune_id, status: z.status }));
  const sicht = sichtAufKohorte(konto, mitglieder, k.traeger_id) ?? (einmalig ? 'mitglied' : null);
  if (!sicht) throw kohortenFehler.nichtGefunden();
  return {
    id: k.id, titel: k.titel,
    loesung: { id: k.loesung_id, titel: k.loesung_titel, herkunft: k.herkunft },
    maxMitglieder: k.max_mitglieder,
    traeger: k.traeger_id ? { id: k.traeger_id, name: k.traeger_name ?? k.traeger_id } : null,
    startAm: repo.tag(k.start_am)!, transferplanBis: repo.tag(k.transferplan_bis)!, reviewAm: repo.tag(k.review_am)!,
    mitglieder: zeilen.map((z) => ({
      kommune: { id: z.kommune_id, name: z.name }, status: z.status, uebernahmeId: z.uebernahme_id, phase: z.phase ?? null,
      offeneMeilensteine: Number(z.offen ?? 0), letzteRueckmeldung: z.letzte ? repo.tag(z.letzte as Date | string) : null,
    })),
    meilensteine: meilensteine.map((m) => ({ id: m.id, titel: m.titel, verantwortlich: m.verantwortlich, faelligAm: repo.tag(m.faellig_am), erledigt: m.erledigt, quelle: m.quelle, kommune: m.kommune })),
    beitraege: beitraege.map((b) => ({ id: b.id, text: b.text, kommune: b.kommune, autor: b.autor, erstelltAm: repo.iso(b.erstellt_am) })),
    dokumente: dokumente.map((d) => ({ id: d.id, titel: d.titel, url: d.url, kommune: d.kommune, erstelltAm: repo.iso(d.erstellt_am) })),
    sicht,
    moeglich: {
      beitragen: darfBeitragen(konto, mitglieder, k.traeger_id),
      einladen: darfEinladen(konto, k.traeger_id),
      annehmen: zeilen.filter((z) => z.status === 'eingeladen' && rolleIn(konto, z.kommune_id) === 'admin').map((z) => ({ id: z.kommune_id, name: z.name })),
    },
  };
}

export async function liste(db: Db, konto: Konto) {
  const eigene = konto.mitgliedschaften.map((m) => m.kommuneId);
  const alle = hatRolle(konto, 'transferstelle');
  const [rows, einladungen] = await Promise.all([
    repo.liste(db, alle, eigene, hatRolle(konto, 'lotse') ? konto.regionen : []),
    repo.offeneEinladungen(db, konto.mitgliedschaften.filter((m) => m.rolle === 'admin').map((m) => m.kommuneId)),
  ]);
  return {
    kohorten: rows.map((r) => ({
      id: r.id, titel: r.titel, loesung: { id: r.loesung_id, titel: r.loesung_titel },
      transferplanBis: repo.tag(r.transferplan_bis)!, reviewAm: repo.tag(r.review_am)!,
      mitglieder: Number(r.mitglieder ?? 0), dabei: Number(r.dabei ?? 0),
      einladungen: einladungen.filter((e) => e.kohorte_id === r.id).map((e) => ({ id: e.kommune_id, name: e.name })),
    })),
    darfBilden: hatRolle(konto, 'transferstelle') || hatRolle(konto, 'plattform-admin'),
  };
}

/** Kommunen whose open needs have this solution proposed (without its origin), most needs first. */
export async function vorschlaege(db: Db, loesungId: string) {
  const l = await ladeLoesung(db.k, loesungId);
  if (!l || l.status !== 'veroeffentlicht') throw kohortenFehler.loesungNichtGefunden();
  // Loaded on use: the module „bedarfe“ imports the catalogue, which imports this module (cycle at start).
  const { kommunenMitVorschlag } = await import('../../bedarfe/index.ts');
  const treffer = (await kommunenMitVorschlag(db, loesungId)).filter((t) => t.kommuneId !== l.kommune_id);
  const namen = await repo.kommunenNach(db.k, treffer.map((t) => t.kommuneId));
  return {
    kommunen: treffer.map((t) => {
      const k = namen.find((n) => n.id === t.kommuneId);
      return { id: t.kommuneId, ags: k?.ags ?? null, name: k?.name ?? t.kommuneId, bedarfe: t.bedarfe };
    }).sort((a, b) => b.bedarfe - a.bedarfe || a.name.localeCompare(b.name, 'de')),
  };
}

/** „Was steht an?“: open invitations of the Kommunen the person administers (answer by the transfer-plan date). */
export async function anstehend(db: Db, konto: Konto): Promise<AnstehendPunkt[]> {
  const admin = konto.mitgliedschaften.filter((m) => m.rolle === 'admin').map((m) => m.kommuneId);
  const offen = await repo.offeneEinladungenMitKohorte(db, admin);
  return offen.map((e) => ({
    art: 'kohorte.einladung', titel: `Einladung in die Kohorte „${e.titel}“ für ${e.name} beantworten`, link: `/kohorten`,
    faellig: repo.tag(e.transferplan_bis), handeln: true, kommuneId: e.kommune_id,
  }));
}
