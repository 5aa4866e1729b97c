import type { ColumnType, Generated } from 'kysely';

export type Entscheidung = 'fortfuehren' | 'anpassen' | 'beenden';

export interface MassnahmePruefungTable {
  id: Generated<string>;
  kommune_id: string;
  massnahme_id: string;
  entscheidung: Entscheidung;
  begruendung: string;
  /** date: als Zeichenkette YYYY-MM-DD geschrieben, gelesen mit to_char. */
  datum: ColumnType<string, string, string>;
  naechste_pruefung: ColumnType<string | null, string | null | undefined, string | null>;
  konto_id: string | null;
  erstellt_am: Generated<Date>;
}

export interface WirkungUeberpruefungTables {
  massnahme_pruefung: MassnahmePruefungTable;
}

declare module '../../../core/db/schema.ts' {
  interface Database extends WirkungUeberpruefungTables {}
}
