/**
 * Real word lists for the typo correction and the language of a word (issue 10, item 4, docs/decisions/0121):
 * the Hunspell dictionaries of the npm packages `dictionary-de` (GPL-2.0 OR GPL-3.0, read as data at run time) and
 * `dictionary-en` (MIT AND BSD), read with `nspell` (MIT). A word the dictionary knows is never "corrected".
 *
 * Loading the German dictionary takes a few seconds: it starts with the module's background start task and at the
 * first search that needs it; every later search uses the loaded lists.
 */
import type NSpell from 'nspell';

export interface Woerterbuch {
  /** German word (as written, in lower case, or capitalised: nouns and nominalised verbs). */
  deutsch(wort: string): boolean;
  englisch(wort: string): boolean;
}

let laden: Promise<Woerterbuch> | null = null;

const gross = (w: string) => w.charAt(0).toLocaleUpperCase('de-DE') + w.slice(1);

function pruefer(s: NSpell) {
  const memo = new Map<string, boolean>();
  return (wort: string) => {
    let r = memo.get(wort);
    if (r === undefined) {
      const klein = wort.toLocaleLowerCase('de-DE');
      r = s.correct(wort) || s.correct(klein) || s.correct(gross(klein));
      if (memo.size > 50_000) memo.clear();
      memo.set(wort, r);
    }
    return r;
  };
}

/** The loaded dictionaries (loaded once per process). */
export function woerterbuch(): Promise<Woerterbuch> {
  laden ??= (async () => {
    const [{ default: nspell }, { default: de }, { default: en }] = await Promise.all([import('nspell'), import('dictionary-de'), import('dictionary-en')]);
    // the packages hand out Uint8Arrays (files read as they are); nspell's types expect Buffers
    const d = pruefer(nspell({ aff: Buffer.from(de.aff), dic: Buffer.from(de.dic) }));
    const e = pruefer(nspell({ aff: Buffer.from(en.aff), dic: Buffer.from(en.dic) }));
    return { deutsch: d, englisch: e };
  })();
  return laden;
}
