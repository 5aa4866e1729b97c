import type { ColumnType, Generated } from 'kysely';

export type BedarfStatus = 'neu' | 'in_klaerung' | 'loesungen_vorgeschlagen' | 'in_umsetzung' | 'erledigt' | 'keine_passende_loesung';
export type Dringlichkeit = 'niedrig' | 'mittel' | 'hoch';
export type BedarfQuelle = 'erhebung' | 'demo';

export interface Suchbegriff {
  begriff: string;
  handlungsfeld: string;
}

type Zeit = ColumnType<Date, Date | string | undefined, Date | string>;

export interface BedarfTable {
  id: Generated<string>;
  kommune_id: string;
  titel: string;
  beschreibung: string;
  handlungsfeld: string | null;
  dringlichkeit: Dringlichkeit;
  status: ColumnType<BedarfStatus, BedarfStatus | undefined, BedarfStatus>;
  quelle: BedarfQuelle | null;
  quelle_ref: string | null;
  /** search terms of the self-check gap the need came from (decision 0144) */
  suchbegriffe: ColumnType<Suchbegriff[] | null, string | null | undefined, string | null>;
  erstellt_von: string | null;
  erstellt_am: Zeit;
  aktualisiert_am: Zeit;
  status_geaendert_am: Zeit;
}

export interface BedarfStatusAenderungTable {
  id: Generated<number>;
  bedarf_id: string;
  kommune_id: string;
  von: BedarfStatus | null;
  nach: BedarfStatus;
  kommentar: string;
  konto_id: string | null;
  zeitpunkt: Zeit;
}

export interface BedarfVorschlagTable {
  bedarf_id: string;
  kommune_id: string;
  loesung_id: string;
  notiz: string;
  vorgeschlagen_von: string | null;
  zeitpunkt: Zeit;
}

export interface BedarfeTables {
  bedarf: BedarfTable;
  bedarf_status_aenderung: BedarfStatusAenderungTable;
  bedarf_vorschlag: BedarfVorschlagTable;
}

// Adds this module's tables to the one Database type of core (see src/core/db/schema.ts).
declare module '../../core/db/schema.ts' {
  interface Database extends BedarfeTables {}
}
