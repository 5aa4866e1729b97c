/**
 * Normalisation and tokenisation of the matcher: spelling-independent keys (umlauts, ß, accents), a light
 * inflection stem for thesaurus lookups, words of a text, stop/everyday/content words.
 */
import { ALLTAGSWOERTER, STOPPWOERTER } from './woerter.ts';

/** Lower case, Unicode NFC. The spelling as it is stemmed by PostgreSQL. */
export function klein(wort: string): string {
  return wort.normalize('NFC').toLocaleLowerCase('de-DE');
}

/**
 * The spelling-independent key of a word: lower case, ä→ae, ö→oe, ü→ue, ß→ss, other accents removed
 * ("Bürgeramt", "Buergeramt" and "BÜRGERAMT" share the key "buergeramt"; "Straße"/"Strasse" → "strasse").
 */
export function schluessel(wort: string): string {
  return klein(wort)
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * A light stem of a key, only used to look words up in the thesaurus ("Flüchtlingen" finds
 * "Flüchtlinge", "Strafzetteln" finds "Strafzettel"): strips one inflection ending.
 */
export function leicht(key: string): string {
  for (const e of ['ern', 'en', 'er', 'es', 'e', 'n', 's']) {
    if (key.length - e.length >= 4 && key.endsWith(e)) return key.slice(0, -e.length);
  }
  return key;
}

export interface Token {
  /** As written, lower case (spelling kept). */
  wort: string;
  /** Original casing, for explanations. */
  original: string;
  key: string;
  /** Position in the (NFC) text: first character and the one after the word. */
  von: number;
  bis: number;
}

/** Words of a text: letters and digits; hyphens and punctuation separate words. */
export function tokenisiere(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu)) {
    const original = m[0];
    if (!/\p{L}/u.test(original)) continue;
    out.push({ wort: klein(original), original, key: schluessel(original), von: m.index, bis: m.index + original.length });
  }
  return out;
}

export const istStoppwort = (key: string) => STOPPWOERTER.has(key);
export const istAlltagswort = (key: string) => ALLTAGSWOERTER.has(key);
/** Words worth searching: not a stop word, at least two characters. */
export const istInhaltswort = (key: string) => key.length >= 2 && !STOPPWOERTER.has(key);
