/**
 * Abläufe des Wirkungsdialogs: Sitzung zu einem Ziel oder einer Auswahl eigener Indikatoren anlegen (mit
 * vorausgewählten Gesprächspunkten), Einträge festhalten und eine Hypothese in einem Schritt zum Bedarf machen
 * (über bedarfe/index.ts). Jede Änderung in einer Transaktion mit `protokolliere()`.
 */
import type { Db } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import { darf, type Konto } from '../../../core/authz/policy.ts';
import { erstelleBedarf } from '../../bedarfe/index.ts';
import { indikatorenDerKommune as referenzIndikatoren } from '../indikatoren/indikatoren.usecases.ts';
import * as messung from '../messung/messung.usecases.ts';
import * as messungRepo from '../messung/messung.repository.ts';
import { dialogFehler } from './dialog.errors.ts';
import * as repo from './dialog.repository.ts';
import { gespraechspunkte, LEITFRAGEN, type Referenz } from './dialog.rules.ts';
import type { BedarfAusHypothese, DialogAnlegen, DialogDetail, EintragAnlegen } from './dialog.schemas.ts';

export const kommuneVonDialog = repo.kommuneVonDialog;

export async function liste(db: Db, konto: Konto, kommuneId: string) {
  const rows = await repo.liste(db.k, kommuneId);
  return {
    items: rows.map((r) => ({ id: r.id, titel: r.titel, datum: r.datum, ort: r.ort, ziel: r.ziel_id ? { id: r.ziel_id, aussage: r.ziel_aussage ?? '' } : null, indikatoren: Number(r.indikatoren ?? 0), teilnehmende: Number(r.teilnehmende ?? 0), hypothesen: Number(r.hypothesen ?? 0) })),
    darfSchreiben: darf(konto, 'kommune.schreiben', kommuneId),
  };
}

export async function detail(db: Db, konto: Konto | null, id: string): Promise<DialogDetail> {
  const d = await repo.dialog(db.k, id);
  if (!d) throw dialogFehler.nichtGefunden();
  const [name, ts, inds, es] = await Promise.all([
    repo.kommuneName(db.k, d.kommune_id), repo.teilnehmende(db.k, id, d.kommune_id), repo.indikatorenDesDialogs(db.k, id, d.kommune_id), repo.eintraege(db.k, id, d.kommune_id),
  ]);
  return {
    id: d.id, kommuneId: d.kommune_id, kommuneName: name, titel: d.titel, datum: d.datum, ort: d.ort,
    ziel: d.ziel_id ? { id: d.ziel_id, aussage: d.ziel_aussage ?? '' } : null,
    indikatoren: inds,
    teilnehmende: ts,
    leitfragen: LEITFRAGEN,
    eintraege: es.map((e) => ({ id: e.id, art: e.art, leitfrage: e.leitfrage, text: e.text, verantwortlich: e.verantwortlich, faellig: e.faellig, indikatorId: e.indikator_id, bedarfId: e.bedarf_id, herkunft: e.herkunft })),
    darfSchreiben: konto ? darf(konto, 'kommune.schreiben', d.kommune_id) : false,
  };
}

/** Vorausgewählte Gesprächspunkte für die genannten eigenen Indikatoren und die Referenzindikatoren der Kommune. */
async function punkteFuer(db: Db, kommuneId: string, indikatorIds: string[]) {
  const ids = new Set(indikatorIds);
  const [kurz, zeilen, werte] = await Promise.all([messung.liste(db, kommuneId), messungRepo.indikatoren(db.k, kommuneId), messungRepo.werte(db.k, kommuneId, [...ids])]);
  const zeile = new Map(zeilen.map((z) => [z.id, z]));
  const eigene = kurz.items.filter((i) => ids.has(i.id)).map((i) => {
    const z = zeile.get(i.id)!;
    const paar = z.gegenindikator_id ? zeile.get(z.gegenindikator_id) : undefined;
    return {
      id: i.id, name: i.name, einheit: i.einheit,
      werte: werte.filter((w) => w.indikator_id === i.id).map((w) => ({ jahr: w.jahr, wert: w.wert, stadtteil: w.stadtteil })),
      gegenindikator: paar ? { name: paar.name, warnung: i.hinweise.gegenindikator } : null,
      zielKaumErreichbar: i.hinweise.zielKaumErreichbar,
      ziel: z.ziel_wert !== null && z.ziel_jahr !== null ? { wert: z.ziel_wert, jahr: z.ziel_jahr } : null,
    };
  });
  // Kommune ohne Referenzdaten (z. B. ein Land) oder noch beim Laden: nur eigene Indikatoren.
  const referenz: Referenz[] = await referenzIndikatoren(db, kommuneId).then((a) => a.items, () => []);
  return gespraechspunkte(eigene, referenz);
}

