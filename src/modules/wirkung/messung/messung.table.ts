import type { ColumnType, Generated } from 'kysely';

type Zeit = ColumnType<Date, Date | string | undefined, Date | string>;

export type Rba = 'wie_viel' | 'wie_gut' | 'besser_gestellt';
export type Rhythmus = 'monatlich' | 'quartalsweise' | 'halbjaehrlich' | 'jaehrlich';

export interface EigenerIndikatorTable {
  id: Generated<string>;
  kommune_id: string;
  name: string;
  einheit: ColumnType<string, string | undefined, string>;
  richtung: 'hoch' | 'niedrig';
  rba: Rba;
  verantwortlich: ColumnType<string, string | undefined, string>;
  pflegt_konto_id: string | null;
  rhythmus: Rhythmus;
  basis_wert: number | null;
  basis_jahr: number | null;
  ziel_wert: number | null;
  ziel_jahr: number | null;
  ziel_id: string | null;
  stufe: number | null;
  gegenindikator_id: string | null;
  erstellt_von: string | null;
  erstellt_am: Generated<Date>;
  aktualisiert_am: Zeit;
}

export interface EigenerIndikatorWertTable {
  id: Generated<string>;
  kommune_id: string;
  indikator_id: string;
  jahr: number;
  /** date: als Zeichenkette YYYY-MM-DD gelesen (to_char in den Abfragen). */
  datum: ColumnType<string | null, string | null | undefined, string | null>;
  wert: number;
  stadtteil: ColumnType<string, string | undefined, string>;
  zielgruppe: ColumnType<string, string | undefined, string>;
  erfasst_am: Generated<Date>;
}

export interface WirkungMessungTables {
  eigener_indikator: EigenerIndikatorTable;
  eigener_indikator_wert: EigenerIndikatorWertTable;
}

declare module '../../../core/db/schema.ts' {
  interface Database extends WirkungMessungTables {}
}
