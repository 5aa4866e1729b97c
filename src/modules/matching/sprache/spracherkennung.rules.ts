/** Language of a text (German or English) by its function words. */
import { tokenisiere } from './normalisierung.rules.ts';

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
