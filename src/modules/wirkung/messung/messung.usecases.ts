/**
 * Abläufe der eigenen Indikatoren: anlegen (mit Gegenindikator-Paarung), Werte erfassen, CSV/XLSX importieren
 * (alles oder nichts), Liste und Detail mit Prognose und Hinweisen.
 */
import type { Db } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import { darf, type Konto } from '../../../core/authz/policy.ts';
import type { AnstehendPunkt } from '../../../core/modul.ts';
import { frischeJeEinheit, istUeberfaellig, naechsterWertFaellig, stichtag } from './frische.rules.ts';
import { pruefeImport, type ImportWert } from './import.rules.ts';
import { leseCsv, leseXlsx } from './import.lesen.ts';
import { messungFehler } from './messung.errors.ts';
import * as repo from './messung.repository.ts';
import type { Handprognose, IndikatorAnlegen, IndikatorDetail, IndikatorKurz, WertAnlegen } from './messung.schemas.ts';
import { gegenindikatorWarnung, jahresreihe, prognose, zielKaumErreichbar, type JahresWert } from './prognose.rules.ts';

export const kommuneVonIndikator = repo.kommuneVonIndikator;
const heuteIso = () => new Date().toISOString().slice(0, 10);

type Zeile = Awaited<ReturnType<typeof repo.indikatoren>>[number];
type WertZeile = Awaited<ReturnType<typeof repo.werte>>[number];

function kurz(i: Zeile, alleWerte: Map<string, WertZeile[]>, alle: Map<string, Zeile>): IndikatorKurz {
  const w = alleWerte.get(i.id) ?? [];
  const reihe = jahresreihe(w.map((x) => ({ jahr: x.jahr, wert: x.wert })));
  const letzter = reihe.at(-1) ?? null;
  const letzterStichtag = w.length ? w.map(stichtag).sort().at(-1)! : null;
  const faellig = naechsterWertFaellig(letzterStichtag, i.angelegt, i.rhythmus);
  const p = prognose(w, i.ziel_jahr ?? undefined);
  const paar = i.gegenindikator_id ? alle.get(i.gegenindikator_id) : undefined;
  const werteVon = (x: WertZeile[]): JahresWert[] => x.map((y) => ({ jahr: y.jahr, wert: y.wert }));
  return {
    id: i.id, name: i.name, einheit: i.einheit, richtung: i.richtung, rba: i.rba, verantwortlich: i.verantwortlich, rhythmus: i.rhythmus,
    zielId: i.ziel_id, stufe: i.stufe, letzterWert: letzter, faellig,
    hinweise: {
      zielKaumErreichbar: i.ziel_wert !== null && i.ziel_jahr !== null ? zielKaumErreichbar(p, { wert: i.ziel_wert, jahr: i.ziel_jahr }, i.richtung) : null,
      gegenindikator: paar ? gegenindikatorWarnung({ werte: werteVon(w), richtung: i.richtung }, { werte: werteVon(alleWerte.get(paar.id) ?? []), richtung: paar.richtung }) : false,
      ueberfaellig: istUeberfaellig(faellig, heuteIso()),
    },
  };
}

function gruppiere(werte: WertZeile[]) {
  const m = new Map<string, WertZeile[]>();
  for (const w of werte) m.set(w.indikator_id, [...(m.get(w.indikator_id) ?? []), w]);
  return m;
}

export async function liste(db: Db, kommuneId: string): Promise<{ items: IndikatorKurz[] }> {
  const rows = await repo.indikatoren(db.k, kommuneId);
  const werte = gruppiere(await repo.werte(db.k, kommuneId, rows.map((r) => r.id)));
  const alle = new Map(rows.map((r) => [r.id, r]));
  return { items: rows.map((r) => kurz(r, werte, alle)) };
}

export async function detail(db: Db, konto: Konto, id: string): Promise<IndikatorDetail> {
  const i = await repo.indikator(db.k, id);
  if (!i) throw messungFehler.nichtGefunden();
  const paar = i.gegenindikator_id ? await repo.indikatoren(db.k, i.kommune_id).then((r) => r.find((x) => x.id === i.gegenindikator_id)) : undefined;
  const werte = gruppiere(await repo.werte(db.k, i.kommune_id, [i.id, ...(paar ? [paar.id] : [])]));
  const alle = new Map([[i.id, i], ...(paar ? [[paar.id, paar] as const] : [])]);
  const eigene = werte.get(i.id) ?? [];
  const hand = await repo.handprognose(db.k, i.id, i.kommune_id);
  return {
    ...kurz(i, werte, alle),
    kommuneId: i.kommune_id,
    basisWert: i.basis_wert, basisJahr: i.basis_jahr, zielWert: i.ziel_wert, zielJahr: i.ziel_jahr,
    zielAussage: i.ziel_aussage,
    gegenindikator: paar ? { id: paar.id, name: paar.name, richtung: paar.richtung } : null,
    werte: eigene.map((w) => ({ jahr: w.jahr, datum: w.datum, wert: w.wert, stadtteil: w.stadtteil, zielgruppe: w.zielgruppe })),
    jahresreihe: jahresreihe(eigene),
    prognose: prognose(eigene, i.ziel_jahr ?? undefined),
    handprognose: hand.map((h) => ({ jahr: h.jahr, wert: Number(h.wert) })),
    darfSchreiben: darf(konto, 'kommune.schreiben', i.kommune_id),
  };
}

