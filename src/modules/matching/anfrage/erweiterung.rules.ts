/**
 * Query expansion: a need text → concepts, each with its variants (catalogue spelling, thesaurus synonyms,
 * word family, typo corrections) and, for compounds and thesaurus phrases, its parts.
 */
import { type Lexikon, zerlege } from '../sprache/komposita.rules.ts';
import { istInhaltswort, klein, leicht, schluessel, tokenisiere, type Token } from '../sprache/normalisierung.rules.ts';
import { phrasenSchluessel, synonymeMitSinn, type ThesaurusIndex } from '../sprache/thesaurus.rules.ts';
import type { Korrektur } from '../sprache/tippfehler.rules.ts';
import { ALLTAGSWOERTER, STOPPWOERTER } from '../sprache/woerter.ts';
import { wortfamilie } from '../sprache/wortfamilie.rules.ts';

export type VariantenArt = 'wort' | 'umlaut' | 'synonym' | 'tippfehler' | 'wortfamilie';

export interface Variante {
  /** Word or phrase to search (spelling as in the catalogue). */
  wort: string;
  art: VariantenArt;
  faktor: number;
  /** Only from a thesaurus group with a domain: counts only when the query or the solution is in this Handlungsfeld. */
  domaene?: string;
  /**
   * From an ambiguous thesaurus group: besides the lower factor, its weight is capped by the weight of the word itself,
   * so that a rarer term of another sense („Netz“) never outweighs the word („online“) (docs/decisions/0127).
   */
  mehrdeutig?: boolean;
}

/** Where a concept stands in the need's text (issue 10, item 2): character positions (NFC) and its sentence. */
export interface Stelle {
  von: number;
  bis: number;
  satz: string;
}

/** The sentence around positions von…bis (ends at . ! ? ; or a line break), at most 300 characters. */
export function satzUm(text: string, von: number, bis: number): string {
  let a = von;
  while (a > 0 && !/[.!?;\n]/.test(text[a - 1])) a--;
  let b = bis;
  while (b < text.length && !/[.!?;\n]/.test(text[b])) b++;
  if (b < text.length && text[b] !== '\n') b++;
  const satz = text.slice(a, b).trim();
  return satz.length > 300 ? `${satz.slice(0, 299)}…` : satz;
}

export interface Konzept {
  /** What the user wrote (word or phrase). */
  text: string;
  /** Where it first stands in the text (top-level concepts only). */
  stelle?: Stelle;
  varianten: Variante[];
  /** Parts of a compound (or the words of a phrase), each a concept of its own. */
  teile?: Konzept[];
  /** How the parts came about. */
  teileArt?: 'kompositum' | 'phrase';
}

export interface ErweiterungsKontext {
  lexikon: Lexikon;
  /** key → spelling in the catalogue (with umlauts where the catalogue has them). */
  schreibweise(key: string): string | undefined;
  thesaurus: ThesaurusIndex;
  /** Typo corrections per key (looked up beforehand, see `braucheKorrektur`). */
  korrekturen: Map<string, Korrektur[]>;
  /** Memo for zerlege(). */
  zerlegeCache?: Map<string, string[] | null>;
}

/**
 * Weight of a match by how it came about (parameters of the ranking, not tuned per query). `mehrdeutig` multiplies
 * the factor of a synonym from an ambiguous thesaurus group (docs/decisions/0127).
 */
export const FAKTOR = { wort: 1, umlaut: 1, synonym: 0.85, tippfehler: 0.8, wortfamilie: 0.8, teile: 0.85, phrase: 0.9, mehrdeutig: 0.5 };

/** Kinds of variant that are the word itself (as written or in the catalogue's spelling). */
export const EIGENE_ARTEN: ReadonlySet<VariantenArt> = new Set(['wort', 'umlaut']);


function zerlegeMemo(key: string, ctx: ErweiterungsKontext): string[] | null {
  const c = ctx.zerlegeCache;
  if (c?.has(key)) return c.get(key)!;
  const z = zerlege(key, ctx.lexikon);
  c?.set(key, z);
  return z;
}

/** Does this key need a typo lookup (unknown to catalogue, thesaurus and decompounder)? */
export function braucheKorrektur(key: string, ctx: Pick<ErweiterungsKontext, 'lexikon' | 'thesaurus' | 'zerlegeCache'>): boolean {
  if (key.length < 4 || !/^[a-z]+$/.test(key) || STOPPWOERTER.has(key) || ALLTAGSWOERTER.has(key)) return false;
  if (ctx.lexikon.has(key) || ctx.thesaurus.einzelwoerter.has(key)) return false;
  if (ctx.thesaurus.nachPhrase.has(leicht(key))) return false;
  return zerlegeMemo(key, ctx as ErweiterungsKontext) === null;
}

