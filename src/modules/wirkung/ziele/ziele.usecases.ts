/**
 * Abläufe der Wirkungsziele: Ziele anlegen und ändern, Maßnahmen zuordnen, Wirkungslogik pflegen – jede
 * Änderung in einer Transaktion mit Audit-Eintrag.
 */
import type { Db, Tx } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import { darf, type Konto } from '../../../core/authz/policy.ts';
import { nurOutputGemessen } from '../messung/prognose.rules.ts';
import { zielFehler } from './ziele.errors.ts';
import * as repo from './ziele.repository.ts';
import { pruefeVerbindung } from './ziele.rules.ts';
import type { MassnahmeImZiel, VerbindungAnlegen, ZielAendern, ZielAnlegen, ZielDetail, ZielKurz } from './ziele.schemas.ts';
import type { LogikEbene } from './ziele.table.ts';

export const kommuneVonZiel = repo.kommuneVonZiel;

export async function liste(db: Db, kommuneId: string): Promise<{ items: ZielKurz[] }> {
  const rows = await repo.ziele(db.k, kommuneId);
  return {
    items: rows.map(({ indikatorStufen, ...z }) => ({ ...z, nurOutputGemessen: nurOutputGemessen(z.stufe, indikatorStufen) })),
  };
}

export async function detail(db: Db, konto: Konto, id: string): Promise<ZielDetail> {
  const z = await repo.ziel(db.k, id);
  if (!z) throw zielFehler.nichtGefunden();
  const [massnahmen, elemente, verbindungen, indikatoren] = await Promise.all([
    repo.massnahmenDesZiels(db.k, id, z.kommuneId),
    repo.elemente(db.k, id, z.kommuneId),
    repo.verbindungen(db.k, id, z.kommuneId),
    repo.indikatorenDesZiels(db.k, id, z.kommuneId),
  ]);
  return {
    ...z,
    massnahmen,
    elemente,
    verbindungen,
    indikatoren,
    hinweise: { nurOutputGemessen: nurOutputGemessen(z.stufe, indikatoren.map((i) => i.stufe)) },
    darfSchreiben: darf(konto, 'kommune.schreiben', z.kommuneId),
  };
}

export async function erstelle(db: Db, kontoId: string, input: ZielAnlegen): Promise<string> {
  return db.k.transaction().execute(async (tx) => {
    const id = await repo.fuegeZielEin(tx, kontoId, input);
    await protokolliere(tx, { kommuneId: input.kommuneId, kontoId, aktion: 'wirkungsziel.erstellt', objektTyp: 'wirkungsziel', objektId: id, details: { aussage: input.aussage, stufe: input.stufe } });
    return id;
  });
}

async function gesperrt(tx: Tx, id: string) {
  const z = await repo.sperreZiel(tx, id);
  if (!z) throw zielFehler.nichtGefunden();
  return z;
}

export async function aendere(db: Db, kontoId: string, id: string, input: ZielAendern): Promise<void> {
  await db.k.transaction().execute(async (tx) => {
    const z = await gesperrt(tx, id);
    await repo.aendereZiel(tx, id, z.kommune_id, input);
    await protokolliere(tx, { kommuneId: z.kommune_id, kontoId, aktion: 'wirkungsziel.geaendert', objektTyp: 'wirkungsziel', objektId: id, details: { ...input } });
  });
}

/** Ordnet eine bestehende Maßnahme der Kommune zu oder legt eine neue an und ordnet sie zu. */
export async function ordneMassnahmeZu(db: Db, kontoId: string, zielId: string, input: MassnahmeImZiel): Promise<string> {
  return db.k.transaction().execute(async (tx) => {
    const z = await gesperrt(tx, zielId);
    let massnahmeId: string;
    if ('massnahmeId' in input) {
      const m = await repo.massnahmeDerKommune(tx, input.massnahmeId, z.kommune_id);
      if (!m) throw zielFehler.massnahmeNichtGefunden('Maßnahme');
      massnahmeId = m.id;
    } else {
      massnahmeId = await repo.fuegeMassnahmeEin(tx, kontoId, z.kommune_id, input);
      await protokolliere(tx, { kommuneId: z.kommune_id, kontoId, aktion: 'massnahme.erstellt', objektTyp: 'massnahme', objektId: massnahmeId, details: { titel: input.titel, budget: input.budget } });
    }
    await repo.verknuepfeMassnahme(tx, z.kommune_id, massnahmeId, zielId);
    await protokolliere(tx, { kommuneId: z.kommune_id, kontoId, aktion: 'wirkungsziel.massnahme_zugeordnet', objektTyp: 'wirkungsziel', objektId: zielId, details: { massnahmeId } });
    return massnahmeId;
  });
}

