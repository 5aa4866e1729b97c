import type { ColumnType, Generated } from 'kysely';

/** Tables of the solution catalogue (migrations 0020, 0021, 0056). JSON columns are written as JSON strings. */
export type LoesungStatus = 'entwurf' | 'eingereicht' | 'veroeffentlicht' | 'zurueckgewiesen' | 'archiviert';
type Zeit = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined, string>;

export interface LoesungTable {
  id: Generated<string>;
  external_id: string | null;
  kommune_id: string | null;
  herkunft_text: string | null;
  status: ColumnType<LoesungStatus, LoesungStatus | undefined, LoesungStatus>;
  sprache: ColumnType<'de' | 'en', 'de' | 'en' | undefined, 'de' | 'en'>;
  titel: string;
  zusammenfassung: string;
  problem: string;
  ansatz: ColumnType<string, string | undefined, string>;
  voraussetzungen: ColumnType<string, string | undefined, string>;
  aufwand_von: number | null;
  aufwand_bis: number | null;
  kosten_von: number | null;
  kosten_bis: number | null;
  dauer_monate: number | null;
  kontakt: ColumnType<string, string | undefined, string>;
  handlungsfeld: string | null;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  links: Json;
  wirkungsstufe: number | null;
  wirkung_text: ColumnType<string, string | undefined, string>;
  wirkung_quellen: Json;
  version: ColumnType<number, number | undefined, number>;
  erstellt_von: string | null;
  erstellt_am: Zeit;
  aktualisiert_am: Zeit;
  veroeffentlicht_am: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  pruefung_kommentar: ColumnType<string, string | undefined, string>;
  geprueft_von: string | null;
  geprueft_am: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface LoesungVersionTable {
  loesung_id: string;
  version: number;
  kommune_id: string | null;
  daten: Json;
  geaendert_von: string | null;
  geaendert_am: Zeit;
  kommentar: ColumnType<string, string | undefined, string>;
}

export interface LoesungNutzungTable {
  loesung_id: string;
  kommune_id: string;
  seit: ColumnType<string | null, string | null | undefined, string | null>;
  bericht: ColumnType<string, string | undefined, string>;
  erstellt_am: Zeit;
}

export interface LoesungSiegelTable {
  loesung_id: string;
  kriterien: Json;
  vergeben_von: string | null;
  vergeben_am: Zeit;
}

/** Status of a revision of a published solution (decision 0022). */
export type UeberarbeitungStatus = 'entwurf' | 'eingereicht' | 'zurueckgewiesen';

/** A pending revision of a published solution; the live row in `loesung` stays the approved version. */
export interface LoesungUeberarbeitungTable {
  loesung_id: string;
  kommune_id: string | null;
  status: ColumnType<UeberarbeitungStatus, UeberarbeitungStatus | undefined, UeberarbeitungStatus>;
  basis_version: number;
  daten: Json;
  kommentar: ColumnType<string, string | undefined, string>;
  erstellt_von: string | null;
  erstellt_am: Zeit;
  geaendert_von: string | null;
  aktualisiert_am: Zeit;
  pruefung_kommentar: ColumnType<string, string | undefined, string>;
  geprueft_von: string | null;
  geprueft_am: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface LoesungenTables {
  loesung: LoesungTable;
  loesung_version: LoesungVersionTable;
  loesung_nutzung: LoesungNutzungTable;
  loesung_siegel: LoesungSiegelTable;
  loesung_ueberarbeitung: LoesungUeberarbeitungTable;
}

// Adds this module's tables to the one Database type of core (see src/core/db/schema.ts).
declare module '../../core/db/schema.ts' {
  interface Database extends LoesungenTables {}
}
