/**
 * Abläufe der Ideen: Einreichen (auch anonym), Statuswechsel nach ideen.rules.ts, Verantwortung,
 * Engpässe, Organisationseinheiten und die Einstellung „keine Namen an Ideen“. Jede Änderung läuft in
 * einer Transaktion mit `protokolliere()`. Eine anonyme Idee schreibt die einreichende Person nirgends hin –
 * auch der Audit-Eintrag nennt niemanden (kontoId null, keine Person in den Details).
 */
import type { Db } from '../../../core/db/db.ts';
import type { AnstehendPunkt } from '../../../core/modul.ts';
import { protokolliere } from '../../../core/audit.ts';
import { rolleIn, type Konto } from '../../../core/authz/policy.ts';
import { ideeFehler } from './ideen.errors.ts';
import * as repo from './ideen.repository.ts';
import { darfEntscheiden, darfZuweisen, engpaesse, erlaubteZiele, fristAb, istEntscheidung, pruefeWechsel, type IdeeStatus } from './ideen.rules.ts';
import type { EngpassListe, IdeeDetail, IdeeEinreichen, IdeeListeQuery } from './ideen.schemas.ts';

export const kommuneVonIdee = repo.kommuneVonIdee;
const heute = () => new Date().toISOString().slice(0, 10);

export async function einreichen(db: Db, konto: Konto, input: IdeeEinreichen): Promise<string> {
  return db.k.transaction().execute(async (tx) => {
    if (input.einheitId && !(await repo.einheitGehoertZu(tx, input.einheitId, input.kommuneId))) throw ideeFehler.einheitUnbekannt();
    // Hat die Kommune Namen an Ideen abgeschaltet, geht jede Idee wie eine anonyme ein.
    const anonym = input.anonym || (await repo.namenAus(tx, input.kommuneId));
    const id = await repo.fuegeEin(tx, {
      kommuneId: input.kommuneId,
      einheitId: input.einheitId ?? null,
      problem: input.problem,
      vorschlag: input.vorschlag,
      prozess: input.prozess,
      nutzen: input.nutzen,
      anonym,
      eingereichtVon: anonym ? null : konto.id,
      entscheidenBis: fristAb(new Date()),
    });
    await protokolliere(tx, { kommuneId: input.kommuneId, kontoId: anonym ? null : konto.id, aktion: 'idee.eingereicht', objektTyp: 'kaizen_idee', objektId: id, details: { anonym } });
    return id;
  });
}

export async function liste(db: Db, q: IdeeListeQuery) {
  return { items: await repo.liste(db, { kommuneId: q.kommuneId, einheitId: q.einheitId, status: q.status ? [q.status] : undefined }) };
}

export async function detail(db: Db, konto: Konto, id: string): Promise<IdeeDetail> {
  const i = await repo.eine(db.k, id);
  if (!i) throw ideeFehler.nichtGefunden();
  const istAdmin = rolleIn(konto, i.kommuneId) === 'admin';
  const entscheiden = darfEntscheiden(konto.id, istAdmin, i.verantwortlichId);
  return {
    ...i,
    verlauf: await repo.verlauf(db, id, i.kommuneId),
    moeglich: {
      statusZiele: entscheiden ? [...erlaubteZiele(i.status)] : [],
      entscheiden,
      uebernehmen: i.verantwortlichId === null && darfZuweisen(konto.id, false, null, konto.id),
      zuweisen: istAdmin,
    },
  };
}

export async function aendereStatus(db: Db, konto: Konto, id: string, w: { status: IdeeStatus; grund: string; wiedervorlageAm?: string | null }) {
  await db.k.transaction().execute(async (tx) => {
    const i = await repo.sperre(tx, id);
    if (!i) throw ideeFehler.nichtGefunden();
    const berechtigt = darfEntscheiden(konto.id, rolleIn(konto, i.kommune_id) === 'admin', i.verantwortlich_id);
    const p = pruefeWechsel({ von: i.status, nach: w.status, grund: w.grund, wiedervorlageAm: w.wiedervorlageAm ?? null, heute: heute(), berechtigt });
    if (!p.ok) throw ideeFehler.wechsel(p, i.status, w.status, berechtigt ? erlaubteZiele(i.status) : []);
    await repo.schreibeStatus(tx, i, {
      nach: w.status,
      grund: w.grund,
      wiedervorlageAm: w.wiedervorlageAm ?? null,
      entschieden: !i.entschieden_am && istEntscheidung(i.status, w.status),
      kontoId: konto.id,
    });
    await protokolliere(tx, {
      kommuneId: i.kommune_id,
      kontoId: konto.id,
      aktion: 'idee.status_geaendert',
      objektTyp: 'kaizen_idee',
      objektId: id,
      details: { von: i.status, nach: w.status, grund: w.grund, wiedervorlageAm: w.wiedervorlageAm ?? null },
    });
  });
}