export async function erstelle(db: Db, kontoId: string, input: IndikatorAnlegen): Promise<string> {
  return db.k.transaction().execute(async (tx) => {
    if (input.zielId && !(await repo.zielDerKommune(tx, input.zielId, input.kommuneId))) throw messungFehler.zielUnbekannt();
    if (input.gegenindikatorId && !(await repo.indikatorDerKommune(tx, input.gegenindikatorId, input.kommuneId))) throw messungFehler.gegenindikatorUnbekannt();
    const id = await repo.fuegeIndikatorEin(tx, kontoId, input);
    if (input.gegenindikatorId) await repo.paareGegenindikator(tx, id, input.gegenindikatorId, input.kommuneId);
    await protokolliere(tx, { kommuneId: input.kommuneId, kontoId, aktion: 'indikator.erstellt', objektTyp: 'eigener_indikator', objektId: id, details: { name: input.name } });
    return id;
  });
}

async function schreibeWerte(db: Db, kontoId: string, id: string, werte: ImportWert[], aktion: string) {
  await db.k.transaction().execute(async (tx) => {
    const i = await repo.sperreIndikator(tx, id);
    if (!i) throw messungFehler.nichtGefunden();
    await repo.fuegeWerteEin(tx, i.kommune_id, id, werte);
    await protokolliere(tx, { kommuneId: i.kommune_id, kontoId, aktion, objektTyp: 'eigener_indikator', objektId: id, details: { anzahl: werte.length } });
  });
}

export async function erfasseWert(db: Db, kontoId: string, id: string, w: WertAnlegen): Promise<void> {
  const heute = new Date();
  if (w.jahr > heute.getUTCFullYear()) throw messungFehler.jahrZukunft(w.jahr);
  if (w.datum && (Number(w.datum.slice(0, 4)) !== w.jahr || w.datum > heuteIso() || Number.isNaN(Date.parse(`${w.datum}T00:00:00Z`)))) throw messungFehler.datumPasstNicht();
  await schreibeWerte(db, kontoId, id, [{ jahr: w.jahr, datum: w.datum, wert: w.wert, stadtteil: w.stadtteil, zielgruppe: w.zielgruppe }], 'indikator.wert_erfasst');
}

/** Eigene Prognose setzen: ersetzt die bisherige; nur laufendes und künftige Jahre, jedes Jahr einmal. */
export async function setzeHandprognose(db: Db, kontoId: string, id: string, p: Handprognose): Promise<void> {
  const ab = new Date().getUTCFullYear();
  const gesehen = new Set<number>();
  for (const w of p.werte) {
    if (w.jahr < ab) throw messungFehler.handprognoseVergangenheit(w.jahr, ab);
    if (gesehen.has(w.jahr)) throw messungFehler.handprognoseDoppelt(w.jahr);
    gesehen.add(w.jahr);
  }
  const werte = [...p.werte].sort((a, b) => a.jahr - b.jahr);
  await db.k.transaction().execute(async (tx) => {
    const i = await repo.sperreIndikator(tx, id);
    if (!i) throw messungFehler.nichtGefunden();
    await repo.ersetzeHandprognose(tx, id, i.kommune_id, kontoId, werte);
    await protokolliere(tx, { kommuneId: i.kommune_id, kontoId, aktion: 'indikator.handprognose', objektTyp: 'eigener_indikator', objektId: id, details: { werte } });
  });
}

export async function importiere(db: Db, kontoId: string, id: string, format: 'csv' | 'xlsx', inhalt: string): Promise<{ importiert: number }> {
  let zeilen: string[][];
  try {
    zeilen = format === 'csv' ? leseCsv(inhalt) : await leseXlsx(inhalt);
  } catch {
    throw messungFehler.dateiUnlesbar(format);
  }
  const p = pruefeImport(zeilen);
  if (!p.ok) throw messungFehler.import(p.fehler);
  await schreibeWerte(db, kontoId, id, p.werte, 'indikator.importiert');
  return { importiert: p.werte.length };
}

/** „Was steht an?“: überfällige Indikatoren, die diese Person pflegt (nur ihre eigenen, nie die anderer). */
export async function anstehend(db: Db, konto: Konto): Promise<AnstehendPunkt[]> {
  const rows = await repo.gepflegteIndikatoren(db.k, konto.id);
  const heute = heuteIso();
  return rows
    .filter((r) => darf(konto, 'kommune.schreiben', r.kommune_id))
    .map((r) => ({ r, faellig: naechsterWertFaellig(r.letzter_stichtag, r.angelegt, r.rhythmus) }))
    .filter((x) => istUeberfaellig(x.faellig, heute))
    .map(({ r, faellig }) => ({ art: 'wirkung.indikator.ueberfaellig', titel: `Neuer Wert für Indikator „${r.name}“ fällig`, link: `/wirkung/indikatoren/${r.id}`, faellig, handeln: true, kommuneId: r.kommune_id }));
}

/** Anteil aktueller eigener Indikatoren je Organisationseinheit (für die Kommune-Administration; nie je Person). */
export async function frische(db: Db, kommuneId: string) {
  const { items } = await liste(db, kommuneId);
  return { items: frischeJeEinheit(items.map((i) => ({ verantwortlich: i.verantwortlich, ueberfaellig: i.hinweise.ueberfaellig }))) };
}