export async function erstelle(db: Db, kontoId: string, input: DialogAnlegen): Promise<string> {
  const gewaehlt = [...new Set(input.indikatorIds)];
  if (!input.zielId && !gewaehlt.length) throw dialogFehler.ohneGegenstand();
  // Gegenstand prüfen, bevor gerechnet wird; in der Transaktion noch einmal (dort zählt es).
  const zielIndikatoren = input.zielId ? (await repo.indikatorenDesZiels(db.k, input.zielId, input.kommuneId)).map((i) => i.id) : [];
  const punkte = await punkteFuer(db, input.kommuneId, [...new Set([...zielIndikatoren, ...gewaehlt])]);
  return db.k.transaction().execute(async (tx) => {
    if (input.zielId && !(await repo.zielDerKommune(tx, input.zielId, input.kommuneId))) throw dialogFehler.zielUnbekannt();
    const da = new Set((await repo.indikatorenDerKommune(tx, gewaehlt, input.kommuneId)).map((i) => i.id));
    const fremd = gewaehlt.findIndex((i) => !da.has(i));
    if (fremd >= 0) throw dialogFehler.indikatorUnbekannt(`Indikator ${fremd + 1}`);
    const id = await repo.fuegeDialogEin(tx, kontoId, { kommuneId: input.kommuneId, titel: input.titel, datum: input.datum, ort: input.ort, zielId: input.zielId });
    await repo.fuegeTeilnahmeEin(tx, input.kommuneId, id, input.teilnehmende);
    await repo.fuegeIndikatorenEin(tx, input.kommuneId, id, gewaehlt);
    await repo.fuegeEintraegeEin(tx, input.kommuneId, id, punkte.map((p) => ({ art: 'gespraechspunkt', leitfrage: null, text: p.text.slice(0, 2000), verantwortlich: '', faellig: null, indikatorId: p.indikatorId, herkunft: p.herkunft })));
    await protokolliere(tx, {
      kommuneId: input.kommuneId, kontoId, aktion: 'wirkungsdialog.angelegt', objektTyp: 'wirkungsdialog', objektId: id,
      details: { titel: input.titel, datum: input.datum, zielId: input.zielId, indikatoren: gewaehlt.length, rollen: input.teilnehmende.map((t) => t.rolle), gespraechspunkte: punkte.length },
    });
    return id;
  });
}

export async function erfasseEintrag(db: Db, kontoId: string, dialogId: string, e: EintragAnlegen): Promise<string> {
  if (e.art === 'antwort' && !e.leitfrage) throw dialogFehler.leitfrageFehlt();
  return db.k.transaction().execute(async (tx) => {
    const d = await repo.sperreDialog(tx, dialogId);
    if (!d) throw dialogFehler.nichtGefunden();
    if (e.indikatorId && !(await repo.indikatorenDerKommune(tx, [e.indikatorId], d.kommune_id)).length) throw dialogFehler.indikatorUnbekannt('Indikator');
    const [id] = await repo.fuegeEintraegeEin(tx, d.kommune_id, dialogId, [{ ...e, herkunft: 'hand' }]);
    await protokolliere(tx, { kommuneId: d.kommune_id, kontoId, aktion: 'wirkungsdialog.eintrag', objektTyp: 'wirkungsdialog', objektId: dialogId, details: { eintragId: id, art: e.art, leitfrage: e.leitfrage } });
    return id!;
  });
}

const deDatum = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** Eine Hypothese wird in einem Schritt zum Bedarf der Kommune (Status „neu“); der Eintrag merkt sich den Bedarf. */
export async function hypotheseZuBedarf(db: Db, kontoId: string, dialogId: string, eintragId: string, b: BedarfAusHypothese): Promise<string> {
  return db.k.transaction().execute(async (tx) => {
    const d = await repo.sperreDialog(tx, dialogId);
    if (!d) throw dialogFehler.nichtGefunden();
    const e = await repo.sperreEintrag(tx, eintragId, dialogId, d.kommune_id);
    if (!e) throw dialogFehler.eintragNichtGefunden();
    if (e.art !== 'hypothese') throw dialogFehler.keineHypothese();
    if (e.bedarf_id) throw dialogFehler.schonBedarf();
    const titel = b.titel ?? (e.text.length > 200 ? `${e.text.slice(0, 199)}…` : e.text.padEnd(3, '.'));
    const beschreibung = `Hypothese aus dem Wirkungsdialog „${d.titel}“ vom ${deDatum(d.datum)}: ${e.text}`.slice(0, 10_000);
    const bedarfId = await erstelleBedarf(db, kontoId, { kommuneId: d.kommune_id, titel, beschreibung, dringlichkeit: b.dringlichkeit }, tx);
    await repo.setzeBedarf(tx, eintragId, d.kommune_id, bedarfId);
    await protokolliere(tx, { kommuneId: d.kommune_id, kontoId, aktion: 'wirkungsdialog.hypothese_zu_bedarf', objektTyp: 'wirkungsdialog', objektId: dialogId, details: { eintragId, bedarfId } });
    return bedarfId;
  });
}
