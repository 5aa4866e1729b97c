/**
 * Pure rules of the transferability check (Übertragbarkeits-Check): which preconditions of a solution a
 * Kommune meets, from the directory (Größenklasse, Land) and its latest „Digitale Kommune“ self-check
 * (question `binnen-basiskomponenten`). What no data answers stays „zu klären“. No I/O.
 */

/** Digital building blocks asked in the self-check „Digitale Kommune“ (question binnen-basiskomponenten). */
export const BAUSTEINE = { dms: 'Dokumentenmanagement / E-Akte', 'e-payment': 'E-Payment', formularserver: 'Formularserver', buergerkonto: 'Bürgerkonto / Servicekonto', termine: 'Online-Terminvergabe' } as const;
export type Baustein = keyof typeof BAUSTEINE;
export const SELBSTCHECK_FRAGE = 'binnen-basiskomponenten';
export const SELBSTCHECK_FRAGEBOGEN = 'digitale-kommune';

export interface Voraussetzungen {
  bausteine: Baustein[];
  fachverfahren: string[];
  groessenklasseVon: number | null;
  groessenklasseBis: number | null;
  budgetEuro: number | null;
  personentage: number | null;
  /** Länder (Kürzel wie „HE“) in which the legal basis exists; empty = no restriction. */
  rechtsgrundlageLaender: string[];
  rechtsgrundlageText: string;
}

export const KEINE_VORAUSSETZUNGEN: Voraussetzungen = { bausteine: [], fachverfahren: [], groessenklasseVon: null, groessenklasseBis: null, budgetEuro: null, personentage: null, rechtsgrundlageLaender: [], rechtsgrundlageText: '' };

export interface Kontext {
  groessenklasse: number | null;
  land: string;
  /** Building blocks named in the latest self-check; null: no submitted self-check. */
  bausteine: string[] | null;
}

export type CheckStatus = 'erfuellt' | 'offen' | 'zu_klaeren';
export interface CheckPunkt {
  schluessel: string;
  text: string;
  status: CheckStatus;
  /** Where the answer comes from. */
  quelle: 'selbstcheck' | 'verzeichnis' | 'angabe';
}

const zahl = new Intl.NumberFormat('de-DE');

export function pruefe(v: Voraussetzungen, k: Kontext): CheckPunkt[] {
  const punkte: CheckPunkt[] = [];
  for (const b of v.bausteine) {
    const status: CheckStatus = k.bausteine === null ? 'zu_klaeren' : k.bausteine.includes(b) ? 'erfuellt' : 'offen';
    punkte.push({ schluessel: `baustein:${b}`, text: `${BAUSTEINE[b]} ist im Einsatz`, status, quelle: k.bausteine === null ? 'angabe' : 'selbstcheck' });
  }
  for (const f of v.fachverfahren) punkte.push({ schluessel: `fachverfahren:${f}`, text: `Fachverfahren „${f}“ ist im Einsatz`, status: 'zu_klaeren', quelle: 'angabe' });
  if (v.groessenklasseVon !== null || v.groessenklasseBis !== null) {
    const von = v.groessenklasseVon ?? 1;
    const bis = v.groessenklasseBis ?? 7;
    const status: CheckStatus = k.groessenklasse === null ? 'zu_klaeren' : k.groessenklasse >= von && k.groessenklasse <= bis ? 'erfuellt' : 'offen';
    punkte.push({ schluessel: 'groessenklasse', text: `Größenklasse ${von} bis ${bis}`, status, quelle: 'verzeichnis' });
  }
  if (v.budgetEuro !== null) punkte.push({ schluessel: 'budget', text: `Budget von etwa ${zahl.format(v.budgetEuro)} Euro gesichert`, status: 'zu_klaeren', quelle: 'angabe' });
  if (v.personentage !== null) punkte.push({ schluessel: 'personal', text: `Personal für etwa ${zahl.format(v.personentage)} Personentage verfügbar`, status: 'zu_klaeren', quelle: 'angabe' });
  if (v.rechtsgrundlageLaender.length) {
    const status: CheckStatus = v.rechtsgrundlageLaender.includes(k.land) ? 'erfuellt' : 'offen';
    const text = v.rechtsgrundlageText ? `Rechtsgrundlage: ${v.rechtsgrundlageText} (${v.rechtsgrundlageLaender.join(', ')})` : `Rechtsgrundlage im Land (${v.rechtsgrundlageLaender.join(', ')})`;
    punkte.push({ schluessel: 'recht', text, status, quelle: 'verzeichnis' });
  }
  return punkte;
}

/** Each unmet or open precondition becomes a milestone in phase „anpassen“. */
export function meilensteineAus(punkte: CheckPunkt[]): { phase: 'anpassen'; titel: string }[] {
  return punkte.filter((p) => p.status !== 'erfuellt').map((p) => ({ phase: 'anpassen' as const, titel: p.status === 'offen' ? `Voraussetzung schaffen: ${p.text}` : `Klären: ${p.text}` }));
}

/** The building blocks of a self-check answer (a list of option values), or null when it is missing. */
export function bausteineAusAntwort(antwort: unknown): string[] | null {
  if (Array.isArray(antwort)) return antwort.filter((x): x is string => typeof x === 'string');
  return null;
}
