/**
 * Matching: pure functions (no database). Normalisation, tokenisation, German compound splitting,
 * query expansion (umlaut spellings, synonyms, compound parts, typo corrections) and scoring with
 * explanations. The database side (index, candidates, stems) is in matching.repository.ts.
 */
import { ALLTAGSWOERTER, BASISLEXIKON, KEIN_KOPF, STOPPWOERTER } from './matching.woerter.ts';
import { groessenklasseName, groessenklasseSpanne, type GroessenklasseArt } from '../kommunen/index.ts';

// ---- Normalisation ---------------------------------------------------------------------------------

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
}

/** Words of a text: letters and digits; hyphens and punctuation separate words. */
export function tokenisiere(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu)) {
    const original = m[0];
    if (!/\p{L}/u.test(original)) continue;
    out.push({ wort: klein(original), original, key: schluessel(original) });
  }
  return out;
}

export const istStoppwort = (key: string) => STOPPWOERTER.has(key);
export const istAlltagswort = (key: string) => ALLTAGSWOERTER.has(key);
/** Words worth searching: not a stop word, at least two characters. */
export const istInhaltswort = (key: string) => key.length >= 2 && !STOPPWOERTER.has(key);

// ---- Compound splitting ----------------------------------------------------------------------------

export interface Lexikon {
  has(key: string): boolean;
}

/** Linking elements (Fugenelemente) between the parts of a compound. */
export const FUGEN = ['', 's', 'es', 'n', 'en', 'er', 'e'] as const;
/** Inflection endings: "rechnung" is known if the lexicon holds "rechnungen". */
const ENDUNGEN = ['en', 'n', 'e', 's', 'es', 'er', 'ern'] as const;

export interface ZerlegeOptionen {
  /** Minimal length of a part (default 3; parts of length 3 must be in the lexicon exactly). */
  minTeil?: number;
  /** Minimal length of a word to be split (default 6). */
  minWort?: number;
}

/** Lexicon form of a non-final part, or null. */
function bestimmungswort(p: string, lex: Lexikon, minTeil: number): string | null {
  if (p.length < minTeil || STOPPWOERTER.has(p)) return null;
  if (lex.has(p)) return p;
  if (p.length < 4) return null;
  if (lex.has(p + 'e')) return p + 'e'; // elided e: "Schul|weg" ← "Schule"
  // known only in an inflected form ("rechnung" ← "rechnungen"): only for longer parts, short ones
  // produce false splits ("aus|s|tellen")
  if (p.length >= 5) for (const e of ENDUNGEN) if (lex.has(p + e)) return p;
  return null;
}

/** Lexicon form of the final part (head), or null. */
function grundwort(p: string, lex: Lexikon, minTeil: number): string | null {
  if (p.length < minTeil || STOPPWOERTER.has(p) || KEIN_KOPF.has(p)) return null;
  if (lex.has(p)) return p;
  if (p.length < 4) return null;
  for (const e of ENDUNGEN) {
    if (p.length - e.length >= 3 && p.endsWith(e) && lex.has(p.slice(0, -e.length)) && !KEIN_KOPF.has(p.slice(0, -e.length))) return p.slice(0, -e.length);
    if (lex.has(p + e)) return p;
  }
  return null;
}

interface Zerlegung {
  teile: string[];
  fugen: number;
  quadrate: number;
}

const besser = (a: Zerlegung, b: Zerlegung | null) =>
  !b || a.teile.length < b.teile.length || (a.teile.length === b.teile.length && (a.fugen < b.fugen || (a.fugen === b.fugen && a.quadrate > b.quadrate)));

/**
 * Splits a German compound (given as key) into known parts: "rechnungsworkflow" → ["rechnung", "workflow"],
 * "glasfaserausbau" → ["glasfaser", "ausbau"]. Handles linking elements (-s-, -es-, -n-, -en-, -er-, -e-),
 * an elided final e ("schulweg" → "schule", "weg") and inflected heads ("workflows" → "workflow").
 * Prefers the split with the fewest parts, then the fewest linking letters, then the longest parts.
 * Returns null if the word is not a compound of known parts.
 */
