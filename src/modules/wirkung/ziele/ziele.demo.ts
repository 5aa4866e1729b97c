/**
 * Demo-Inhalte der Wirkungsziele (nur mit opts.demo, idempotent): Gießen bekommt zwei Ziele mit Maßnahmen,
 * Wirkungslogik und eigenen Indikatoren mit Werten, damit die Seiten nicht leer sind. Die Zahlen sind
 * erfundene, aber plausible Demowerte – keine amtlichen Daten. Wenige Anweisungen (Mehrzeilen-Inserts).
 */
import type { Db } from '../../../core/db/db.ts';
import type { StartOptionen } from '../../../core/modul.ts';

const GIESSEN = '065310005005';
const AUTOR = 'admin@giessen.example';
const MERKMAL = 'Wartezeit im Bürgerbüro: Anliegen ohne lange Wartezeit erledigen';

const jahre = (start: number, werte: number[]) => werte.map((wert, i) => ({ jahr: start + i, wert }));

export async function demoWirkungsziele(db: Db, opts: StartOptionen): Promise<void> {
  if (!opts.demo) return;
  if (!(await db.k.selectFrom('kommune').select('id').where('id', '=', GIESSEN).executeTakeFirst())) return;
  if (await db.k.selectFrom('wirkungsziel').select('id').where('kommune_id', '=', GIESSEN).where('aussage', '=', MERKMAL).executeTakeFirst()) return;
  const autor = (await db.k.selectFrom('konto').select('id').where('email', '=', AUTOR).executeTakeFirst())?.id ?? null;
  await db.k.transaction().execute(async (tx) => {
    const [wartezeit, kita] = await tx.insertInto('wirkungsziel').values([
      { kommune_id: GIESSEN, aussage: MERKMAL, zielgruppe: 'Bürgerinnen und Bürger mit Anliegen vor Ort', handlungsfeld: 'Verwaltungshandeln', verantwortlich: 'Bürgerbüro', stufe: 5, iooi: 'outcome', sdg: 16, erstellt_von: autor },
      { kommune_id: GIESSEN, aussage: 'Familien finden rechtzeitig einen Betreuungsplatz für Kinder unter drei Jahren', zielgruppe: 'Familien mit Kindern unter drei Jahren', handlungsfeld: null, verantwortlich: 'Jugendamt, Abteilung Kindertagesbetreuung', stufe: 6, iooi: 'outcome', sdg: 4, erstellt_von: autor },
    ]).returning('id').execute();
    const [termine, samstag, tagespflege] = await tx.insertInto('massnahme').values([
      { kommune_id: GIESSEN, titel: 'Online-Terminvergabe im Bürgerbüro', budget: 18500, haushaltsprodukt: '12.20.01 Bürgerservice', evidenz: 'Seit der Einführung 2021 sinkt die mittlere Wartezeit ohne Termin.', wirkung_erwartet: 4, aufwand: 2, naechste_pruefung: '2027-03-31', erstellt_von: autor },
      { kommune_id: GIESSEN, titel: 'Zusätzliche Öffnung am Samstagvormittag', budget: 42000, haushaltsprodukt: '12.20.01 Bürgerservice', evidenz: 'Wenig genutzt: im Mittel elf Vorsprachen je Samstag.', wirkung_erwartet: 2, aufwand: 4, naechste_pruefung: '2026-12-15', erstellt_von: autor },
      { kommune_id: GIESSEN, titel: 'Kindertagespflege ausbauen (Qualifizierung und Zuschüsse)', budget: 420000, haushaltsprodukt: '36.10.02 Kindertagespflege', evidenz: '', wirkung_erwartet: 4, aufwand: 4, naechste_pruefung: '2027-06-30', erstellt_von: autor },
    ]).returning('id').execute();
    await tx.insertInto('massnahme_ziel').values([
      { kommune_id: GIESSEN, massnahme_id: termine!.id, ziel_id: wartezeit!.id },
      { kommune_id: GIESSEN, massnahme_id: samstag!.id, ziel_id: wartezeit!.id },
      { kommune_id: GIESSEN, massnahme_id: tagespflege!.id, ziel_id: kita!.id },
    ]).execute();
    const [online, kuerzer, vertrauen, plaetze] = await tx.insertInto('wirkungslogik_element').values([
      { kommune_id: GIESSEN, ziel_id: wartezeit!.id, ebene: 'output', titel: 'Sieben von zehn Vorsprachen laufen mit Termin' },
      { kommune_id: GIESSEN, ziel_id: wartezeit!.id, ebene: 'outcome', titel: 'Kürzere Wartezeit vor Ort' },
      { kommune_id: GIESSEN, ziel_id: wartezeit!.id, ebene: 'impact', titel: 'Vertrauen in eine verlässliche Verwaltung' },
      { kommune_id: GIESSEN, ziel_id: kita!.id, ebene: 'output', titel: '60 zusätzliche Plätze in der Tagespflege' },
    ]).returning('id').execute();
    await tx.insertInto('wirkungslogik_verbindung').values([
      { kommune_id: GIESSEN, ziel_id: wartezeit!.id, von_massnahme_id: termine!.id, nach_element_id: online!.id, annahme: 'Viele buchen lieber einen Termin, als zu warten.' },
      { kommune_id: GIESSEN, ziel_id: wartezeit!.id, von_element_id: online!.id, nach_element_id: kuerzer!.id, annahme: 'Planbare Termine glätten die Spitzen am Vormittag.' },
      { kommune_id: GIESSEN, ziel_id: wartezeit!.id, von_element_id: kuerzer!.id, nach_element_id: vertrauen!.id, annahme: '' },
      { kommune_id: GIESSEN, ziel_id: kita!.id, von_massnahme_id: tagespflege!.id, nach_element_id: plaetze!.id, annahme: 'Genug Tagespflegepersonen lassen sich qualifizieren.' },
    ]).execute();
    const [warten, zufrieden, neuePlaetze] = await tx.insertInto('eigener_indikator').values([
      { kommune_id: GIESSEN, name: 'Mittlere Wartezeit ohne Termin', einheit: 'Minuten', richtung: 'niedrig', rba: 'wie_gut', verantwortlich: 'Bürgerbüro', pflegt_konto_id: autor, rhythmus: 'jaehrlich', basis_wert: 42, basis_jahr: 2018, ziel_wert: 10, ziel_jahr: 2027, ziel_id: wartezeit!.id, stufe: 5, erstellt_von: autor },
      { kommune_id: GIESSEN, name: 'Zufriedenheit mit dem Bürgerbüro (Befragung)', einheit: '%', richtung: 'hoch', rba: 'besser_gestellt', verantwortlich: 'Bürgerbüro', pflegt_konto_id: autor, rhythmus: 'jaehrlich', basis_wert: 70, basis_jahr: 2018, ziel_wert: 80, ziel_jahr: 2027, ziel_id: wartezeit!.id, stufe: 6, erstellt_von: autor },
      { kommune_id: GIESSEN, name: 'Neu geschaffene Plätze in der Kindertagespflege', einheit: 'Plätze', richtung: 'hoch', rba: 'wie_viel', verantwortlich: 'Jugendamt, Abteilung Kindertagesbetreuung', pflegt_konto_id: autor, rhythmus: 'halbjaehrlich', basis_wert: 0, basis_jahr: 2022, ziel_wert: 60, ziel_jahr: 2026, ziel_id: kita!.id, stufe: 1, erstellt_von: autor },
    ]).returning('id').execute();
    await tx.updateTable('eigener_indikator').set({ gegenindikator_id: zufrieden!.id }).where('id', '=', warten!.id).execute();
    await tx.updateTable('eigener_indikator').set({ gegenindikator_id: warten!.id }).where('id', '=', zufrieden!.id).execute();
    const werte = [
      ...jahre(2017, [44, 42, 40, 37, 35, 33, 31, 30]).map((w) => ({ ...w, indikator_id: warten!.id })),
      ...jahre(2017, [71, 70, 68, 72, 74, 75, 73, 71]).map((w) => ({ ...w, indikator_id: zufrieden!.id })),
      ...jahre(2022, [8, 14, 21]).map((w) => ({ ...w, indikator_id: neuePlaetze!.id })),
    ];
    await tx.insertInto('eigener_indikator_wert').values(werte.map((w) => ({ kommune_id: GIESSEN, indikator_id: w.indikator_id, jahr: w.jahr, wert: w.wert }))).execute();
  });
  opts.log('Wirkung: Demo-Wirkungsziele für Gießen angelegt (2 Ziele, 3 Maßnahmen, 3 eigene Indikatoren).');
}
