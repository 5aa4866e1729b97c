/**
 * Abläufe der Priorisierung: Matrix aus erwarteter Wirkung und Aufwand je Maßnahme mit den bedienten Zielen,
 * frei gewordenes Budget aus dem Stop-Doing-Review, Zielkonflikte mit Beschreibung und Auflösung.
 */
import type { Db } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import { darf, type Konto } from '../../../core/authz/policy.ts';
import { freiesBudget } from '../ueberpruefung/ueberpruefung.rules.ts';
import { prioritaetFehler } from './prioritaet.errors.ts';
import * as repo from './prioritaet.repository.ts';
import { feld, reihenfolge } from './prioritaet.rules.ts';
import type { Einschaetzung, KonfliktAnlegen, PrioritaetAntwort } from './prioritaet.schemas.ts';

const zahl = (b: string | null) => (b === null ? null : Number(b));

export async function uebersicht(db: Db, konto: Konto | null | undefined, kommuneId: string): Promise<PrioritaetAntwort> {
  const [name, ms, zs, zuordnung, ks] = await Promise.all([
    repo.kommuneName(db.k, kommuneId), repo.massnahmen(db.k, kommuneId), repo.ziele(db.k, kommuneId), repo.zuordnungen(db.k, kommuneId), repo.konflikte(db.k, kommuneId),
  ]);
  const ziel = new Map(zs.map((z) => [z.id, z]));
  const items = reihenfolge(ms.map((m) => ({
    id: m.id,
    titel: m.titel,
    budget: zahl(m.budget),
    haushaltsprodukt: m.haushaltsprodukt,
    status: m.status,
    wirkungErwartet: m.wirkung_erwartet,
    aufwand: m.aufwand,
    feld: feld(m.wirkung_erwartet, m.aufwand),
    ziele: zuordnung.filter((x) => x.massnahme_id === m.id).map((x) => ziel.get(x.ziel_id)!).filter(Boolean),
  })));
  const aktiv = items.filter((m) => m.status === 'aktiv').reduce((a, m) => a + (m.budget ?? 0), 0);
  return {
    kommuneName: name,
    items,
    budgetAktiv: Math.round(aktiv * 100) / 100,
    budgetFrei: freiesBudget(items),
    ziele: zs,
    zielkonflikte: ks.map((k) => ({ id: k.id, zielA: ziel.get(k.ziel_a_id)!, zielB: ziel.get(k.ziel_b_id)!, beschreibung: k.beschreibung, aufloesung: k.aufloesung })),
    darfSchreiben: konto ? darf(konto, 'kommune.schreiben', kommuneId) : false,
  };
}

export async function schaetzeEin(db: Db, kontoId: string, massnahmeId: string, e: Einschaetzung) {
  return db.k.transaction().execute(async (tx) => {
    const m = await repo.sperreMassnahme(tx, massnahmeId);
    if (!m) throw prioritaetFehler.massnahmeNichtGefunden();
    await repo.setzeEinschaetzung(tx, massnahmeId, m.kommune_id, e.wirkungErwartet, e.aufwand);
    await protokolliere(tx, { kommuneId: m.kommune_id, kontoId, aktion: 'massnahme.eingeschaetzt', objektTyp: 'massnahme', objektId: massnahmeId, details: { vorher: { wirkungErwartet: m.wirkung_erwartet, aufwand: m.aufwand }, nachher: e } });
    return { id: massnahmeId, ...e };
  });
}

export async function erfasseKonflikt(db: Db, kontoId: string, k: KonfliktAnlegen): Promise<string> {
  if (k.zielA === k.zielB) throw prioritaetFehler.gleichesZiel();
  return db.k.transaction().execute(async (tx) => {
    const da = new Set((await repo.sperreZiele(tx, [k.zielA, k.zielB], k.kommuneId)).map((z) => z.id));
    if (!da.has(k.zielA)) throw prioritaetFehler.zielUnbekannt('Erstes Ziel');
    if (!da.has(k.zielB)) throw prioritaetFehler.zielUnbekannt('Zweites Ziel');
    if (await repo.konfliktVorhanden(tx, k.zielA, k.zielB)) throw prioritaetFehler.doppelt();
    const id = await repo.fuegeKonfliktEin(tx, { kommuneId: k.kommuneId, a: k.zielA, b: k.zielB, beschreibung: k.beschreibung, aufloesung: k.aufloesung, kontoId });
    await protokolliere(tx, { kommuneId: k.kommuneId, kontoId, aktion: 'zielkonflikt.erfasst', objektTyp: 'zielkonflikt', objektId: id, details: { zielA: k.zielA, zielB: k.zielB } });
    return id;
  });
}
