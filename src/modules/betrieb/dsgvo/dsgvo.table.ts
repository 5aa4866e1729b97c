import type { ColumnType, Generated } from 'kysely';

/** A Kommune's order to delete all of its data (migration 0120). */
export interface KommuneLoeschungTable {
  id: Generated<string>;
  kommune_id: string;
  beantragt_von: string | null;
  beantragt_am: ColumnType<Date, never, never>;
  faellig_am: ColumnType<Date, Date | string, Date | string>;
  status: ColumnType<'offen' | 'widerrufen' | 'ausgefuehrt', 'offen' | undefined, 'widerrufen' | 'ausgefuehrt'>;
  widerrufen_am: ColumnType<Date | null, never, unknown>;
  ausgefuehrt_am: ColumnType<Date | null, never, unknown>;
  geloeschte_zeilen: ColumnType<Record<string, number> | null, never, string>;
}

export interface DsgvoTables {
  kommune_loeschung: KommuneLoeschungTable;
}

// Adds this module's tables to the one Database type of core (see src/core/db/schema.ts).
declare module '../../../core/db/schema.ts' {
  interface Database extends DsgvoTables {}
}
