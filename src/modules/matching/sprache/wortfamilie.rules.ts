/** Word families (German derivation): verb ↔ -ung noun ↔ agent noun, participles, verb prefixes. */
import type { Lexikon } from './komposita.rules.ts';
import { STOPPWOERTER } from './woerter.ts';

const PRAEFIXE = ['be', 'ver', 'er', 'ge', 'an', 'ab', 'aus', 'ein', 'um', 'zu'];

/**
 * Inflected forms of a weak verb that the Snowball stemmer does not join to the infinitive (it keeps the -t of
 * „kündigt“, „kündigten“, so their stem is not the one of „kündigen“): infinitive → present -t and past -te/-ten/-tet
 * (with -e- after a stem on -t/-d: „warten“ → „wartete“), and a past form back to the infinitive.
 */
function konjugation(w: string, out: Set<string>): string | null {
  const infinitivStamm = /(ern|eln)$/.test(w) ? w.slice(0, -1) : w.endsWith('en') ? w.slice(0, -2) : null;
  if (infinitivStamm && infinitivStamm.length >= 4) {
    const e = /[td]$/.test(infinitivStamm) ? 'e' : '';
    for (const endung of ['t', 'te', 'ten', 'tet']) out.add(`${infinitivStamm}${e}${endung}`);
  }
  for (const endung of ['eten', 'ete', 'etet', 'ten', 'te', 'tet']) {
    if (!w.endsWith(endung)) continue;
    const b = w.slice(0, -endung.length);
    if (b.length < 4) continue;
    const infinitiv = /(er|el)$/.test(b) ? `${b}n` : `${b}en`;
    out.add(infinitiv);
    return infinitiv;
  }
  return null;
}

/** Endings of an inflected adjective („einsame“, „digitaler“, „obdachlosen“). */
const ADJEKTIV_ENDUNGEN = ['e', 'en', 'er', 'es', 'em'];
/** Suffixes that make an abstract noun of an adjective (keys: ä → ae). */
const NOMEN_SUFFIXE = ['heit', 'keit', 'igkeit', 'itaet'];

/**
 * Adjective ↔ abstract noun, which the stemmer keeps apart: „einsam(e)“ ↔ „Einsamkeit“, „sicher“ ↔ „Sicherheit“,
 * „obdachlos“ ↔ „Obdachlosigkeit“, „mobil“ ↔ „Mobilität“, „digital(er)“ ↔ „Digitalisierung“. From the noun back to the
 * adjective in its plain and inflected forms (the lexicon holds the words as the catalogue writes them).
 */
function adjektiv(w: string, out: Set<string>) {
  const basen = [w, ...ADJEKTIV_ENDUNGEN.filter((e) => w.endsWith(e)).map((e) => w.slice(0, -e.length))].filter((b) => b.length >= 4);
  for (const b of basen) {
    for (const s of NOMEN_SUFFIXE) out.add(b + s);
    if (b.endsWith('al')) out.add(`${b}isierung`);
    if (b.endsWith('ell')) {
      out.add(`${b.slice(0, -3)}alitaet`);
      out.add(`${b.slice(0, -3)}alisierung`);
    }
  }
  for (const s of [...NOMEN_SUFFIXE, 'isierung']) {
    if (!w.endsWith(s)) continue;
    const b = w.slice(0, -s.length);
    if (b.length < 4) continue;
    for (const e of ['', ...ADJEKTIV_ENDUNGEN]) out.add(b + e);
    break;
  }
}

/**
 * Members of the word family of a key that occur in the lexicon (German derivation, not inflection,
 * which the Snowball stemmer handles): verb ↔ -ung noun ("melden" ↔ "meldung", "digitalisieren" ↔
 * "digitalisierung", "foerdern" ↔ "foerderung"), verb/-ung noun → agent noun ("melden", "meldung" →
 * "melder"), past participle → verb ("geblitzt" → "blitzen" → "blitzer"), verb →
 * bare stem noun ("planen" → "plan", "beantragen" → "antrag"), each also without a verb prefix; the inflected
 * forms of a weak verb that the stemmer keeps apart („kündigen“ ↔ „kündigten“, see konjugation); adjective ↔ abstract
 * noun („einsam“ ↔ „Einsamkeit“, see adjektiv).
 */
export function wortfamilie(key: string, lex: Lexikon): string[] {
  const out = new Set<string>();
  const formen = (w: string) => {
    if (w.length < 5) return;
    if (w.endsWith('ung')) {
      const b = w.slice(0, -3);
      out.add(/(er|el)$/.test(b) ? `${b}n` : `${b}en`);
      if (!/(er|el)$/.test(b)) out.add(`${b}er`);
    } else if (w.endsWith('n')) {
      const b = /(ern|eln)$/.test(w) ? w.slice(0, -1) : w.endsWith('en') ? w.slice(0, -2) : null;
      if (b && b.length >= 3) {
        out.add(`${b}ung`);
        out.add(`${b}er`);
        if (b.length >= 4) out.add(b);
      }
    }
  };
  const partizip = (w: string) => {
    // past participle ge…t / ge…et → infinitive ("geblitzt" → "blitzen", "gemeldet" → "melden")
    if (w.length < 6 || !w.startsWith('ge') || !w.endsWith('t')) return;
    formen(`${w.slice(2, -1)}en`);
    if (w.endsWith('et')) formen(`${w.slice(2, -2)}en`);
    if (w === key) konjugation(`${w.slice(2, w.endsWith('et') ? -2 : -1)}en`, out);
  };
  formen(key);
  partizip(key);
  // the infinitive of a past form brings its own family („kündigten“ → „kündigen“ → „Kündigung“)
  const infinitiv = konjugation(key, out);
  if (infinitiv) formen(infinitiv);
  adjektiv(key, out);
  for (const p of PRAEFIXE) {
    if (!key.startsWith(p) || key.length - p.length < 5) continue;
    formen(key.slice(p.length));
    partizip(key.slice(p.length));
  }
  out.delete(key);
  return [...out].filter((w) => w.length >= 4 && lex.has(w) && !STOPPWOERTER.has(w)).sort();
}
