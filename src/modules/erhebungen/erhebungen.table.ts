import type { ColumnType, Generated } from 'kysely';

/** Tables of the self-checks (migrations 0040, 0052). JSON columns are written as JSON strings. */
type Zeit = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined, string>;

export type Modus = 'einzeln' | 'team';
export type RundenStatus = 'offen' | 'abgeschlossen';
export type Rollengruppe = 'fuehrung' | 'beschaeftigte';

export interface FragebogenTable {
  id: string;
  version: number;
  titel: string;
  definition: Json;
  geladen_am: ColumnType<Date, never, never>;
}

export interface ErhebungsrundeTable {
  id: Generated<string>;
  kommune_id: string;
  fragebogen_id: string;
  version: number;
  modus: Modus;
  status: ColumnType<RundenStatus, RundenStatus | undefined, RundenStatus>;
  team_token_hash: string | null;
  schliesst_am: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  erstellt_von: string | null;
  erstellt_am: Zeit;
  aktualisiert_am: Zeit;
  abgeschlossen_am: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  ergebnis: ColumnType<unknown, string | null | undefined, string | null>;
}

export interface AntwortsatzTable {
  id: Generated<string>;
  kommune_id: string;
  runde_id: string;
  konto_id: string | null;
  browser_kennung_hash: string | null;
  rollengruppe: Rollengruppe | null;
  antworten: Json;
  eingereicht_am: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  aktualisiert_am: Zeit;
}

export interface VorreiterOptinTable {
  kommune_id: string;
  fragebogen_id: string;
  dimension: string;
  erstellt_am: ColumnType<Date, never, never>;
}

export interface DimensionScoreTable {
  kommune_id: string;
  runde_id: string;
  fragebogen_id: string;
  dimension: string;
  score: number;
  art: 'gemeinde' | 'kreis';
  groessenklasse: number;
  aktuell: ColumnType<boolean, boolean | undefined, boolean>;
  abgeschlossen_am: Zeit;
}

/** Published comparison state (migration 0052): written only by the scheduled refresh. */
export interface VergleichLaufTable {
  id: ColumnType<number, number | undefined, number>;
  berechnet_am: Zeit;
}

export interface VergleichMitgliedTable {
  kommune_id: string;
  fragebogen_id: string;
  version: number;
  art: 'gemeinde' | 'kreis';
  groessenklasse: number;
  dimension: string;
  fein: number;
  vorreiter: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface VergleichStandTable {
  fragebogen_id: string;
  version: number;
  art: 'gemeinde' | 'kreis';
  groessenklasse: number;
  dimension: string;
  fein: number;
  anzahl: number;
}

export interface ErhebungenTables {
  fragebogen: FragebogenTable;
  erhebungsrunde: ErhebungsrundeTable;
  antwortsatz: AntwortsatzTable;
  vorreiter_optin: VorreiterOptinTable;
  dimension_score: DimensionScoreTable;
  vergleich_lauf: VergleichLaufTable;
  vergleich_mitglied: VergleichMitgliedTable;
  vergleich_stand: VergleichStandTable;
}

// Adds this module's tables to the one Database type of core (see src/core/db/schema.ts).
declare module '../../core/db/schema.ts' {
  interface Database extends ErhebungenTables {}
}