export function zerlege(wort: string, lex: Lexikon, opts: ZerlegeOptionen = {}): string[] | null {
  const minTeil = opts.minTeil ?? 3;
  const minWort = opts.minWort ?? 6;
  const n = wort.length;
  if (n < minWort || !/^[a-z]+$/.test(wort)) return null;
  const memo = new Map<number, Zerlegung | null>();
  const ab = (i: number): Zerlegung | null => {
    if (memo.has(i)) return memo.get(i)!;
    let best: Zerlegung | null = null;
    for (let j = i + minTeil; j <= n; j++) {
      const stueck = wort.slice(i, j);
      if (j === n) {
        if (i === 0) continue; // the whole word is not a split
        const g = grundwort(stueck, lex, minTeil);
        if (g) {
          const z = { teile: [g], fugen: 0, quadrate: stueck.length ** 2 };
          if (besser(z, best)) best = z;
        }
        continue;
      }
      const b = bestimmungswort(stueck, lex, minTeil);
      if (!b) continue;
      for (const f of FUGEN) {
        if (f && !wort.startsWith(f, j)) continue;
        const k = j + f.length;
        if (k >= n) continue;
        const rest = ab(k);
        if (!rest) continue;
        const z = { teile: [b, ...rest.teile], fugen: rest.fugen + f.length, quadrate: rest.quadrate + stueck.length ** 2 };
        if (besser(z, best)) best = z;
      }
    }
    memo.set(i, best);
    return best;
  };
  return ab(0)?.teile ?? null;
}

/** All parts of a compound, recursively (parts of parts), without duplicates. */
export function alleTeile(wort: string, lex: Lexikon, opts: ZerlegeOptionen = {}, tiefe = 2): string[] {
  const teile = zerlege(wort, lex, opts);
  if (!teile) return [];
  const out = new Set<string>(teile);
  if (tiefe > 1) for (const t of teile) for (const u of alleTeile(t, lex, opts, tiefe - 1)) out.add(u);
  return [...out];
}

/** A lexicon from sets of keys plus the built-in base lexicon. */
export function baueLexikon(...quellen: Iterable<string>[]): Set<string> {
  const s = new Set<string>(BASISLEXIKON);
  for (const q of quellen) for (const w of q) if (w.length >= 3 && !STOPPWOERTER.has(w)) s.add(w);
  return s;
}

// ---- Thesaurus -------------------------------------------------------------------------------------

export interface ThesaurusGruppe {
  id: string;
  /** begriff first, then the synonyms. */
  begriffe: string[];
}

export interface ThesaurusIndex {
  gruppen: ThesaurusGruppe[];
  /** leicht-keys of a term's words joined with ' ' → indexes into gruppen. */
  nachPhrase: Map<string, number[]>;
  /** Longest term in words. */
  maxWoerter: number;
  /** Keys of all single-word terms (for the lexicon and typo correction). */
  einzelwoerter: Map<string, string>;
}

export function phrasenSchluessel(text: string): string {
  return tokenisiere(text).map((t) => leicht(t.key)).join(' ');
}

export function baueThesaurus(gruppen: ThesaurusGruppe[]): ThesaurusIndex {
  const nachPhrase = new Map<string, number[]>();
  const einzelwoerter = new Map<string, string>();
  let maxWoerter = 1;
  gruppen.forEach((g, i) => {
    for (const b of g.begriffe) {
      const toks = tokenisiere(b);
      if (!toks.length) continue;
      maxWoerter = Math.max(maxWoerter, toks.length);
      const k = toks.map((t) => leicht(t.key)).join(' ');
      const l = nachPhrase.get(k) ?? [];
      if (!l.includes(i)) l.push(i);
      nachPhrase.set(k, l);
      if (toks.length === 1) einzelwoerter.set(toks[0].key, toks[0].wort);
    }
  });
  return { gruppen, nachPhrase, maxWoerter: Math.min(maxWoerter, 5), einzelwoerter };
}

/** Synonyms of a word or phrase (all other terms of its groups). */
export function synonymeVon(text: string, th: ThesaurusIndex): string[] {
  const k = phrasenSchluessel(text);
  const out: string[] = [];
  for (const i of th.nachPhrase.get(k) ?? []) {
    for (const b of th.gruppen[i].begriffe) if (phrasenSchluessel(b) !== k && !out.includes(b)) out.push(b);
  }
  return out;
}

