
/**
 * Fachlogik des Verzeichnisses der Kommunen: reine Funktionen ohne Datenbank.
 */

import type { KommuneTyp } from './kommunen.table.ts';
import { ART_NAME, groessenklasseArt, groessenklasseText } from './groessenklassen.ts';

// The Größenklassen (bounds, labels, which table applies) are defined once in groessenklassen.ts.
export { groessenklasse, groessenklasseArt, groessenklasseText, type GroessenklasseArt } from './groessenklassen.ts';

// ---------------------------------------------------------------------------------------------
// Namen

/**
 * Teilt einen amtlichen Gemeindenamen in Name und Zusätze. Das Gemeindeverzeichnis trennt Zusätze mit
 * Komma ab („Gießen, Universitätsstadt“, „Landstuhl, Sickingenstadt, Stadt“, „Lindberg“). Ein Zusatz in
 * Klammern, der nur den Kreis nennt („Hohenstein (Landkreis Reutlingen)“), gehört nicht zum Kurznamen;
 * Klammern, die zum Namen gehören („Frankfurt (Oder)“, „Halle (Saale)“), bleiben.
 */
export function kurzname(amtlicherName: string): string {
  const vorKomma = amtlicherName.split(',')[0].trim();
  return vorKomma.replace(/\s*\((?:Land)?[Kk]reis [^)]*\)\s*$/, '').replace(/\s+/g, ' ').trim();
}

/** Zusätze hinter dem Namen, z. B. ["Sickingenstadt", "Stadt"]. */
export function namenszusaetze(amtlicherName: string): string[] {
  return amtlicherName.split(',').slice(1).map((z) => z.trim()).filter(Boolean);
}

/**
 * Stadt oder Gemeinde, aus den amtlichen Zusätzen des Gemeindeverzeichnisses: „Stadt“, „St“ (Bayern),
 * „GKSt“ (Große Kreisstadt), „Krst.“ (Kreisstadt), „Barbarossast.“ und jeder Zusatz mit „stadt“
 * („Universitätsstadt“, „Hansestadt“, „Stadt der FernUniversität“, „Die Mähdrescherstadt“).
 * Keine Stadt sind z. B. „M“ (Markt), „Flecken“, „Ostseebad“, „Kurort“, „Kirchspiel“, „gemfr. Bezirk“ –
 * Gemeinden mit solchen Titeln, die Stadtrecht haben, tragen zusätzlich „Stadt“ („Ostseebad, Stadt“).
 */
export function typAusName(amtlicherName: string): 'Stadt' | 'Gemeinde' {
  const istStadt = namenszusaetze(amtlicherName).some((z) => /stadt|^st\.?$|st\.$|^g?kst\.?$|^krst\.?$/i.test(z));
  return istStadt ? 'Stadt' : 'Gemeinde';
}

/**
 * Normalisiert einen Namen für die Suche, wie die SQL-Funktion `lotse_fold` (migrations/0004):
 * klein, ohne diakritische Zeichen, ß → ss, und die Umschreibungen ae/oe/ue auf a/o/u gefaltet.
 * So treffen sich „München“, „Muenchen“ und „Munchen“ (alle → „munchen“), „Gießen“ und „Giessen“ („giessen“).
 * „Sankt“ und „St.“ werden zu „st“. Die Faltung gilt für Anfrage und Datenbank gleichermaßen;
 * „Soest“ wird zu „sost“ – auf beiden Seiten.
 */
export function normalisiere(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/ß/g, 'ss')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(^|[^a-z])(sankt|st\.) ?/g, '$1st ')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Schlüssel

/** 12-stelliger Amtlicher Regionalschlüssel: Land(2) Regierungsbezirk(1) Kreis(2) Gemeindeverband(4) Gemeinde(3). */
export const ARS = /^[0-9]{12}$/;
/** 8-stelliger Amtlicher Gemeindeschlüssel: Land(2) Regierungsbezirk(1) Kreis(2) Gemeinde(3). */
export const AGS = /^[0-9]{8}$/;

/** AGS aus ARS: ARS[0..5] + ARS[9..12]. */
export function arsZuAgs(ars: string): string {
  if (!ARS.test(ars)) throw new RangeError(`Kein 12-stelliger Regionalschlüssel: ${ars}`);
  return ars.slice(0, 5) + ars.slice(9, 12);
}

/**
 * ARS aus AGS. Der Gemeindeverband (Stellen 6–9) steht nicht im AGS; ohne ihn gilt '0000' – richtig für
 * kreisfreie Städte und Stadtstaaten, für andere Gemeinden nur ein Suchschlüssel (Nachschlagen über die Spalte `ags`).
 */
export function agsZuArs(ags: string, gemeindeverband = '0000'): string {
  if (!AGS.test(ags)) throw new RangeError(`Kein 8-stelliger Gemeindeschlüssel: ${ags}`);
  if (!/^[0-9]{4}$/.test(gemeindeverband)) throw new RangeError(`Ungültiger Gemeindeverband: ${gemeindeverband}`);
  return ags.slice(0, 5) + gemeindeverband + ags.slice(5, 8);
}

