/** A small catalogue for the matcher's tests, inserted directly into `loesung`. */
import { sql } from 'kysely';
import type { Db } from '../../core/db/db.ts';

export interface TestLoesung {
  ext: string;
  titel: string;
  zusammenfassung: string;
  problem: string;
  ansatz?: string;
  handlungsfeld?: string;
  sprache?: 'de' | 'en';
  status?: string;
  kommune?: string;
  stufe?: number;
  tags?: string[];
}

export const TEST_LOESUNGEN: TestLoesung[] = [
  { ext: 'T-RECHNUNG', titel: 'Automatisierter Workflow für Rechnungen', zusammenfassung: 'Eingehende Rechnungen werden digital erfasst, sachlich geprüft und freigegeben.', problem: 'Papierbelege lagen wochenlang in Umlaufmappen, Skonto ging verloren.', handlungsfeld: 'Verwaltungshandeln', kommune: '065310005005', stufe: 4 },
  { ext: 'T-GLASFASER', titel: 'Glasfaserausbau im ländlichen Raum über einen Zweckverband', zusammenfassung: 'Mehrere Gemeinden bauen gemeinsam ein eigenes Netz und verpachten es an einen Betreiber.', problem: 'Kein Anbieter baute in den kleinen Ortsteilen aus.', handlungsfeld: 'Digitale Infrastruktur', kommune: '092760130130', stufe: 3 },
  { ext: 'T-VERWARNUNG', titel: 'Verwarnungsgeld mobil erfassen', zusammenfassung: 'Der Ordnungsdienst erfasst Parkverstöße mit dem Smartphone, der Bescheid wird automatisch erstellt.', problem: 'Handschriftliche Zettel mussten im Büro abgetippt werden.', handlungsfeld: 'Recht & Ordnung', stufe: 5 },
  { ext: 'T-BUERGERBUERO', titel: 'Bürgerbüro mit Online-Terminvergabe', zusammenfassung: 'Termine im Bürgerbüro werden online gebucht, Wartezeiten sinken.', problem: 'Lange Schlangen vor dem Bürgerbüro am Montagmorgen.', handlungsfeld: 'Verwaltungshandeln', kommune: '065310011011' },
  { ext: 'T-MAENGEL', titel: 'Kommunaler Mängelmelder', zusammenfassung: 'Über eine App und die Webseite melden Menschen Schäden im öffentlichen Raum mit Foto und Standort.', problem: 'Meldungen kamen per Telefon und gingen verloren.', handlungsfeld: 'Verwaltungshandeln' },
  { ext: 'T-EN-POTHOLE', sprache: 'en', titel: 'Citizen app for reporting potholes', zusammenfassung: 'Residents report damaged roads and broken street lights through a smartphone app.', problem: 'Road damage was reported late and repairs took months.', handlungsfeld: 'Verkehr & Mobilität' },
  { ext: 'T-EN-INVOICE', sprache: 'en', titel: 'Electronic invoicing for suppliers', zusammenfassung: 'Suppliers send invoices electronically; payment is approved in a workflow.', problem: 'Paper invoices were slow and often lost.', handlungsfeld: 'Verwaltungshandeln' },
  { ext: 'T-EHRENAMT', titel: 'Ehrenamtsbörse im Landkreis', zusammenfassung: 'Vereine und Initiativen finden über eine Online-Börse Freiwillige für ihre Projekte.', problem: 'Vereinen fehlte Nachwuchs, Interessierte fanden keine passenden Angebote.', handlungsfeld: 'Ehrenamt & gesellschaftliches Engagement' },
  { ext: 'T-SPRACHE', titel: 'Sprachcafés für Geflüchtete', zusammenfassung: 'Ehrenamtliche bieten wöchentliche Treffen zum Deutschlernen an.', problem: 'Wartelisten bei Integrationskursen waren lang.', handlungsfeld: 'Soziales & Jugend' },
  { ext: 'T-HITZE', titel: 'Hitzeaktionsplan für die Stadt', zusammenfassung: 'Kühle Orte, Trinkbrunnen und Warnungen schützen ältere Menschen bei Hitzewellen.', problem: 'In heißen Sommern stieg die Zahl der Notfälle bei Älteren.', handlungsfeld: 'Gesundheit & Pflege', stufe: 4 },
  { ext: 'T-KITA', titel: 'Zentrale Platzvergabe für Kindertagesstätten', zusammenfassung: 'Eltern melden ihr Kind online für alle Einrichtungen an.', problem: 'Eltern standen auf vielen Wartelisten gleichzeitig.', handlungsfeld: 'Bildung' },
  { ext: 'T-ENTWURF', titel: 'Rechnungsworkflow im Entwurf', zusammenfassung: 'Noch nicht veröffentlicht: Rechnungen, Workflow, Glasfaser, Verwarnungsgeld.', problem: 'Entwurf.', status: 'entwurf' },
];

export async function fuegeTestLoesungenEin(db: Db, liste: TestLoesung[] = TEST_LOESUNGEN): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const l of liste) {
    const r = await sql<{ id: string }>`
      insert into loesung (external_id, kommune_id, status, sprache, titel, zusammenfassung, problem, ansatz, handlungsfeld, tags, wirkungsstufe)
      values (${l.ext}, ${l.kommune ?? null}, ${l.status ?? 'veroeffentlicht'}, ${l.sprache ?? 'de'}, ${l.titel}, ${l.zusammenfassung}, ${l.problem},
        ${l.ansatz ?? ''}, ${l.handlungsfeld ?? null}, ${l.tags ?? []}::text[], ${l.stufe ?? null})
      returning id`.execute(db.k);
    ids.set(l.ext, r.rows[0].id);
  }
  return ids;
}
