import type { Db } from '../../core/db/db.ts';
import { protokolliere } from '../../core/audit.ts';
import type { StartOptionen } from '../../core/modul.ts';
import { erstelle, setzeStatus } from './bedarfe.usecases.ts';
import { pruefeUebergang, type BedarfStatus } from './bedarfe.rules.ts';
import type { Dringlichkeit } from './bedarfe.table.ts';
import type { Handlungsfeld } from '../loesungen/index.ts';

interface DemoBedarf {
  kommune: string;
  /** E-Mail des Demo-Kontos, das den Bedarf erfasst (fehlt es, bleibt der Bedarf ohne Autor*in). */
  autor: string;
  titel: string;
  beschreibung: string;
  handlungsfeld: Handlungsfeld | null;
  dringlichkeit: Dringlichkeit;
  alterTage: number;
  /** Schritte nach der Erfassung: `begleitung` = Lotse Hessen, `kommune` = Autor*in. Ein Schritt mit `loesung`
   *  schlägt die veröffentlichte Lösung mit diesem Titel vor (fehlt sie, endet die Folge dort). */
  schritte?: { nach: BedarfStatus; kommentar: string; wer?: 'begleitung' | 'kommune'; loesung?: string }[];
}

const GIESSEN = '065310005005';
const MARBURG = '065340014014';
const LOTSE = 'lotse@hessen.example';

export const DEMO_BEDARFE: DemoBedarf[] = [
  {
    kommune: GIESSEN,
    autor: 'mitarbeit@giessen.example',
    titel: 'Rechnungen laufen noch auf Papier',
    beschreibung:
      'Eingangsrechnungen werden bei uns ausgedruckt, von zwei Stellen abgezeichnet und per Hauspost an die Kämmerei geschickt. Das dauert oft zwei Wochen, Skonto geht verloren. Wir suchen einen digitalen Rechnungsworkflow, der zu unserem Finanzverfahren passt.',
    handlungsfeld: 'Verwaltungshandeln',
    dringlichkeit: 'hoch',
    alterTage: 35,
    schritte: [{ nach: 'in_klaerung', kommentar: 'Ich kläre, welches Finanzverfahren Sie nutzen, und melde mich mit Beispielen aus Hessen.' }],
  },
  {
    kommune: GIESSEN,
    autor: 'mitarbeit@giessen.example',
    titel: 'Knöllchen online bezahlen',
    beschreibung:
      'Bürgerinnen und Bürger fragen, warum sie Strafzettel nicht online bezahlen können. Heute kommen Überweisungen ohne Aktenzeichen, die wir von Hand zuordnen. Gesucht: Online-Bezahlung von Verwarnungsgeldern mit automatischer Zuordnung.',
    handlungsfeld: 'Recht & Ordnung',
    dringlichkeit: 'mittel',
    alterTage: 12,
  },
  {
    kommune: GIESSEN,
    autor: 'admin@giessen.example',
    titel: 'Glasfaser für die Ortsteile',
    beschreibung:
      'In zwei Ortsteilen fehlt schnelles Internet, Betriebe drohen abzuwandern. Wie haben andere Städte den Glasfaserausbau mit Netzbetreibern und Fördermitteln koordiniert?',
    handlungsfeld: 'Digitale Infrastruktur',
    dringlichkeit: 'mittel',
    alterTage: 60,
    schritte: [
      { nach: 'in_klaerung', kommentar: 'Suche nach Beispielen für kommunale Ausbaukoordination.' },
      { nach: 'keine_passende_loesung', kommentar: 'Im Katalog gibt es noch keine übertragbare Lösung für Städte dieser Größe. An die Transferstelle gemeldet.' },
    ],
  },
  {
    kommune: GIESSEN,
    autor: 'mitarbeit@giessen.example',
    titel: 'Ehrenamtliche und Vereine zusammenbringen',
    beschreibung:
      'Vereine suchen Helferinnen und Helfer, Freiwillige wissen nicht, wo sie gebraucht werden. Eine einfache Ehrenamtsbörse für die Stadt wäre hilfreich.',
    handlungsfeld: 'Ehrenamt & gesellschaftliches Engagement',
    dringlichkeit: 'niedrig',
    alterTage: 5,
  },
  {
    kommune: MARBURG,
    autor: 'admin@marburg.example',
    titel: 'Lange Schlangen im Bürgerbüro',
    beschreibung:
      'Montags und nach Feiertagen warten Menschen über eine Stunde auf einen Personalausweis. Wir möchten Termine online vergeben und Wartezeiten anzeigen.',
    handlungsfeld: 'Verwaltungshandeln',
    dringlichkeit: 'hoch',
    alterTage: 20,
    schritte: [
      { nach: 'in_klaerung', kommentar: 'Ich frage in Kassel und Wiesbaden nach deren Erfahrungen.' },
      {
        nach: 'loesungen_vorgeschlagen',
        loesung: 'Online-Terminvergabe für Bürgerbüro und Kfz-Zulassung',
        kommentar: 'Die Online-Terminvergabe hat anderswo die Wartezeiten deutlich gesenkt. Ansprechpartner stehen in der Lösung.',
      },
      { nach: 'in_umsetzung', wer: 'kommune', kommentar: 'Wir führen die Terminvergabe zum Quartalsbeginn ein.' },
    ],
  },
  {
    kommune: MARBURG,
    autor: 'admin@marburg.example',
    titel: 'Schlaglöcher und kaputte Laternen melden',
    beschreibung: 'Meldungen kommen per Telefon, E-Mail und Zettel. Wir suchen einen Mängelmelder mit Karte, der die Meldungen direkt an den Bauhof gibt.',
    handlungsfeld: 'Verkehr & Mobilität',
    dringlichkeit: 'mittel',
    alterTage: 3,
    schritte: [
      { nach: 'loesungen_vorgeschlagen', loesung: 'Mängelmelder-App für Straßenschäden', kommentar: 'Passt genau: Meldungen mit Foto und Karte, Weiterleitung an den Bauhof.' },
    ],
  },
];

