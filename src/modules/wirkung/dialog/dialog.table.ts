import type { ColumnType, Generated } from 'kysely';

export type DialogRolle = 'verwaltung' | 'politik' | 'traeger' | 'zivilgesellschaft';
export type EintragArt = 'gespraechspunkt' | 'antwort' | 'hypothese' | 'entscheidung' | 'aufgabe';
export type Leitfrage = 'ueberrascht' | 'deutung' | 'unterschiede' | 'hypothesen';
export type Herkunft = 'hand' | 'stadtteil' | 'gegenindikator' | 'ziel_band' | 'referenz';

export interface WirkungsdialogTable {
  id: Generated<string>;
  kommune_id: string;
  titel: string;
  /** date: als Zeichenkette YYYY-MM-DD geschrieben, gelesen mit to_char. */
  datum: ColumnType<string, string, string>;
  ort: ColumnType<string, string | undefined, string>;
  ziel_id: string | null;
  erstellt_von: string | null;
  erstellt_am: Generated<Date>;
}

export interface WirkungsdialogTeilnahmeTable {
  id: Generated<string>;
  kommune_id: string;
  dialog_id: string;
  name: ColumnType<string, string | undefined, string>;
  rolle: DialogRolle;
}

export interface WirkungsdialogEintragTable {
  id: Generated<string>;
  kommune_id: string;
  dialog_id: string;
  art: EintragArt;
  leitfrage: Leitfrage | null;
  text: string;
  verantwortlich: ColumnType<string, string | undefined, string>;
  faellig: ColumnType<string | null, string | null | undefined, string | null>;
  indikator_id: string | null;
  bedarf_id: string | null;
  reihenfolge: ColumnType<number, number | undefined, number>;
  herkunft: ColumnType<Herkunft, Herkunft | undefined, Herkunft>;
  erstellt_am: Generated<Date>;
}

export interface WirkungsdialogIndikatorTable {
  kommune_id: string;
  dialog_id: string;
  indikator_id: string;
}

export interface WirkungDialogTables {
  wirkungsdialog: WirkungsdialogTable;
  wirkungsdialog_teilnahme: WirkungsdialogTeilnahmeTable;
  wirkungsdialog_eintrag: WirkungsdialogEintragTable;
  wirkungsdialog_indikator: WirkungsdialogIndikatorTable;
}

declare module '../../../core/db/schema.ts' {
  interface Database extends WirkungDialogTables {}
}
