/**
 * Referenzwerte der Studie „Digitale Kommune“ (rein, ohne Datenbank): laden, zur Größenklasse finden,
 * Vergleichssätze formulieren.
 */
import dk2019 from '../../../../data/referenz/digitale-kommune-2019.json' with { type: 'json' };
import type { Antwort, Antworten, Fragebogen, Item, ReferenzVerweis } from '../frageboegen/fragebogen.schemas.ts';
import { alleItems, istSichtbar } from '../frageboegen/frageboegen.rules.ts';
import { referenzdatenSchema, type Kommunenart, type ReferenzGruppe, type ReferenzMerkmal, type Referenzdaten } from './referenz.schemas.ts';

const REFERENZ_DATEIEN: Readonly<Record<string, unknown>> = { 'digitale-kommune-2019': dk2019 };
const referenzCache = new Map<string, Referenzdaten>();

/** Lädt versionierte Referenzdaten (Standard: Studie „Digitale Kommune“ 2019). */
export function ladeReferenzdaten(name = 'digitale-kommune-2019'): Referenzdaten {
  const vorhanden = referenzCache.get(name);
  if (vorhanden) return vorhanden;
  const roh = REFERENZ_DATEIEN[name];
  if (roh === undefined) throw new Error(`Referenzdaten ${name} sind nicht bekannt.`);
  const daten = referenzdatenSchema.parse(roh);
  referenzCache.set(name, daten);
  return daten;
}

// ---------------------------------------------------------------------------
// Größenklassen und Referenzwerte der Studie
// ---------------------------------------------------------------------------

// Die Größenklasse einer Kommune berechnet `groessenklasse()` in src/modules/kommunen/groessenklassen.ts.
// Die Klassengrenzen stehen zusätzlich in den Referenzdaten (`groessenklassen`); ein Test prüft, dass beide übereinstimmen.

export function referenzGruppe(daten: Referenzdaten, art: Kommunenart, klasse: number): ReferenzGruppe | null {
  return daten.gruppen.find((g) => g.art === art && g.groessenklasse === klasse) ?? null;
}

export interface ReferenzTreffer {
  /** "groessenklasse" = Steckbrief der eigenen Klasse; "gesamt" = alle befragten Kommunen. */
  ebene: 'groessenklasse' | 'gesamt';
  gruppe: { art: Kommunenart; groessenklasse: number; n: number; tabelle: number; label: string } | null;
  merkmale: ReferenzMerkmal[];
}

/** Gleichauf genannte Angaben sind in den Daten mit „ / “ verbunden; jede davon passt. */
function auspraegungPasst(inDaten: string, gesucht: string): boolean {
  return inDaten === gesucht || inDaten.split(' / ').includes(gesucht);
}

/**
 * Studienwerte zu einem Merkmal für Art und Größenklasse. Hat der Steckbrief der Klasse das Merkmal
 * (ggf. mit der verlangten Ausprägung) nicht, werden die Werte über alle Kommunen geliefert; fehlen auch
 * diese, ist das Ergebnis null.
 */
export function referenzFuer(
  daten: Referenzdaten,
  art: Kommunenart,
  klasse: number,
  merkmal: string,
  auspraegung?: string,
): ReferenzTreffer | null {
  const passt = (m: ReferenzMerkmal) => m.merkmal === merkmal && (auspraegung === undefined || auspraegungPasst(m.auspraegung, auspraegung));
  const g = referenzGruppe(daten, art, klasse);
  const ausGruppe = g?.merkmale.filter(passt) ?? [];
  if (g && ausGruppe.length > 0) {
    const { merkmale: _alle, ...kopf } = g;
    return { ebene: 'groessenklasse', gruppe: kopf, merkmale: ausGruppe };
  }
  const ausGesamt = daten.gesamt.merkmale.filter(passt);
  return ausGesamt.length > 0 ? { ebene: 'gesamt', gruppe: null, merkmale: ausGesamt } : null;
}

const zahlFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const prozent = (p: number): string => `${zahlFormat.format(p)} %`;

const STANDARD_VORLAGE = '{wo} gaben {prozent} zu „{merkmal}“ an: {auspraegung}.';
const WO: Record<ReferenzTreffer['ebene'], string> = {
  groessenklasse: 'In Ihrer Größenklasse',
  gesamt: 'Unter allen befragten Kommunen',
};

