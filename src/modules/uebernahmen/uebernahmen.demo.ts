/**
 * Demo content of transfer projects (only with LOTSE_DEMO != 0; idempotent): one well-adopted solution with
 * report-backs (with consent) from eight Kommunen – so the public figures show –, a running project of
 * Gießen in phase „Anpassen“, and one project of Marburg aborted with its reason. Bulk inserts only.
 */
import { sql } from 'kysely';
import type { Db } from '../../core/db/db.ts';
import type { StartOptionen } from '../../core/modul.ts';
import { ARBEITS_PHASEN, STANDARD_CHECKLISTE } from './projekte/projekte.rules.ts';
import type { RueckmeldungAnlass, UebernahmePhase } from './uebernahmen.table.ts';
import { aktualisiereNutzung } from './rueckmeldungen/nutzung.ts';

const GIESSEN = '065310005005';
const MARBURG = '065340014014';

/** What the adopters report (written for this demo; effort in person-days, cost in euro, Wirkungstreppe step). */
const BERICHTE: { aufwand: number; kosten: number; stufe: number; anpassungen: string; belege: string }[] = [
  { aufwand: 14, kosten: 3200, stufe: 4, anpassungen: 'Formulartexte an unsere Satzung angepasst; Terminarten für das Standesamt ergänzt.', belege: 'Wartezeit im Bürgerbüro laut eigener Zählung von 35 auf 12 Minuten gesunken.' },
  { aufwand: 18, kosten: 4800, stufe: 5, anpassungen: 'Anbindung an unser Fachverfahren im Einwohnermeldewesen über die vorhandene Schnittstelle.', belege: 'Zwei Drittel der Termine werden online gebucht; Beschwerden über Warteschlangen sind ausgeblieben.' },
  { aufwand: 9, kosten: 1500, stufe: 3, anpassungen: 'Ohne Änderungen übernommen, nur Öffnungszeiten und Logo.', belege: 'Rund 40 Online-Buchungen pro Woche nach drei Monaten.' },
  { aufwand: 22, kosten: 6100, stufe: 4, anpassungen: 'Barrierearme Variante der Buchungsseite mit einfacher Sprache ergänzt.', belege: 'Befragung am Schalter: 81 % finden die Terminbuchung einfach.' },
  { aufwand: 16, kosten: 2900, stufe: 4, anpassungen: 'Gemeinsamer Terminkalender für zwei Außenstellen eingerichtet.', belege: 'Leerlaufzeiten der Sachbearbeitung um etwa ein Viertel gesunken (Zeitaufschreibung).' },
  { aufwand: 30, kosten: 9800, stufe: 5, anpassungen: 'Erinnerungsmails und Absagefunktion ergänzt, Datenschutzfolgenabschätzung erstellt.', belege: 'Nicht wahrgenommene Termine von 14 % auf 5 % gesunken.' },
  { aufwand: 12, kosten: 2400, stufe: 2, anpassungen: 'Nur für die Kfz-Zulassung eingeführt.', belege: 'Noch wenige Buchungen; Werbung im Amtsblatt geplant.' },
];

