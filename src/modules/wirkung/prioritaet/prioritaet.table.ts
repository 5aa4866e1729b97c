import type { Generated } from 'kysely';

export interface ZielkonfliktTable {
  id: Generated<string>;
  kommune_id: string;
  ziel_a_id: string;
  ziel_b_id: string;
  beschreibung: string;
  aufloesung: string;
  erstellt_von: string | null;
  erstellt_am: Generated<Date>;
}

export interface WirkungPrioritaetTables {
  zielkonflikt: ZielkonfliktTable;
}

declare module '../../../core/db/schema.ts' {
  interface Database extends WirkungPrioritaetTables {}
}