/** Demo-Bedarfe für Gießen und Marburg (nur Demo, idempotent: läuft nur, solange es keine Demo-Bedarfe gibt). */
export async function demoBedarfe(db: Db, opts: StartOptionen): Promise<void> {
  if (!opts.demo) return;
  const schon = await db.k.selectFrom('bedarf').select('id').where('quelle', '=', 'demo').limit(1).executeTakeFirst();
  if (schon) return;
  const kommunen = new Set((await db.k.selectFrom('kommune').select('id').where('id', 'in', [GIESSEN, MARBURG]).execute()).map((k) => k.id));
  if (!kommunen.size) return;
  const emails = [...new Set([LOTSE, ...DEMO_BEDARFE.map((b) => b.autor)])];
  const konten = new Map((await db.k.selectFrom('konto').select(['id', 'email']).where('email', 'in', emails).execute()).map((k) => [k.email, k.id]));
  const lotse = konten.get(LOTSE) ?? null;
  let n = 0;
  await db.k.transaction().execute(async (tx) => {
    for (const d of DEMO_BEDARFE) {
      if (!kommunen.has(d.kommune)) continue;
      const id = await erstelle(db, konten.get(d.autor) ?? null, { kommuneId: d.kommune, titel: d.titel, beschreibung: d.beschreibung, handlungsfeld: d.handlungsfeld, dringlichkeit: d.dringlichkeit, quelle: 'demo' }, tx);
      const seit = new Date(Date.now() - d.alterTage * 86_400_000);
      await tx.updateTable('bedarf').set({ erstellt_am: seit, aktualisiert_am: seit, status_geaendert_am: seit }).where('id', '=', id).execute();
      await tx.updateTable('bedarf_status_aenderung').set({ zeitpunkt: seit }).where('bedarf_id', '=', id).execute();
      let status: BedarfStatus = 'neu';
      let vorschlaege = 0;
      for (const s of d.schritte ?? []) {
        const wer = s.wer ?? 'begleitung';
        if (s.loesung) {
          const l = await tx.selectFrom('loesung').select('id').where('titel', '=', s.loesung).where('status', '=', 'veroeffentlicht').executeTakeFirst();
          if (!l) break;
          await tx.insertInto('bedarf_vorschlag').values({ bedarf_id: id, kommune_id: d.kommune, loesung_id: l.id, notiz: s.kommentar, vorgeschlagen_von: lotse }).onConflict((oc) => oc.doNothing()).execute();
          await protokolliere(tx, { kommuneId: d.kommune, kontoId: lotse, aktion: 'bedarf.loesungen_vorgeschlagen', objektTyp: 'bedarf', objektId: id, details: { loesungIds: [l.id], notiz: s.kommentar } });
          vorschlaege++;
        }
        if (!pruefeUebergang(status, s.nach, [wer], { vorschlaege, kommentar: s.kommentar }).ok) break;
        await setzeStatus(tx, { id, kommune_id: d.kommune, status }, s.nach, s.kommentar, wer === 'kommune' ? (konten.get(d.autor) ?? null) : lotse);
        status = s.nach;
      }
      n++;
    }
  });
  opts.log(`Demo-Bedarfe angelegt: ${n}`);
}