// ---- Query expansion -------------------------------------------------------------------------------

export type VariantenArt = 'wort' | 'umlaut' | 'synonym' | 'tippfehler' | 'wortfamilie';

export interface Variante {
  /** Word or phrase to search (spelling as in the catalogue). */
  wort: string;
  art: VariantenArt;
  faktor: number;
}

export interface Konzept {
  /** What the user wrote (word or phrase). */
  text: string;
  varianten: Variante[];
  /** Parts of a compound (or the words of a phrase), each a concept of its own. */
  teile?: Konzept[];
  /** How the parts came about. */
  teileArt?: 'kompositum' | 'phrase';
}

export interface Korrektur {
  wort: string;
  abstand: number;
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

/** Weight of a match by how it came about (parameters of the ranking, not tuned per query). */
export const FAKTOR = { wort: 1, umlaut: 1, synonym: 0.85, tippfehler: 0.8, wortfamilie: 0.8, teile: 0.85, phrase: 0.9 };

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

/** Maximal edit distance accepted as a typo for a word of this length. */
export const maxAbstand = (laenge: number) => (laenge <= 4 ? 1 : laenge <= 7 ? 1 : laenge <= 12 ? 2 : 3);

const PRAEFIXE = ['be', 'ver', 'er', 'ge', 'an', 'ab', 'aus', 'ein', 'um', 'zu'];

/**
 * Members of the word family of a key that occur in the lexicon (German derivation, not inflection,
 * which the Snowball stemmer handles): verb ↔ -ung noun ("melden" ↔ "meldung", "digitalisieren" ↔
 * "digitalisierung", "foerdern" ↔ "foerderung"), verb/-ung noun → agent noun ("melden", "meldung" →
 * "melder"), past participle → verb ("geblitzt" → "blitzen" → "blitzer"), verb →
 * bare stem noun ("planen" → "plan", "beantragen" → "antrag"), each also without a verb prefix.
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
  };
  formen(key);
  partizip(key);
  for (const p of PRAEFIXE) {
    if (!key.startsWith(p) || key.length - p.length < 5) continue;
    formen(key.slice(p.length));
    partizip(key.slice(p.length));
  }
  out.delete(key);
  return [...out].filter((w) => w.length >= 4 && lex.has(w) && !STOPPWOERTER.has(w)).sort();
}

function fuegeHinzu(vs: Variante[], v: Variante) {
  const k = schluessel(v.wort);
  const da = vs.find((x) => schluessel(x.wort) === k);
  if (!da) vs.push(v);
  else if (v.faktor > da.faktor) Object.assign(da, v);
}

function wortKonzept(t: Token, ctx: ErweiterungsKontext, tiefe: number): Konzept {
  const sw = ctx.schreibweise(t.key);
  const anders = !!sw && klein(sw) !== t.wort;
  // a different catalogue spelling (Buergerbuero → Bürgerbüro) comes first, so that it is explained
  const varianten: Variante[] = anders ? [{ wort: sw, art: 'umlaut', faktor: FAKTOR.umlaut }] : [];
  varianten.push({ wort: t.wort, art: 'wort', faktor: FAKTOR.wort });
  const basis = [t.wort, ...(anders ? [sw] : [])];
  for (const b of basis) for (const s of synonymeVon(b, ctx.thesaurus)) fuegeHinzu(varianten, { wort: s, art: 'synonym', faktor: FAKTOR.synonym });
  for (const f of wortfamilie(t.key, ctx.lexikon)) {
    const w = ctx.schreibweise(f) ?? f;
    fuegeHinzu(varianten, { wort: w, art: 'wortfamilie', faktor: FAKTOR.wortfamilie });
    for (const s of synonymeVon(w, ctx.thesaurus)) fuegeHinzu(varianten, { wort: s, art: 'synonym', faktor: FAKTOR.wortfamilie * FAKTOR.synonym });
  }
  for (const k of ctx.korrekturen.get(t.key) ?? []) {
    const f = FAKTOR.tippfehler * (k.abstand > 1 ? 0.9 : 1);
    fuegeHinzu(varianten, { wort: k.wort, art: 'tippfehler', faktor: f });
    for (const s of synonymeVon(k.wort, ctx.thesaurus)) fuegeHinzu(varianten, { wort: s, art: 'synonym', faktor: f * FAKTOR.synonym });
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
 * Turns a need text into concepts: each content word (or thesaurus phrase such as "schnelles Internet")
 * with its variants. Words and phrases that occur twice count once.
 */
export function erweitereAnfrage(text: string, ctx: ErweiterungsKontext): Konzept[] {
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
        for (const s of synonymeVon(text, ctx.thesaurus)) fuegeHinzu(varianten, { wort: s, art: 'synonym', faktor: FAKTOR.synonym });
        const teile = teil.filter((t) => istInhaltswort(t.key)).map((t) => wortKonzept(t, ctx, 1));
        konzepte.push({ text, varianten, teile: teile.length > 1 ? teile : undefined, teileArt: teile.length > 1 ? 'phrase' : undefined });
        if (teile.length === 1) konzepte[konzepte.length - 1].varianten.push(...teile[0].varianten.filter((v) => v.art !== 'wort'));
      }
      i += phrase;
      continue;
    }
    const t = toks[i++];
    if (!istInhaltswort(t.key) || gesehen.has(leicht(t.key))) continue;
    gesehen.add(leicht(t.key));
    konzepte.push(wortKonzept(t, ctx, 2));
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

