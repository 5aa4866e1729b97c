/**
 * Abläufe des Stop-Doing-Reviews: Maßnahmen einer Kommune mit Kosten, Zielen, Nachweis und Trend;
 * Entscheidungen fortführen / anpassen / beenden mit Begründung und Datum in einer Transaktion mit Audit.
 */
import type { Db } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import { darf, type Konto } from '../../../core/authz/policy.ts';
import type { AnstehendPunkt } from '../../../core/modul.ts';
import { entwicklung, type JahresWert } from '../messung/prognose.rules.ts';
import { pruefungFehler } from './ueberpruefung.errors.ts';
import * as repo from './ueberpruefung.repository.ts';
import { freiesBudget, nachweisStufe, naechstePruefung, pruefungAm, stehtAn, trend } from './ueberpruefung.rules.ts';
import type { MassnahmeImReview, PruefungAnlegen, ReviewAntwort } from './ueberpruefung.schemas.ts';

export const kommuneVonMassnahme = repo.kommuneVonMassnahme;

const heuteIso = () => new Date().toISOString().slice(0, 10);
const zahl = (b: string | null) => (b === null ? null : Number(b));

export async function review(db: Db, konto: Konto, kommuneId: string): Promise<ReviewAntwort> {
  const [ms, ziele, { indikatoren, werte }, verlauf] = await Promise.all([
    repo.massnahmen(db.k, [kommuneId]),
    repo.zieleDerMassnahmen(db.k, kommuneId),
    repo.indikatorenMitWerten(db.k, kommuneId),
    repo.pruefungen(db.k, kommuneId),
  ]);
  const werteJe = new Map<string, JahresWert[]>();
  for (const w of werte) werteJe.set(w.indikator_id, [...(werteJe.get(w.indikator_id) ?? []), { jahr: w.jahr, wert: w.wert }]);
  const heute = heuteIso();
  const items: MassnahmeImReview[] = ms.map((m) => {
    const zs = ziele.filter((z) => z.massnahme_id === m.id).map((z) => ({ id: z.id, aussage: z.aussage }));
    const zielIds = new Set(zs.map((z) => z.id));
    const inds = indikatoren
      .filter((i) => i.ziel_id !== null && zielIds.has(i.ziel_id))
      .map((i) => ({ id: i.id, name: i.name, stufe: i.stufe, entwicklung: entwicklung(werteJe.get(i.id) ?? [], i.richtung) }));
    const am = m.status === 'aktiv' ? pruefungAm(m.naechste, m.angelegt) : null;
    return {
      id: m.id,
      titel: m.titel,
      budget: zahl(m.budget),
      haushaltsprodukt: m.haushaltsprodukt,
      evidenz: m.evidenz,
      status: m.status,
      pruefungAm: am,
      stehtAn: am !== null && stehtAn(am, heute),
      ziele: zs,
      nachweisStufe: nachweisStufe(inds.map((i) => i.stufe)),
      trend: trend(inds.map((i) => i.entwicklung)),
      indikatoren: inds,
      verlauf: verlauf.filter((p) => p.massnahme_id === m.id).map((p) => ({ id: p.id, entscheidung: p.entscheidung, begruendung: p.begruendung, datum: p.datum, naechstePruefung: p.naechste, von: p.von })),
    };
  });
  const aktiv = items.filter((m) => m.status === 'aktiv').reduce((a, m) => a + (m.budget ?? 0), 0);
  return { items, budgetAktiv: Math.round(aktiv * 100) / 100, budgetFrei: freiesBudget(items), darfSchreiben: darf(konto, 'kommune.schreiben', kommuneId) };
}

export async function entscheide(db: Db, kontoId: string, massnahmeId: string, input: PruefungAnlegen) {
  if (!input.begruendung) throw pruefungFehler.begruendungFehlt();
  if (input.datum > heuteIso()) throw pruefungFehler.datumInZukunft();
  return db.k.transaction().execute(async (tx) => {
    const m = await repo.sperreMassnahme(tx, massnahmeId);
    if (!m) throw pruefungFehler.nichtGefunden();
    if (m.status === 'beendet' && input.entscheidung === 'beenden') throw pruefungFehler.schonBeendet();
    const naechste = naechstePruefung(input.entscheidung, input.datum);
    const status = input.entscheidung === 'beenden' ? 'beendet' as const : 'aktiv' as const;
    const id = await repo.fuegePruefungEin(tx, { kommuneId: m.kommune_id, massnahmeId, kontoId, entscheidung: input.entscheidung, begruendung: input.begruendung, datum: input.datum, naechste });
    await repo.setzeStatus(tx, massnahmeId, m.kommune_id, status, naechste);
    await protokolliere(tx, {
      kommuneId: m.kommune_id, kontoId, aktion: 'massnahme.geprueft', objektTyp: 'massnahme', objektId: massnahmeId,
      details: { pruefungId: id, entscheidung: input.entscheidung, datum: input.datum, statusVorher: m.status, status, budget: zahl(m.budget) },
    });
    return { id, status, naechstePruefung: naechste };
  });
}

/** „Was steht an?“: aktive Maßnahmen, deren jährliche Prüfung erreicht ist oder in vier Wochen ansteht. */
export async function anstehend(db: Db, konto: Konto): Promise<AnstehendPunkt[]> {
  const kommunen = konto.mitgliedschaften.map((m) => m.kommuneId).filter((k) => darf(konto, 'kommune.schreiben', k));
  const heute = heuteIso();
  return (await repo.massnahmen(db.k, kommunen))
    .filter((m) => m.status === 'aktiv')
    .map((m) => ({ m, am: pruefungAm(m.naechste, m.angelegt) }))
    .filter((x) => stehtAn(x.am, heute))
    .map(({ m, am }) => ({ art: 'wirkung.massnahme.pruefen', titel: `Maßnahme „${m.titel}“ prüfen: fortführen, anpassen oder beenden?`, link: '/wirkung/pruefung', faellig: am, handeln: true, kommuneId: m.kommune_id }));
}