function fuegeHinzu(vs: Variante[], v: Variante) {
  const k = schluessel(v.wort);
  const da = vs.find((x) => schluessel(x.wort) === k);
  if (!da) vs.push(v);
  else if (v.faktor > da.faktor || (v.faktor === da.faktor && da.domaene && !v.domaene)) {
    delete da.domaene;
    delete da.mehrdeutig;
    Object.assign(da, v);
  }
}

/** Adds the thesaurus synonyms of `wort` with `faktor` (less for an ambiguous group; the domain carried along). */
function fuegeSynonymeHinzu(vs: Variante[], wort: string, th: ThesaurusIndex, faktor: number) {
  for (const s of synonymeMitSinn(wort, th)) {
    const v: Variante = { wort: s.wort, art: 'synonym', faktor: faktor * (s.mehrdeutig ? FAKTOR.mehrdeutig : 1) };
    if (s.domaene) v.domaene = s.domaene;
    if (s.mehrdeutig) v.mehrdeutig = true;
    fuegeHinzu(vs, v);
  }
}

function wortKonzept(t: Pick<Token, 'wort' | 'original' | 'key'>, ctx: ErweiterungsKontext, tiefe: number): Konzept {
  const sw = ctx.schreibweise(t.key);
  const anders = !!sw && klein(sw) !== t.wort;
  // a different catalogue spelling (Buergerbuero → Bürgerbüro) comes first, so that it is explained
  const varianten: Variante[] = anders ? [{ wort: sw, art: 'umlaut', faktor: FAKTOR.umlaut }] : [];
  varianten.push({ wort: t.wort, art: 'wort', faktor: FAKTOR.wort });
  const basis = [t.wort, ...(anders ? [sw] : [])];
  for (const b of basis) fuegeSynonymeHinzu(varianten, b, ctx.thesaurus, FAKTOR.synonym);
  for (const f of wortfamilie(t.key, ctx.lexikon)) {
    const w = ctx.schreibweise(f) ?? f;
    fuegeHinzu(varianten, { wort: w, art: 'wortfamilie', faktor: FAKTOR.wortfamilie });
    fuegeSynonymeHinzu(varianten, w, ctx.thesaurus, FAKTOR.wortfamilie * FAKTOR.synonym);
  }
  for (const k of ctx.korrekturen.get(t.key) ?? []) {
    const f = k.form ? FAKTOR.wortfamilie : FAKTOR.tippfehler * (k.abstand > 1 ? 0.9 : 1);
    fuegeHinzu(varianten, { wort: k.wort, art: k.form ? 'wortfamilie' : 'tippfehler', faktor: f });
    fuegeSynonymeHinzu(varianten, k.wort, ctx.thesaurus, f * FAKTOR.synonym);
  }
  const k: Konzept = { text: t.original, varianten };
  if (tiefe > 0) {
    const teile = zerlegeMemo(t.key, ctx);
    if (teile) {
      k.teile = teile.map((p) => {
        const w = ctx.schreibweise(p) ?? p;
        return wortKonzept({ wort: klein(w), original: w.charAt(0).toLocaleUpperCase('de-DE') + w.slice(1), key: p }, ctx, tiefe - 1);
      });
      k.teileArt = 'kompositum';
    }
  }
  return k;
}

/**
 * Two neighbouring content words that users wrote apart but the catalogue or the thesaurus knows as one word
 * („Bau Antrag“ → „Bauantrag“, „Leih Fahrräder“ → „Leihfahrräder“), as one token with the text as written.
 */
export function zusammengeschrieben(a: Token | undefined, b: Token | undefined, ctx: ErweiterungsKontext): Token | null {
  if (!a || !b || !istInhaltswort(a.key) || !istInhaltswort(b.key) || a.key.length < 3 || b.key.length < 3) return null;
  const key = a.key + b.key;
  const bekannt = ctx.lexikon.has(key) || ctx.thesaurus.einzelwoerter.has(key) || ctx.thesaurus.nachPhrase.has(leicht(key)) || !!ctx.schreibweise(key);
  return bekannt ? { wort: a.wort + b.wort, original: `${a.original} ${b.original}`, key, von: a.von, bis: b.bis } : null;
}