// ---- tsquery ---------------------------------------------------------------------------------------

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

// ---- Scoring ---------------------------------------------------------------------------------------

export type Feld = 'A' | 'B' | 'C' | 'D';
/** Weight of a match by field: A title, B summary/problem/tags, C approach, D further text. */
export const FELD_FAKTOR: Record<Feld, number> = { A: 1, B: 0.8, C: 0.55, D: 0.35 };
export const FELD_NAME: Record<Feld, string> = { A: 'im Titel', B: 'in Zusammenfassung oder Problem', C: 'im Ansatz', D: 'in weiteren Angaben' };

export interface Kandidat {
  id: string;
  externalId: string | null;
  titel: string;
  sprache: string;
  handlungsfeld: string | null;
  wirkungsstufe: number | null;
  siegel: boolean;
  nutzungen: number;
  herkunftGroessenklasse: number | null;
  /** Which table of the study the class belongs to (a Kreis class 1 is not a city class 1). */
  herkunftArt: GroessenklasseArt | null;
  /** matched lexeme → best field */
  treffer: Map<string, Feld>;
}

export interface Signale {
  handlungsfeld?: string | null;
  groessenklasse?: number | null;
  groessenklasseArt?: GroessenklasseArt | null;
}

export type GrundArt = 'begriff' | 'schreibweise' | 'synonym' | 'wortteil' | 'wortfamilie' | 'tippfehler' | 'handlungsfeld' | 'groessenklasse' | 'siegel' | 'wirkung' | 'nutzung';

export interface Grund {
  art: GrundArt;
  text: string;
}

export interface Bewertung {
  score: number;
  text: number;
  bonus: number;
  reasons: Grund[];
}

export const BONUS = { handlungsfeld: 0.15, groessenklasseGleich: 0.06, groessenklasseNah: 0.03, siegel: 0.05, wirkungJeStufe: 0.01, nutzungMax: 0.04 };
/** Coordination: text score × (share of the query's concepts found)^exponent (0 = off). */
export const KOORDINATION = { exponent: 0 };

interface Treffer {
  wert: number;
  grund: { art: GrundArt; text: string } | null;
  /** the best-matching variant word, for the list of matched words */
  woerter: string[];
}

const q = (s: string) => `„${s}“`;