/** Kreisschlüssel (5 Stellen) → id der Kreis-Zeile; Landesschlüssel (2 Stellen) → id der Land-Zeile. */
export const kreisId = (kreisschluessel: string) => kreisschluessel.padStart(5, '0') + '0000000';
export const landId = (landesschluessel: string) => landesschluessel.padStart(2, '0') + '0000000000';

export type SchluesselArt = 'ars' | 'ags' | 'kreis' | 'land';

/** Welche Art Schlüssel ein Pfadparameter ist (12, 8, 5 oder 2 Ziffern). */
export function schluesselArt(key: string): SchluesselArt | null {
  if (!/^[0-9]+$/.test(key)) return null;
  switch (key.length) {
    case 12: return 'ars';
    case 8: return 'ags';
    case 5: return 'kreis';
    case 2: return 'land';
    default: return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Länder (Tatsachen: Schlüssel, Kürzel, Namen)

export interface Bundesland {
  schluessel: string;
  code: string;
  name: string;
}

export const LAENDER: readonly Bundesland[] = [
  { schluessel: '01', code: 'SH', name: 'Schleswig-Holstein' },
  { schluessel: '02', code: 'HH', name: 'Hamburg' },
  { schluessel: '03', code: 'NI', name: 'Niedersachsen' },
  { schluessel: '04', code: 'HB', name: 'Bremen' },
  { schluessel: '05', code: 'NW', name: 'Nordrhein-Westfalen' },
  { schluessel: '06', code: 'HE', name: 'Hessen' },
  { schluessel: '07', code: 'RP', name: 'Rheinland-Pfalz' },
  { schluessel: '08', code: 'BW', name: 'Baden-Württemberg' },
  { schluessel: '09', code: 'BY', name: 'Bayern' },
  { schluessel: '10', code: 'SL', name: 'Saarland' },
  { schluessel: '11', code: 'BE', name: 'Berlin' },
  { schluessel: '12', code: 'BB', name: 'Brandenburg' },
  { schluessel: '13', code: 'MV', name: 'Mecklenburg-Vorpommern' },
  { schluessel: '14', code: 'SN', name: 'Sachsen' },
  { schluessel: '15', code: 'ST', name: 'Sachsen-Anhalt' },
  { schluessel: '16', code: 'TH', name: 'Thüringen' },
];

/** Berlin und Hamburg sind Land, Kreis und Gemeinde in einem: eine Zeile. Bremen (Land) umfasst zwei Städte. */
export const STADTSTAATEN_EINE_ZEILE = new Set(['02', '11']);

const landNachCode = new Map(LAENDER.map((l) => [l.code, l]));
const landNachSchluessel = new Map(LAENDER.map((l) => [l.schluessel, l]));
const landNachName = new Map(LAENDER.map((l) => [normalisiere(l.name), l]));

export const landZuCode = (code: string) => landNachCode.get(code.toUpperCase());
export const landZuSchluessel = (schluessel: string) => landNachSchluessel.get(schluessel);

/** Land aus Kürzel ('HE'), Schlüssel ('06') oder Name ('Hessen', 'thueringen'). */
export function findeLand(angabe: string): Bundesland | undefined {
  const a = angabe.trim();
  return landNachCode.get(a.toUpperCase()) ?? landNachSchluessel.get(a.padStart(2, '0')) ?? landNachName.get(normalisiere(a));
}

// ---------------------------------------------------------------------------------------------
// Kreise (aus landkreise-deutschland)

/**
 * Amtlicher Name und Kurzname eines Kreises aus dem Paket `landkreise-deutschland`, das Landkreise
 * ohne Präfix führt („Dithmarschen“, Typ „Kreis“) und manche mit („Landkreis Rostock“, „Region Hannover“).
 */
export function kreisNamen(paketName: string, paketTyp: string): { name: string; kurzname: string } {
  const n = paketName.trim().replace(/\s+/g, ' ');
  const hatBezeichnung = /^(Landkreis|Kreis|Region|Städteregion|Regionalverband) /.test(n) || /kreis\b/i.test(n);
  const name = hatBezeichnung ? n : `${paketTyp === 'Kreis' ? 'Kreis' : 'Landkreis'} ${n}`;
  const kurz = n.replace(/^(Landkreis|Kreis|Region|Städteregion|Regionalverband) /, '');
  return { name, kurzname: kurz };
}

// ---------------------------------------------------------------------------------------------
// Größenklasse als Text

/** z. B. „50.000 bis unter 100.000 Einwohner (Städte und Gemeinden)“; null für Länder und ohne Klasse. */
export function groessenklasseBeschreibung(typ: KommuneTyp, ags: string, klasse: number | null): string | null {
  const tabelle = groessenklasseArt(typ, ags.length === 2);
  return tabelle && klasse ? `${groessenklasseText(tabelle, klasse)} (${ART_NAME[tabelle]})` : null;
}