export async function setzeVerantwortung(db: Db, konto: Konto, id: string, v: { kontoId: string; entscheidenBis?: string }) {
  await db.k.transaction().execute(async (tx) => {
    const i = await repo.sperre(tx, id);
    if (!i) throw ideeFehler.nichtGefunden();
    const istAdmin = rolleIn(konto, i.kommune_id) === 'admin';
    if (!(await repo.istMitglied(tx, i.kommune_id, v.kontoId))) throw ideeFehler.keinMitglied();
    if (!darfZuweisen(konto.id, istAdmin, i.verantwortlich_id, v.kontoId)) throw ideeFehler.zuweisenNichtErlaubt();
    // Die Frist verschiebt nur ein Admin; wer selbst übernimmt, übernimmt auch die Frist.
    if (v.entscheidenBis && !istAdmin) throw ideeFehler.zuweisenNichtErlaubt();
    await repo.setzeVerantwortung(tx, id, v.kontoId, v.entscheidenBis);
    await protokolliere(tx, {
      kommuneId: i.kommune_id,
      kontoId: konto.id,
      aktion: 'idee.verantwortung_gesetzt',
      objektTyp: 'kaizen_idee',
      objektId: id,
      details: { verantwortlich: v.kontoId, entscheidenBis: v.entscheidenBis ?? null },
    });
  });
}

export async function engpassListe(db: Db, kommuneId: string, jetzt = new Date()): Promise<EngpassListe> {
  const offen = await repo.offene(db, kommuneId);
  const items = offen
    .map((i) => ({
      ...i,
      gruende: engpaesse(
        { status: i.status, verantwortlichId: i.verantwortlichId, erstelltAm: new Date(i.erstelltAm), statusGeaendertAm: new Date(i.statusGeaendertAm), entscheidenBis: i.entscheidenBis, wiedervorlageAm: i.wiedervorlageAm },
        jetzt,
      ),
    }))
    .filter((i) => i.gruende.length > 0)
    .sort((a, b) => a.entscheidenBis.localeCompare(b.entscheidenBis));
  return { items };
}

// ---- Organisationseinheiten und Einstellung ------------------------------------------------------

export async function einheiten(db: Db, kommuneId: string) {
  return { items: await repo.einheiten(db, kommuneId) };
}

export async function legeEinheitAn(db: Db, konto: Konto, kommuneId: string, e: { name: string; beschaeftigte?: number | null }) {
  return db.k.transaction().execute(async (tx) => {
    const id = await repo.legeEinheitAn(tx, kommuneId, e.name, e.beschaeftigte ?? null);
    if (!id) throw ideeFehler.einheitDoppelt();
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: 'kaizen.einheit_angelegt', objektTyp: 'kaizen_einheit', objektId: id, details: { name: e.name, beschaeftigte: e.beschaeftigte ?? null } });
    return { id, name: e.name, beschaeftigte: e.beschaeftigte ?? null };
  });
}

export async function einstellung(db: Db, kommuneId: string) {
  return repo.einstellung(db.k, kommuneId);
}

export async function speichereEinstellung(db: Db, konto: Konto, kommuneId: string, e: { namenAus: boolean; beschaeftigte?: number | null }) {
  return db.k.transaction().execute(async (tx) => {
    const bisher = await repo.einstellung(tx, kommuneId);
    const neu = { namenAus: e.namenAus, beschaeftigte: e.beschaeftigte === undefined ? bisher.beschaeftigte : e.beschaeftigte };
    await repo.speichereEinstellung(tx, kommuneId, neu);
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: 'kaizen.einstellung_geaendert', objektTyp: 'kaizen_einstellung', objektId: null, details: neu });
    return neu;
  });
}

/** „Was steht an?“: Ideen, über die die Person als Verantwortliche entscheidet (nur ihre Kommunen). */
export async function anstehend(db: Db, konto: Konto): Promise<AnstehendPunkt[]> {
  const rows = await repo.zuEntscheiden(db, konto.id);
  return rows
    .filter((r) => rolleIn(konto, r.kommune_id) !== null)
    .map((r) => ({
      art: 'kaizen.idee.entscheiden',
      titel: `Idee entscheiden: „${r.problem.length > 70 ? `${r.problem.slice(0, 69)}…` : r.problem}“`,
      link: `/kaizen/ideen/${r.id}`,
      faellig: r.faellig,
      handeln: true,
      kommuneId: r.kommune_id,
    }));
}