function variantenTreffer(v: Variante, konzeptText: string, k: Kandidat, lex: (w: string) => Lexeme | undefined, idf: (l: string) => number): Treffer | null {
  const l = lex(v.wort);
  const ls = l ? (k.sprache === 'en' ? l.en : l.de) : [];
  if (!ls.length) return null;
  let feld = 1;
  let summe = 0;
  let bestesFeld: Feld = 'D';
  for (const x of ls) {
    const f = k.treffer.get(x);
    if (!f) return null;
    feld = Math.min(feld, FELD_FAKTOR[f]);
    if (FELD_FAKTOR[f] >= FELD_FAKTOR[bestesFeld]) bestesFeld = f;
    summe += idf(x);
  }
  const wert = v.faktor * feld * (summe / ls.length) * (ls.length > 1 ? 1 + 0.15 * (ls.length - 1) : 1);
  const wo = FELD_NAME[bestesFeld];
  let grund: Treffer['grund'];
  if (v.art === 'synonym') grund = { art: 'synonym', text: `${q(konzeptText)}: Synonym ${q(v.wort)} ${wo} (Thesaurus)` };
  else if (v.art === 'umlaut') grund = { art: 'schreibweise', text: `${q(konzeptText)} als ${q(v.wort)} gelesen, gefunden ${wo}` };
  else if (v.art === 'wortfamilie') grund = { art: 'wortfamilie', text: `${q(konzeptText)} über die Wortfamilie ${q(v.wort)} gefunden ${wo}` };
  else if (v.art === 'tippfehler') grund = { art: 'tippfehler', text: `${q(konzeptText)} korrigiert zu ${q(v.wort)}, gefunden ${wo}` };
  else grund = { art: 'begriff', text: `${q(konzeptText)} ${wo}` };
  return { wert, grund, woerter: [v.wort] };
}

function konzeptTreffer(c: Konzept, k: Kandidat, lex: (w: string) => Lexeme | undefined, idf: (l: string) => number): Treffer | null {
  let best: Treffer | null = null;
  for (const v of c.varianten) {
    const t = variantenTreffer(v, c.text, k, lex, idf);
    if (t && (!best || t.wert > best.wert)) best = t;
  }
  if (c.teile?.length) {
    const ts = c.teile.map((t) => konzeptTreffer(t, k, lex, idf));
    const getroffen = ts.filter((t): t is Treffer => !!t);
    if (getroffen.length) {
      const faktor = c.teileArt === 'phrase' ? FAKTOR.phrase : FAKTOR.teile;
      const wert = (faktor * getroffen.reduce((s, t) => s + t.wert, 0)) / c.teile.length;
      if (!best || wert > best.wert) {
        const namen = c.teile.map((t) => t.text);
        const gef = c.teile.filter((_, i) => ts[i]).map((t) => t.text);
        const innen = getroffen.map((t) => t.grund).filter((g): g is NonNullable<Treffer['grund']> => !!g && g.art !== 'begriff');
        const text = c.teileArt === 'phrase'
          ? `${q(c.text)}: ${gef.map(q).join(', ')} gefunden`
          : `${q(c.text)} zerlegt in ${namen.map(q).join(' + ')}, gefunden: ${gef.map(q).join(', ')}${innen.length ? ` (${innen.map((g) => g.text).join('; ')})` : ''}`;
        best = { wert, grund: { art: c.teileArt === 'phrase' ? 'begriff' : 'wortteil', text }, woerter: getroffen.flatMap((t) => t.woerter) };
      }
    }
  }
  return best;
}

/** Best possible weight of a concept (for normalising the score to about 0…1). */
export function konzeptGewicht(c: Konzept, lex: (w: string) => Lexeme | undefined, idf: (l: string) => number, df: (l: string) => number): number {
  let best = 0;
  for (const v of c.varianten) {
    const l = lex(v.wort);
    for (const ls of l ? [l.de, l.en] : []) {
      if (!ls.length || ls.some((x) => df(x) === 0)) continue;
      best = Math.max(best, v.faktor * (ls.reduce((s, x) => s + idf(x), 0) / ls.length));
    }
  }
  if (c.teile?.length) {
    const w = c.teile.reduce((s, t) => s + konzeptGewicht(t, lex, idf, df), 0) / c.teile.length;
    best = Math.max(best, FAKTOR.teile * w);
  }
  return best;
}

/** Inverse document frequency (BM25 form, always > 0). */
export const idfWert = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));


/**
 * Score of one candidate: text relevance (sum over concepts of the best variant: idf × field × kind of
 * match) times (1 + bonus for structured signals). Returns the German explanations.
 */
