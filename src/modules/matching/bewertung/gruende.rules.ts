/**
 * The German reasons of a match (shown with every result): how a word of the need was found (as written,
 * other spelling, synonym, word family, typo, compound parts, phrase) and which structured signals count.
 */
import type { VariantenArt } from '../anfrage/erweiterung.rules.ts';
import type { Feld } from './bewertung.rules.ts';

export type GrundArt = 'begriff' | 'schreibweise' | 'synonym' | 'wortteil' | 'wortfamilie' | 'tippfehler' | 'handlungsfeld' | 'groessenklasse' | 'siegel' | 'wirkung' | 'nutzung' | 'gelernt';

export interface Grund {
  art: GrundArt;
  text: string;
  /** the part of the need's text the reason came from (issue 10, item 2) */
  stelle?: { von: number; bis: number; satz: string };
}

export const FELD_NAME: Record<Feld, string> = { A: 'im Titel', B: 'in Zusammenfassung oder Problem', C: 'im Ansatz', D: 'in weiteren Angaben' };

const q = (s: string) => `„${s}“`;

/** Reason for a match of one variant of a concept in the best field `feld`. */
export function grundFuerVariante(art: VariantenArt, konzeptText: string, wort: string, feld: Feld): Grund {
  const wo = FELD_NAME[feld];
  if (art === 'synonym') return { art: 'synonym', text: `${q(konzeptText)}: Synonym ${q(wort)} ${wo} (Thesaurus)` };
  if (art === 'umlaut') return { art: 'schreibweise', text: `${q(konzeptText)} als ${q(wort)} gelesen, gefunden ${wo}` };
  if (art === 'wortfamilie') return { art: 'wortfamilie', text: `${q(konzeptText)} über die Wortfamilie ${q(wort)} gefunden ${wo}` };
  if (art === 'tippfehler') return { art: 'tippfehler', text: `${q(konzeptText)} korrigiert zu ${q(wort)}, gefunden ${wo}` };
  return { art: 'begriff', text: `${q(konzeptText)} ${wo}` };
}

/**
 * Reason for a match through the parts of a concept: a thesaurus phrase (its words found) or a compound
 * (its parts, the ones found, and how the parts were found themselves).
 */
export function grundFuerTeile(text: string, teileArt: 'kompositum' | 'phrase', namen: string[], gefunden: string[], innen: Grund[]): Grund {
  if (teileArt === 'phrase') return { art: 'begriff', text: `${q(text)}: ${gefunden.map(q).join(', ')} gefunden` };
  return {
    art: 'wortteil',
    text: `${q(text)} zerlegt in ${namen.map(q).join(' + ')}, gefunden: ${gefunden.map(q).join(', ')}${innen.length ? ` (${innen.map((g) => g.text).join('; ')})` : ''}`,
  };
}

export const grundHandlungsfeld = (handlungsfeld: string): Grund => ({ art: 'handlungsfeld', text: `Gleiches Handlungsfeld: ${handlungsfeld}` });

export const grundGroessenklasse = (naehe: 'gleich' | 'nah', name: string): Grund => ({
  art: 'groessenklasse',
  text: naehe === 'gleich' ? `Herkunftskommune in derselben Größenklasse (${name})` : `Herkunftskommune in ähnlicher Größenklasse (${name})`,
});

export const grundSiegel = (): Grund => ({ art: 'siegel', text: 'Mit dem Siegel „Bewährt“ ausgezeichnet' });

export const grundWirkung = (stufe: number): Grund => ({ art: 'wirkung', text: `Wirkung belegt bis Stufe ${stufe} von 7 der Wirkungstreppe` });

export const grundWirkungBerichtet = (n: number): Grund => ({
  art: 'wirkung',
  text: n === 1 ? 'Eine übernehmende Kommune berichtet Wirkung ab Stufe 4 der Wirkungstreppe' : `${n} übernehmende Kommunen berichten Wirkung ab Stufe 4 der Wirkungstreppe`,
});

export const grundNutzung = (nutzungen: number): Grund => ({
  art: 'nutzung',
  text: nutzungen === 1 ? 'Bereits von einer weiteren Kommune übernommen' : `Bereits von ${nutzungen} Kommunen übernommen`,
});