export async function demoUebernahmen(db: Db, opts: StartOptionen): Promise<void> {
  if (!opts.demo) return;
  if (await db.k.selectFrom('uebernahme').select('id').where('kommune_id', '=', GIESSEN).limit(1).executeTakeFirst()) return;
  const t0 = Date.now();
  // Three published German solutions of Kommunen outside Gießen and Marburg (the catalogue of the demo).
  const loesungen = await db.k
    .selectFrom('loesung')
    .select(['id', 'kommune_id', 'version', 'kontakt', 'titel'])
    .where('status', '=', 'veroeffentlicht')
    .where('sprache', '=', 'de')
    .where('kommune_id', 'is not', null)
    .where('kommune_id', 'not in', [GIESSEN, MARBURG])
    // German titles first (the benchmark catalogue also holds a few English ones).
    .orderBy(sql`titel ~ '[äöüÄÖÜß]'`, 'desc')
    .orderBy('external_id')
    .limit(3)
    .execute();
  if (loesungen.length < 3) return opts.log('Demo-Übernahmen: zu wenige Lösungen im Katalog – übersprungen');
  const [haupt, zweite, dritte] = loesungen;
  // Adopters of the main solution: Hessian Gemeinden under 10,000 inhabitants and a few towns.
  const klein = await db.k.selectFrom('kommune').select('id').where('land', '=', 'HE').where('typ', '=', 'Gemeinde').where('groessenklasse', '=', 7).where('id', '!=', haupt.kommune_id!).orderBy('einwohner', 'desc').limit(4).execute();
  const staedte = await db.k.selectFrom('kommune').select('id').where('land', '=', 'HE').where('typ', '=', 'Stadt').where('groessenklasse', '=', 6).where('id', '!=', haupt.kommune_id!).orderBy('einwohner', 'desc').limit(3).execute();
  const konten = new Map((await db.k.selectFrom('konto').select(['id', 'email']).where('email', 'in', ['mitarbeit@giessen.example', 'admin@marburg.example']).execute()).map((k) => [k.email, k.id]));

  type Projekt = { kommune: string; loesung: (typeof loesungen)[number]; phase: UebernahmePhase; golive: string | null; grund?: string; verantwortlich?: string; bericht?: number };
  const projekte: Projekt[] = [
    ...[...klein, ...staedte].map((k, i) => ({ kommune: k.id, loesung: haupt, phase: (i % 3 === 2 ? 'verstetigen' : 'abgeschlossen') as UebernahmePhase, golive: `2025-0${1 + (i % 8)}-15`, bericht: i })),
    { kommune: GIESSEN, loesung: zweite, phase: 'anpassen', golive: null, verantwortlich: konten.get('mitarbeit@giessen.example') },
    { kommune: MARBURG, loesung: dritte, phase: 'abgebrochen', golive: null, grund: 'Das vorausgesetzte Fachverfahren läuft bei uns in einer älteren Version; ein Update ist erst 2027 im Haushalt vorgesehen.', verantwortlich: konten.get('admin@marburg.example') },
  ];
  await db.k.transaction().execute(async (tx) => {
    const ids = await tx
      .insertInto('uebernahme')
      .values(projekte.map((p) => ({
        kommune_id: p.kommune, loesung_id: p.loesung.id, loesung_version: p.loesung.version, herkunft_kommune_id: p.loesung.kommune_id, herkunft_kontakt: p.loesung.kontakt,
        phase: p.phase, abbruch_grund: p.grund ?? null, golive_am: p.golive, verantwortlich_id: p.verantwortlich ?? null, erstellt_am: p.golive ? `${Number(p.golive.slice(0, 4)) - 1}-10-01` : '2026-09-01',
      })))
      .returning('id')
      .execute();
    const verlauf = projekte.flatMap((p, i) => {
      const bis = p.phase === 'abgebrochen' ? ['verstehen', 'anpassen', 'abgebrochen'] : [...ARBEITS_PHASEN.slice(0, ARBEITS_PHASEN.indexOf(p.phase === 'abgeschlossen' ? 'verstetigen' : (p.phase as (typeof ARBEITS_PHASEN)[number])) + 1), ...(p.phase === 'abgeschlossen' ? ['abgeschlossen'] : [])];
      return bis.map((phase, j) => ({ uebernahme_id: ids[i].id, kommune_id: p.kommune, phase: phase as UebernahmePhase, grund: phase === 'abgebrochen' ? p.grund! : null, konto_id: p.verantwortlich ?? null, am: new Date(Date.UTC(2024, 9 + j * 2, 1 + i)) }));
    });
    await tx.insertInto('uebernahme_verlauf').values(verlauf).execute();
    await tx.insertInto('uebernahme_punkt').values(projekte.flatMap((p, i) => ARBEITS_PHASEN.flatMap((ph, pi) => STANDARD_CHECKLISTE[ph].map((text, j) => ({
      uebernahme_id: ids[i].id, kommune_id: p.kommune, phase: ph, position: pi * 10 + j, text, erledigt: p.phase === 'abgeschlossen' || (p.phase === 'anpassen' && ph === 'verstehen') || (p.phase === 'verstetigen' && ph !== 'verstetigen'),
    }))))).execute();
    const g = projekte.findIndex((p) => p.kommune === GIESSEN);
    await tx.insertInto('uebernahme_meilenstein').values([
      { uebernahme_id: ids[g].id, kommune_id: GIESSEN, phase: 'anpassen', titel: 'Transferplan mit der lokalen Gruppe abstimmen', verantwortlich: 'Jonas Weber', faellig_am: '2026-12-15' },
      { uebernahme_id: ids[g].id, kommune_id: GIESSEN, phase: 'anpassen', titel: 'Personalrat beteiligen', verantwortlich: 'Hauptamt', faellig_am: '2027-01-31' },
      { uebernahme_id: ids[g].id, kommune_id: GIESSEN, phase: 'uebernehmen', titel: 'Pilotbetrieb im Bürgerbüro', verantwortlich: 'Bürgerbüro', faellig_am: '2027-04-01' },
    ]).execute();
    await tx.insertInto('uebernahme_dokument').values({ uebernahme_id: ids[g].id, kommune_id: GIESSEN, titel: 'Protokoll der Hospitation in der Herkunftskommune', url: 'https://www.giessen.de/' }).execute();
    const anlaesse: RueckmeldungAnlass[] = ['golive', '6-monate'];
    await tx.insertInto('uebernahme_rueckmeldung').values(projekte.flatMap((p, i) => (p.bericht === undefined ? [] : anlaesse.map((anlass, j) => {
      const b = BERICHTE[p.bericht! % BERICHTE.length];
      return { uebernahme_id: ids[i].id, kommune_id: p.kommune, loesung_id: p.loesung.id, anlass, aufwand_personentage: b.aufwand + j * 2, kosten_euro: b.kosten, wirkungsstufe: Math.max(1, b.stufe - (j ? 0 : 1)), anpassungen: b.anpassungen, belege: b.belege, oeffentlich: true, erstellt_am: sql<Date>`${p.golive}::date + ${j * 6} * interval '1 month'` as unknown as Date };
    })))).execute();
    for (const l of loesungen) await aktualisiereNutzung(tx, l.id);
    await tx.insertInto('loesung_voraussetzung').values({ loesung_id: zweite.id, kommune_id: zweite.kommune_id, daten: JSON.stringify({ bausteine: ['dms', 'formularserver'], fachverfahren: [], groessenklasseVon: 3, groessenklasseBis: 7, budgetEuro: 15000, personentage: 25, rechtsgrundlageLaender: [], rechtsgrundlageText: '' }) }).onConflict((oc) => oc.doNothing()).execute();
  });
  opts.log(`Demo-Übernahmen: ${projekte.length} Projekte, Rückmeldungen für „${haupt.titel}“ (${Date.now() - t0} ms)`);
}