export function bewerte(
  konzepte: Konzept[],
  k: Kandidat,
  s: Signale,
  lex: (w: string) => Lexeme | undefined,
  idf: (l: string) => number,
  norm: number,
): Bewertung {
  const gruende: { wert: number; g: Grund }[] = [];
  let text = 0;
  let gefunden = 0;
  for (const c of konzepte) {
    const t = konzeptTreffer(c, k, lex, idf);
    if (!t) continue;
    text += t.wert;
    gefunden++;
    if (t.grund) gruende.push({ wert: t.wert, g: t.grund });
  }
  gruende.sort((a, b) => b.wert - a.wert);
  const reasons: Grund[] = gruende.map((x) => x.g);
  let bonus = 0;
  if (s.handlungsfeld && k.handlungsfeld && s.handlungsfeld === k.handlungsfeld) {
    bonus += BONUS.handlungsfeld;
    reasons.push({ art: 'handlungsfeld', text: `Gleiches Handlungsfeld: ${k.handlungsfeld}` });
  }
  if (s.groessenklasse && k.herkunftGroessenklasse && s.groessenklasseArt && k.herkunftArt === s.groessenklasseArt) {
    const d = Math.abs(s.groessenklasse - k.herkunftGroessenklasse);
    const name = groessenklasseSpanne(k.herkunftArt, k.herkunftGroessenklasse) ? groessenklasseName(k.herkunftArt, k.herkunftGroessenklasse) : String(k.herkunftGroessenklasse);
    if (d === 0) {
      bonus += BONUS.groessenklasseGleich;
      reasons.push({ art: 'groessenklasse', text: `Herkunftskommune in derselben Größenklasse (${name})` });
    } else if (d === 1) {
      bonus += BONUS.groessenklasseNah;
      reasons.push({ art: 'groessenklasse', text: `Herkunftskommune in ähnlicher Größenklasse (${name})` });
    }
  }
  if (k.siegel) {
    bonus += BONUS.siegel;
    reasons.push({ art: 'siegel', text: 'Mit dem Siegel „Bewährt“ ausgezeichnet' });
  }
  if (k.wirkungsstufe) {
    bonus += BONUS.wirkungJeStufe * k.wirkungsstufe;
    reasons.push({ art: 'wirkung', text: `Wirkung belegt bis Stufe ${k.wirkungsstufe} von 7 der Wirkungstreppe` });
  }
  if (k.nutzungen > 0) {
    bonus += BONUS.nutzungMax * Math.min(1, Math.log2(1 + k.nutzungen) / 3);
    reasons.push({ art: 'nutzung', text: k.nutzungen === 1 ? 'Bereits von einer weiteren Kommune übernommen' : `Bereits von ${k.nutzungen} Kommunen übernommen` });
  }
  if (KOORDINATION.exponent && konzepte.length) text *= (gefunden / konzepte.length) ** KOORDINATION.exponent;
  const score = norm > 0 ? (text / norm) * (1 + bonus) : 0;
  return { score, text, bonus, reasons };
}

// ---- Typos -----------------------------------------------------------------------------------------

/** Levenshtein distance (for typo candidates from the thesaurus; the catalogue vocabulary uses pg_trgm). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Levenshtein distance if it is at most `max`, otherwise some value above `max`: stops as soon as a whole row
 * exceeds `max` (row minima never decrease). Same answer as `levenshtein` wherever it is ≤ max, far cheaper
 * for the many typo candidates that are not close (a typo lookup compares a word with ~1,000 candidates).
 */
