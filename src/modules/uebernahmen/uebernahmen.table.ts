import type { ColumnType, Generated } from 'kysely';

/** Tables of the transfer projects (migrations 0100, 0101). JSON columns are written as JSON strings. */
export type UebernahmePhase = 'verstehen' | 'anpassen' | 'uebernehmen' | 'verstetigen' | 'abgeschlossen' | 'abgebrochen';
export type ArbeitsPhase = 'verstehen' | 'anpassen' | 'uebernehmen' | 'verstetigen';
type Zeit = ColumnType<Date, Date | string | undefined, Date | string>;
type Datum = ColumnType<string | null, string | null | undefined, string | null>;
type Json = ColumnType<unknown, string | undefined, string>;

export interface UebernahmeTable {
  id: Generated<string>;
  kommune_id: string;
  loesung_id: string;
  loesung_version: number;
  herkunft_kommune_id: string | null;
  herkunft_kontakt: ColumnType<string, string | undefined, string>;
  bedarf_id: string | null;
  phase: ColumnType<UebernahmePhase, UebernahmePhase | undefined, UebernahmePhase>;
  abbruch_grund: string | null;
  verantwortlich_id: string | null;
  golive_am: Datum;
  erstellt_von: string | null;
  erstellt_am: Zeit;
  aktualisiert_am: Zeit;
}

export interface UebernahmeVerlaufTable {
  id: Generated<string>;
  uebernahme_id: string;
  kommune_id: string;
  phase: UebernahmePhase;
  grund: string | null;
  konto_id: string | null;
  am: Zeit;
}

export interface UebernahmePunktTable {
  id: Generated<string>;
  uebernahme_id: string;
  kommune_id: string;
  phase: ArbeitsPhase;
  position: number;
  text: string;
  erledigt: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface UebernahmeMeilensteinTable {
  id: Generated<string>;
  uebernahme_id: string;
  kommune_id: string;
  phase: ArbeitsPhase;
  titel: string;
  verantwortlich: ColumnType<string, string | undefined, string>;
  faellig_am: Datum;
  erledigt: ColumnType<boolean, boolean | undefined, boolean>;
  quelle: ColumnType<'manuell' | 'check', 'manuell' | 'check' | undefined, 'manuell' | 'check'>;
}

export interface UebernahmeDokumentTable {
  id: Generated<string>;
  uebernahme_id: string;
  kommune_id: string;
  titel: string;
  url: string;
  erstellt_am: Zeit;
}

export interface LoesungUebernahmeVorlageTable {
  loesung_id: string;
  kommune_id: string | null;
  punkte: Json;
  aktualisiert_am: Zeit;
}

export type RueckmeldungAnlass = 'golive' | '6-monate' | '12-monate';

export interface UebernahmeRueckmeldungTable {
  id: Generated<string>;
  uebernahme_id: string;
  kommune_id: string;
  loesung_id: string;
  anlass: RueckmeldungAnlass;
  /** numeric: the driver returns a string. */
  aufwand_personentage: ColumnType<string, number, number>;
  kosten_euro: number;
  wirkungsstufe: number;
  anpassungen: ColumnType<string, string | undefined, string>;
  belege: ColumnType<string, string | undefined, string>;
  referenz: ColumnType<string, string | undefined, string>;
  oeffentlich: boolean;
  erstellt_von: string | null;
  erstellt_am: Zeit;
}

export interface UebernahmenTables {
  uebernahme: UebernahmeTable;
  uebernahme_verlauf: UebernahmeVerlaufTable;
  uebernahme_punkt: UebernahmePunktTable;
  uebernahme_meilenstein: UebernahmeMeilensteinTable;
  uebernahme_dokument: UebernahmeDokumentTable;
  loesung_uebernahme_vorlage: LoesungUebernahmeVorlageTable;
  uebernahme_rueckmeldung: UebernahmeRueckmeldungTable;
}

// Adds this module's tables to the one Database type of core (see src/core/db/schema.ts).
declare module '../../core/db/schema.ts' {
  interface Database extends UebernahmenTables {}
}

/** Migration 0102: preconditions of a solution and the check result per project. */
export interface LoesungVoraussetzungTable {
  loesung_id: string;
  kommune_id: string | null;
  daten: Json;
  aktualisiert_am: Zeit;
}

export interface UebernahmeCheckTable {
  uebernahme_id: string;
  kommune_id: string;
  runde_id: string | null;
  ergebnis: Json;
  erstellt_am: Zeit;
}

declare module '../../core/db/schema.ts' {
  interface Database {
    loesung_voraussetzung: LoesungVoraussetzungTable;
    uebernahme_check: UebernahmeCheckTable;
  }
}

/** Migration 0103: the public figures of a solution, computed on every change (decision 0114). */
export interface UebernahmeNutzungStandTable {
  loesung_id: string;
  daten: Json;
  berechnet_am: Zeit;
  /** Kommunen with a project in operation (migration 0132): the seal criterion, kept with the figures. */
  umgesetzt_in: ColumnType<string[], string[] | undefined, string[]>;
}

declare module '../../core/db/schema.ts' {
  interface Database {
    uebernahme_nutzung_stand: UebernahmeNutzungStandTable;
  }
}