/**
 * Turns a need text into concepts: each content word (or thesaurus phrase such as "schnelles Internet")
 * with its variants. Words and phrases that occur twice count once.
 */
export function erweitereAnfrage(text: string, ctx: ErweiterungsKontext): Konzept[] {
  const nfc = text.normalize('NFC');
  const stelle = (von: number, bis: number): Stelle => ({ von, bis, satz: satzUm(nfc, von, bis) });
  const toks = tokenisiere(text);
  const konzepte: Konzept[] = [];
  const gesehen = new Set<string>();
  let i = 0;
  while (i < toks.length) {
    // longest thesaurus phrase starting here (at least two words)
    let phrase = 0;
    for (let n = Math.min(ctx.thesaurus.maxWoerter, toks.length - i); n >= 2; n--) {
      const k = toks.slice(i, i + n).map((t) => leicht(t.key)).join(' ');
      if (ctx.thesaurus.nachPhrase.has(k)) {
        phrase = n;
        break;
      }
    }
    if (phrase) {
      const teil = toks.slice(i, i + phrase);
      const text = teil.map((t) => t.original).join(' ');
      const k = phrasenSchluessel(text);
      if (!gesehen.has(k)) {
        gesehen.add(k);
        const varianten: Variante[] = [{ wort: teil.map((t) => t.wort).join(' '), art: 'wort', faktor: FAKTOR.wort }];
        fuegeSynonymeHinzu(varianten, text, ctx.thesaurus, FAKTOR.synonym);
        const teile = teil.filter((t) => istInhaltswort(t.key)).map((t) => wortKonzept(t, ctx, 1));
        konzepte.push({ text, varianten, teile: teile.length > 1 ? teile : undefined, teileArt: teile.length > 1 ? 'phrase' : undefined, stelle: stelle(teil[0].von, teil[teil.length - 1].bis) });
        if (teile.length === 1) konzepte[konzepte.length - 1].varianten.push(...teile[0].varianten.filter((v) => v.art !== 'wort'));
      }
      i += phrase;
      continue;
    }
    // a compound written apart („Bau Antrag“, „Leih Fahrräder“): one concept when the joined word is known
    const zus = zusammengeschrieben(toks[i], toks[i + 1], ctx);
    if (zus) {
      if (!gesehen.has(leicht(zus.key))) {
        gesehen.add(leicht(zus.key));
        konzepte.push({ ...wortKonzept(zus, ctx, 2), stelle: stelle(toks[i].von, toks[i + 1].bis) });
      }
      i += 2;
      continue;
    }
    const t = toks[i++];
    if (!istInhaltswort(t.key) || gesehen.has(leicht(t.key))) continue;
    gesehen.add(leicht(t.key));
    konzepte.push({ ...wortKonzept(t, ctx, 2), stelle: stelle(t.von, t.bis) });
  }
  return konzepte;
}

/** Every word or phrase of the concepts (to be stemmed). */
export function alleVariantenWoerter(konzepte: Konzept[]): string[] {
  const out = new Set<string>();
  const walk = (k: Konzept) => {
    for (const v of k.varianten) out.add(v.wort);
    k.teile?.forEach(walk);
  };
  konzepte.forEach(walk);
  return [...out];
}

// ---- Lexemes of the variants -----------------------------------------------------------------------

export interface Lexeme {
  de: string[];
  en: string[];
}

/** Single lexemes of all variants (to look up document frequencies and matched fields). */
export function alleLexeme(konzepte: Konzept[], lex: (wort: string) => Lexeme | undefined): string[] {
  const out = new Set<string>();
  for (const w of alleVariantenWoerter(konzepte)) {
    const l = lex(w);
    if (!l) continue;
    l.de.forEach((x) => out.add(x));
    l.en.forEach((x) => out.add(x));
  }
  return [...out];
}

/**
 * The stems of a word as the matcher uses them: a German word that is no English word is not matched through its
 * English stem (Rente → "rent" ≠ Miete; docs/decisions/0121). The same for a query and for a learning signal.
 */
export function ohneFremdenStamm(roh: (w: string) => Lexeme | undefined, wb: { deutsch(w: string): boolean; englisch(w: string): boolean }): (w: string) => Lexeme | undefined {
  return (w) => {
    const l = roh(w);
    return l && l.en.length && !w.includes(' ') && wb.deutsch(w) && !wb.englisch(w) ? { de: l.de, en: [] } : l;
  };
}
