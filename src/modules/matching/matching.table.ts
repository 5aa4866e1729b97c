import type { ColumnType, Generated } from 'kysely';

export interface LoesungSuchindexTable {
  loesung_id: string;
  sprache: string;
  tsv: ColumnType<string, string, string>;
  woerter: string[];
  teile: string[];
  aktualisiert_am: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface MatchingVokabularTable {
  schluessel: string;
  wort: string;
  df: number;
}

export interface MatchingLexemTable {
  lexem: string;
  df: number;
}

export interface MatchingStandTable {
  id: Generated<number>;
  dokumente: number;
  version: number;
}

export interface MatchingWarteschlangeTable {
  loesung_id: string;
  seit: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface ThesaurusEintragTable {
  id: Generated<string>;
  begriff: string;
  synonyme: string[];
  hinweis: Generated<string>;
  /** migration 0174: an expansion through this group counts clearly less */
  mehrdeutig: Generated<boolean>;
  /** migration 0174: a Handlungsfeld; the group counts only when the query or the solution is in it */
  domaene: string | null;
  erstellt_am: ColumnType<Date, Date | string | undefined, never>;
  aktualisiert_am: ColumnType<Date, Date | string | undefined, Date | string>;
  aktualisiert_von: string | null;
}

export interface MatchingFeedbackTable {
  id: Generated<string>;
  bedarf_id: string | null;
  kommune_id: string | null;
  loesung_id: string;
  konto_id: string | null;
  text: string | null;
  hilfreich: boolean;
  erstellt_am: ColumnType<Date, never, never>;
}

export interface MatchingPostingTable {
  lexem: string;
  loesung_id: string;
  feld: number;
}

/** Applied versions of reference data sets (migration 0061, docs/decisions/0051). */
export interface ReferenzdatenStandTable {
  bereich: string;
  version: number;
  eingespielt: ColumnType<number, number | undefined, number>;
  angewendet_am: ColumnType<Date, never, never>;
}

/** Best fit the matcher found for a need (migration 0110, issue 10): unmet demand when not „gut“. */
export interface MatchingBedarfPruefungTable {
  bedarf_id: string;
  kommune_id: string;
  beste_passung: 'gut' | 'moeglich' | 'schwach' | 'keine';
  treffer_gut: number;
  treffer_moeglich: number;
  geprueft_am: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** A decision of the Lotsen as learning signal (migration 0126, issue 10 item 5, docs/decisions/0124). */
export interface MatchingLernsignalTable {
  id: Generated<string>;
  kommune_id: string | null;
  bedarf_id: string | null;
  loesung_id: string;
  quelle: 'vorschlag_angenommen' | 'hilfreich' | 'nicht_hilfreich' | 'keine_passende_loesung';
  gewicht: number;
  lexeme: string[];
  /** keys of the need's concepts (migration 0177, docs/decisions/0139); null for signals written before */
  konzepte: ColumnType<string[] | null, string[] | null | undefined, string[] | null>;
  /** the concepts with their rarity weight: [{ s: keys, g: weight }]; null for signals written before 0177 */
  konzept_gewichte: ColumnType<{ s: string[]; g: number }[] | null, string | null | undefined, string | null>;
  erstellt_am: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface MatchingTables {
  matching_posting: MatchingPostingTable;
  loesung_suchindex: LoesungSuchindexTable;
  matching_vokabular: MatchingVokabularTable;
  matching_lexem: MatchingLexemTable;
  matching_stand: MatchingStandTable;
  matching_warteschlange: MatchingWarteschlangeTable;
  thesaurus_eintrag: ThesaurusEintragTable;
  matching_feedback: MatchingFeedbackTable;
  referenzdaten_stand: ReferenzdatenStandTable;
  matching_bedarf_pruefung: MatchingBedarfPruefungTable;
  matching_lernsignal: MatchingLernsignalTable;
}

// Adds this module's tables to the one Database type of core (see src/core/db/schema.ts).
declare module '../../core/db/schema.ts' {
  interface Database extends MatchingTables {}
}
