/** Small lexicon, thesaurus and expansion context shared by the pure-rule tests of the matcher. */
import type { ErweiterungsKontext } from './erweiterung.rules.ts';
import { baueLexikon } from '../sprache/komposita.rules.ts';
import { baueThesaurus } from '../sprache/thesaurus.rules.ts';
import type { Korrektur } from '../sprache/tippfehler.rules.ts';

export const lex = baueLexikon(['rechnungen', 'workflow', 'glasfaser', 'ausbau', 'verwarnung', 'geld', 'buerger', 'amt', 'schule', 'weg', 'kinder', 'garten', 'strasse', 'beleuchtung', 'innen', 'mangel', 'melder']);

export const th = baueThesaurus([
  { id: '1', begriffe: ['Knöllchen', 'Strafzettel', 'Verwarnungsgeld'] },
  { id: '2', begriffe: ['schnelles Internet', 'Breitband', 'Glasfaser'] },
  { id: '3', begriffe: ['Rechnung', 'invoice'] },
]);

export const ctx = (korrekturen = new Map<string, Korrektur[]>()): ErweiterungsKontext => ({
  lexikon: lex,
  schreibweise: (k) => ({ buergeramt: 'Bürgeramt', glasfaser: 'Glasfaser', rechnung: 'Rechnung', mangelmelder: 'Mängelmelder' } as Record<string, string>)[k],
  thesaurus: th,
  korrekturen,
  zerlegeCache: new Map(),
});