export function levenshteinBis(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let zeilenMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < zeilenMin) zeilenMin = v;
    }
    if (zeilenMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * Picks typo corrections for a key from candidates (key → spelling, with document frequency):
 * within `maxAbstand`, nearest first, then the more frequent; at most two.
 */
export function waehleKorrekturen(key: string, kandidaten: { key: string; wort: string; df: number }[]): Korrektur[] {
  const max = maxAbstand(key.length);
  const nah: { key: string; wort: string; df: number; abstand: number }[] = [];
  for (const c of kandidaten) {
    if (c.key === key || Math.abs(c.key.length - key.length) > max) continue;
    const abstand = levenshteinBis(key, c.key, max);
    if (abstand <= max) nah.push({ ...c, abstand });
  }
  return nah
    .sort((a, b) => a.abstand - b.abstand || b.df - a.df || a.key.localeCompare(b.key))
    .slice(0, 2)
    .map((c) => ({ wort: c.wort, abstand: c.abstand }));
}

// ---- Search document -------------------------------------------------------------------------------

const EN = liste('the and of to for with is are was were by from this that which in on as an be it its their has have can into through');
const DE = liste('der die das und fuer mit ist sind von den dem des ein eine einer im zur zum auf bei nicht werden wird durch');
function liste(s: string) {
  return new Set(s.split(' '));
}

/**
 * Language of a text by its function words: 'en' only if clearly English (catalogue imports default
 * to German, so English case descriptions would otherwise be stemmed with German rules).
 */
export function erkenneSprache(text: string): 'de' | 'en' {
  let en = 0;
  let de = 0;
  for (const t of tokenisiere(text)) {
    if (EN.has(t.key)) en++;
    if (DE.has(t.key)) de++;
  }
  return en >= 3 && en > 2 * de ? 'en' : 'de';
}

export interface LoesungText {
  sprache: string;
  titel: string;
  zusammenfassung: string;
  problem: string;
  ansatz: string;
  voraussetzungen: string;
  wirkung_text: string;
  tags: string[];
}

export interface Suchdokument {
  config: 'german' | 'english';
  felder: Record<Feld, string>;
  /** key → spelling of the words of the document */
  woerter: Map<string, string>;
  /** compound parts added to the document */
  teile: string[];
}

const feldTexte = (l: LoesungText): Record<Feld, string> => ({
  A: l.titel,
  B: [l.zusammenfassung, l.problem, l.tags.join(', ')].join('\n'),
  C: l.ansatz,
  D: [l.voraussetzungen, l.wirkung_text].join('\n'),
});

/** Adds a word to a key → spelling map, preferring spellings with umlauts/ß. */
export function merkeSchreibweise(m: Map<string, string>, key: string, wort: string) {
  const da = m.get(key);
  if (!da || (!/[äöüßÄÖÜ]/.test(da) && /[äöüßÄÖÜ]/.test(wort))) m.set(key, wort);
}

/** Words (key → spelling) of a solution's texts. */
export function woerterVon(l: LoesungText): Map<string, string> {
  const m = new Map<string, string>();
  for (const text of Object.values(feldTexte(l))) for (const t of tokenisiere(text)) if (istInhaltswort(t.key)) merkeSchreibweise(m, t.key, t.original);
  return m;
}

/**
 * The search document of a solution: its fields (A title, B summary/problem/tags, C approach, D rest)
 * and, for German texts, the parts of each compound appended to the field it occurs in, so that
 * "Glasfaserausbau" is also found as "Ausbau von Glasfaser".
 */
export function suchdokument(
  l: LoesungText,
  lex: Lexikon,
  schreibweise: (key: string) => string | undefined,
  cache?: Map<string, string[]>,
): Suchdokument {
  const felder = feldTexte(l);
  const config = l.sprache === 'en' || erkenneSprache(Object.values(felder).join('\n')) === 'en' ? 'english' : 'german';
  const woerter = woerterVon(l);
  const alle = new Set<string>();
  if (config === 'german') {
    for (const f of Object.keys(felder) as Feld[]) {
      const teile = new Set<string>();
      for (const t of tokenisiere(felder[f])) {
        if (t.key.length < 6) continue;
        let ts = cache?.get(t.key);
        if (!ts) {
          ts = alleTeile(t.key, lex);
          cache?.set(t.key, ts);
        }
        for (const p of ts) teile.add(schreibweise(p) ?? woerter.get(p) ?? p);
      }
      if (teile.size) {
        felder[f] += `\n${[...teile].join(' ')}`;
        teile.forEach((x) => alle.add(x));
      }
    }
  }
  return { config, felder, woerter, teile: [...alle] };
}

// ---- Candidate pre-scoring -------------------------------------------------------------------------

/** Maximal number of postings read for the candidate search (sum of the document frequencies). */
export const POSTING_BUDGET = 30_000;

export interface Vorbewertung {
  lexeme: string[];
  /** group per lexeme: a concept or a part of a compound (the best lexeme of a group counts) */
  gruppen: number[];
  gewichte: number[];
}

/**
 * Weights for the candidate search in SQL: per lexeme idf × kind of match, grouped by concept (and by
 * compound part, each part weighted by its share). Lexemes that occur in no or in almost every
 * document are left out (they do not separate candidates); the exact scoring happens afterwards.
 */
export function vorbewertung(
  konzepte: Konzept[],
  lex: (w: string) => Lexeme | undefined,
  idf: (l: string) => number,
  df: (l: string) => number,
  dokumente: number,
): Vorbewertung {
  const m = new Map<string, { lexem: string; gruppe: number; gewicht: number }>();
  let g = 0;
  const walk = (c: Konzept, faktor: number) => {
    const id = g++;
    for (const v of c.varianten) {
      const l = lex(v.wort);
      if (!l) continue;
      for (const ls of [l.de, l.en]) {
        for (const x of ls) {
          const d = df(x);
          if (d === 0 || (d > 0.4 * dokumente && dokumente > 50)) continue;
          const w = (faktor * v.faktor * idf(x)) / ls.length;
          const k = `${id} ${x}`;
          const da = m.get(k);
          if (!da || w > da.gewicht) m.set(k, { lexem: x, gruppe: id, gewicht: w });
        }
      }
    }
    if (c.teile?.length) for (const t of c.teile) walk(t, (faktor * FAKTOR.teile) / c.teile.length);
  };
  konzepte.forEach((c) => walk(c, 1));
  // Budget of postings: the rarest lexemes first (they separate best); frequent ones are left to the
  // exact scoring of the candidates. Keeps the candidate query fast on large catalogues.
  const dfs = new Map<string, number>();
  for (const x of m.values()) dfs.set(x.lexem, df(x.lexem));
  const reihe = [...dfs].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const erlaubt = new Set<string>();
  let summe = 0;
  for (const [l, d] of reihe) {
    if (erlaubt.size >= 3 && summe + d > POSTING_BUDGET) break;
    erlaubt.add(l);
    summe += d;
  }
  const werte = [...m.values()].filter((x) => erlaubt.has(x.lexem));
  return { lexeme: werte.map((x) => x.lexem), gruppen: werte.map((x) => x.gruppe), gewichte: werte.map((x) => Math.round(x.gewicht * 1e6) / 1e6) };
}

// ---- Trigram index for typo candidates --------------------------------------------------------------

/** Trigrams of a key as pg_trgm forms them (word padded with two blanks in front, one behind). */
export function trigramme(key: string): string[] {
  const p = `  ${key} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= p.length; i++) out.add(p.slice(i, i + 3));
  return [...out];
}

export interface VokabelEintrag {
  key: string;
  wort: string;
  df: number;
}

/**
 * In-memory trigram index over the catalogue vocabulary (same similarity as pg_trgm:
 * shared / (|A| + |B| − shared)). Answers typo lookups in well under a millisecond.
 */
export class TrigrammIndex {
  private readonly eintraege: VokabelEintrag[];
  private readonly anzahl: Uint16Array;
  private readonly postings = new Map<string, number[]>();
  constructor(eintraege: VokabelEintrag[]) {
    this.eintraege = eintraege;
    this.anzahl = new Uint16Array(eintraege.length);
    eintraege.forEach((e, i) => {
      const ts = trigramme(e.key);
      this.anzahl[i] = ts.length;
      for (const t of ts) {
        const l = this.postings.get(t);
        if (l) l.push(i);
        else this.postings.set(t, [i]);
      }
    });
  }
  aehnlich(key: string, limit = 8, schwelle = 0.3): VokabelEintrag[] {
    const ts = trigramme(key);
    const gemeinsam = new Map<number, number>();
    for (const t of ts) for (const i of this.postings.get(t) ?? []) gemeinsam.set(i, (gemeinsam.get(i) ?? 0) + 1);
    const out: { e: VokabelEintrag; s: number }[] = [];
    for (const [i, g] of gemeinsam) {
      const s = g / (ts.length + this.anzahl[i] - g);
      if (s >= schwelle) out.push({ e: this.eintraege[i], s });
    }
    return out
      .sort((a, b) => b.s - a.s || b.e.df - a.e.df || (a.e.key < b.e.key ? -1 : 1))
      .slice(0, limit)
      .map((x) => x.e);
  }
}
