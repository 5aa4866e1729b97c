import type { ColumnType, Generated } from 'kysely';

type Zeit = ColumnType<Date, Date | string | undefined, Date | string>;

export interface KaizenProzessTable {
  id: Generated<string>;
  kommune_id: string;
  name: string;
  erstellt_von: string | null;
  erstellt_am: Zeit;
  ereignisse: ColumnType<number, number | undefined, number>;
  faelle: ColumnType<number, number | undefined, number>;
  erstes_ereignis: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  letztes_ereignis: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface KaizenEreignisTable {
  prozess_id: string;
  kommune_id: string;
  fall_id: string;
  schritt: string;
  zeitpunkt: Zeit;
}

export interface KaizenFallTable {
  prozess_id: string;
  kommune_id: string;
  fall_id: string;
  erster: Zeit;
  letzter: Zeit;
  durchlauf_stunden: number;
  ereignisse: number;
  nacharbeit: boolean;
  woche: ColumnType<Date, string, string>;
}

export interface KaizenWartezeitTable {
  prozess_id: string;
  kommune_id: string;
  fall_id: string;
  fall_erster: Zeit;
  stunden: number;
}

export interface KaizenProzesseTables {
  kaizen_prozess: KaizenProzessTable;
  kaizen_ereignis: KaizenEreignisTable;
  kaizen_fall: KaizenFallTable;
  kaizen_wartezeit: KaizenWartezeitTable;
}

declare module '../../../core/db/schema.ts' {
  interface Database extends KaizenProzesseTables {}
}
