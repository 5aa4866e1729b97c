import type { ColumnType, Generated } from 'kysely';

type Zeit = ColumnType<Date, Date | string | undefined, Date | string>;

export type Iooi = 'input' | 'output' | 'outcome' | 'impact';
export type LogikEbene = 'output' | 'outcome' | 'impact';
export type MassnahmeStatus = 'aktiv' | 'beendet';

export interface WirkungszielTable {
  id: Generated<string>;
  kommune_id: string;
  aussage: string;
  zielgruppe: ColumnType<string, string | undefined, string>;
  handlungsfeld: string | null;
  verantwortlich: ColumnType<string, string | undefined, string>;
  stufe: number;
  iooi: Iooi;
  sdg: number | null;
  erstellt_von: string | null;
  erstellt_am: Generated<Date>;
  aktualisiert_am: Zeit;
}

export interface MassnahmeTable {
  id: Generated<string>;
  kommune_id: string;
  titel: string;
  beschreibung: ColumnType<string, string | undefined, string>;
  /** numeric(14,2): pg liefert eine Zeichenkette. */
  budget: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  haushaltsprodukt: ColumnType<string, string | undefined, string>;
  evidenz: ColumnType<string, string | undefined, string>;
  wirkung_erwartet: number | null;
  aufwand: number | null;
  status: ColumnType<MassnahmeStatus, MassnahmeStatus | undefined, MassnahmeStatus>;
  naechste_pruefung: ColumnType<string | null, string | null | undefined, string | null>;
  erstellt_von: string | null;
  erstellt_am: Generated<Date>;
  aktualisiert_am: Zeit;
}

export interface MassnahmeZielTable {
  kommune_id: string;
  massnahme_id: string;
  ziel_id: string;
}

export interface WirkungslogikElementTable {
  id: Generated<string>;
  kommune_id: string;
  ziel_id: string;
  ebene: LogikEbene;
  titel: string;
  erstellt_am: Generated<Date>;
}

export interface WirkungslogikVerbindungTable {
  id: Generated<string>;
  kommune_id: string;
  ziel_id: string;
  von_massnahme_id: string | null;
  von_element_id: string | null;
  nach_element_id: string;
  annahme: ColumnType<string, string | undefined, string>;
  erstellt_am: Generated<Date>;
}

export interface WirkungZieleTables {
  wirkungsziel: WirkungszielTable;
  massnahme: MassnahmeTable;
  massnahme_ziel: MassnahmeZielTable;
  wirkungslogik_element: WirkungslogikElementTable;
  wirkungslogik_verbindung: WirkungslogikVerbindungTable;
}

declare module '../../../core/db/schema.ts' {
  interface Database extends WirkungZieleTables {}
}