export async function erstelleElement(db: Db, kontoId: string, zielId: string, ebene: LogikEbene, titel: string): Promise<string> {
  return db.k.transaction().execute(async (tx) => {
    const z = await gesperrt(tx, zielId);
    const id = await repo.fuegeElementEin(tx, z.kommune_id, zielId, ebene, titel);
    await protokolliere(tx, { kommuneId: z.kommune_id, kontoId, aktion: 'wirkungslogik.element_erstellt', objektTyp: 'wirkungsziel', objektId: zielId, details: { elementId: id, ebene, titel } });
    return id;
  });
}

export async function loescheElement(db: Db, kontoId: string, zielId: string, elementId: string): Promise<void> {
  await db.k.transaction().execute(async (tx) => {
    const z = await gesperrt(tx, zielId);
    const e = await repo.loescheElement(tx, elementId, zielId, z.kommune_id);
    if (!e) throw zielFehler.elementNichtGefunden('Element');
    await protokolliere(tx, { kommuneId: z.kommune_id, kontoId, aktion: 'wirkungslogik.element_geloescht', objektTyp: 'wirkungsziel', objektId: zielId, details: { elementId, titel: e.titel } });
  });
}

export async function erstelleVerbindung(db: Db, kontoId: string, zielId: string, v: VerbindungAnlegen): Promise<string> {
  return db.k.transaction().execute(async (tx) => {
    const z = await gesperrt(tx, zielId);
    const nach = await repo.element(tx, v.nach, zielId, z.kommune_id);
    if (!nach) throw zielFehler.elementNichtGefunden('Nach');
    const vonElement = await repo.element(tx, v.von, zielId, z.kommune_id);
    const vonMassnahme = vonElement ? undefined : await repo.massnahmeImZiel(tx, v.von, zielId, z.kommune_id);
    if (!vonElement && !vonMassnahme) throw zielFehler.elementNichtGefunden('Von');
    const p = pruefeVerbindung({ ebene: vonElement ? vonElement.ebene : 'massnahme', id: v.von }, { ebene: nach.ebene, id: nach.id });
    if (!p.ok) throw zielFehler.verbindung(p);
    if (await repo.verbindungVorhanden(tx, zielId, v.von, v.nach)) throw zielFehler.verbindungDoppelt();
    const id = await repo.fuegeVerbindungEin(tx, z.kommune_id, zielId, { vonMassnahmeId: vonMassnahme ? v.von : null, vonElementId: vonElement ? v.von : null, nach: v.nach, annahme: v.annahme });
    await protokolliere(tx, { kommuneId: z.kommune_id, kontoId, aktion: 'wirkungslogik.verbunden', objektTyp: 'wirkungsziel', objektId: zielId, details: { verbindungId: id, von: v.von, nach: v.nach, annahme: v.annahme } });
    return id;
  });
}

export async function loescheVerbindung(db: Db, kontoId: string, zielId: string, verbindungId: string): Promise<void> {
  await db.k.transaction().execute(async (tx) => {
    const z = await gesperrt(tx, zielId);
    if (!(await repo.loescheVerbindung(tx, verbindungId, zielId, z.kommune_id))) throw zielFehler.verbindungNichtGefunden();
    await protokolliere(tx, { kommuneId: z.kommune_id, kontoId, aktion: 'wirkungslogik.verbindung_geloescht', objektTyp: 'wirkungsziel', objektId: zielId, details: { verbindungId } });
  });
}