function strategieSatz(merkmale: readonly ReferenzMerkmal[], wo: string): string | null {
  const wert = (a: string) => merkmale.find((m) => m.auspraegung === a)?.prozent;
  const ja = wert('Ja');
  const entw = wert('In Entwicklung');
  if (ja === undefined || entw === undefined) return null;
  return `${wo} hatten ${prozent(ja)} eine Digitalisierungsstrategie, ${prozent(entw)} entwickelten eine.`;
}

function formuliere(daten: Referenzdaten, ebene: ReferenzTreffer['ebene'], m: ReferenzMerkmal): string {
  const vorlage = daten.satzvorlagen?.[m.merkmal] ?? STANDARD_VORLAGE;
  const p = (m.hinweis?.startsWith('ca.') ? 'rund ' : '') + prozent(m.prozent);
  const satz = vorlage
    .replaceAll('{wo}', WO[ebene])
    .replaceAll('{prozent}', p)
    .replaceAll('{auspraegung}', m.auspraegung)
    .replaceAll('{merkmal}', m.merkmal);
  // Steckbrief-Tabellen nennen je Zeile nur die häufigste Angabe der Größenklasse.
  return ebene === 'groessenklasse' && m.herkunft === 'tabelle' ? `${satz} Das war die häufigste Angabe.` : satz;
}

/**
 * Deutscher Vergleichssatz zu einem Studienmerkmal, z. B.
 * „In Ihrer Größenklasse hatten 9 % eine Digitalisierungsstrategie, 39 % entwickelten eine.“
 * Reihenfolge: genaue Ausprägung in der Größenklasse, dann über alle Kommunen, dann die häufigste
 * Angabe der Größenklasse zum Merkmal. Gibt null zurück, wenn die Studie nichts dazu enthält.
 */
export function vergleichssatz(
  daten: Referenzdaten,
  art: Kommunenart,
  klasse: number,
  verweis: ReferenzVerweis,
): string | null {
  if (verweis.merkmal === 'Digitalisierungsstrategie') {
    const t = referenzFuer(daten, art, klasse, verweis.merkmal);
    return t ? strategieSatz(t.merkmale, WO[t.ebene]) : null;
  }
  const treffer =
    (verweis.auspraegung ? referenzFuer(daten, art, klasse, verweis.merkmal, verweis.auspraegung) : null) ??
    referenzFuer(daten, art, klasse, verweis.merkmal);
  if (!treffer) return null;
  const m = [...treffer.merkmale].sort((a, b) => b.prozent - a.prozent)[0];
  return formuliere(daten, treffer.ebene, m);
}

export interface Studienvergleich {
  itemId: string;
  verweis: ReferenzVerweis;
  satz: string;
}

/** Verweise einer Antwort: die der gewählten Optionen, sonst der des Items. */
function verweiseFuer(item: Item, antwort: Antwort | undefined): ReferenzVerweis[] {
  const gewaehlt = typeof antwort === 'string' ? [antwort] : Array.isArray(antwort) ? antwort : [];
  const ausOptionen = (item.optionen ?? []).filter((o) => gewaehlt.includes(o.wert) && o.referenz).flatMap((o) => (o.referenz ? [o.referenz] : []));
  if (item.referenz?.merkmal === 'Digitalisierungsstrategie') return [item.referenz];
  if (ausOptionen.length > 0) return ausOptionen;
  return item.referenz ? [item.referenz] : [];
}

/** Für jede beantwortete Frage mit Studienbezug: Vergleichssätze für die Größenklasse der Kommune. */
export function studienvergleiche(
  fb: Fragebogen,
  antworten: Antworten,
  daten: Referenzdaten,
  art: Kommunenart,
  klasse: number,
): Studienvergleich[] {
  return alleItems(fb)
    .filter((i) => antworten[i.id] !== undefined && istSichtbar(i, antworten))
    .flatMap((i) => {
      const gesehen = new Set<string>();
      return verweiseFuer(i, antworten[i.id]).flatMap((verweis) => {
        const satz = vergleichssatz(daten, art, klasse, verweis);
        if (!satz || gesehen.has(satz)) return [];
        gesehen.add(satz);
        return [{ itemId: i.id, verweis, satz }];
      });
    });
}
