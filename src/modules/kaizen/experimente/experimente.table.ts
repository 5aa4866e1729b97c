import type { ColumnType, Generated } from 'kysely';
import type { BaselineMethode, Entscheidung, Messgroesse } from './experimente.rules.ts';

type Zeit = ColumnType<Date, Date | string | undefined, Date | string>;
type Datum = ColumnType<string | Date | null, string | null | undefined, string | null>;

export interface KaizenExperimentTable {
  id: Generated<string>;
  kommune_id: string;
  idee_id: string | null;
  titel: string;
  hypothese: string;
  messgroesse: Messgroesse;
  einheit: ColumnType<string, string | undefined, string>;
  baseline_methode: ColumnType<BaselineMethode, BaselineMethode | undefined, BaselineMethode>;
  baseline_wert: number | null;
  ziel_wert: number | null;
  test_von: Datum;
  test_bis: Datum;
  ergebnis: ColumnType<string, string | undefined, string>;
  ergebnis_wert: number | null;
  entscheidung: Entscheidung | null;
  gelernt: ColumnType<string, string | undefined, string>;
  erstellt_von: string | null;
  erstellt_am: Zeit;
  entschieden_am: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  loesung_id: ColumnType<string | null, string | null | undefined, string | null>;
  vorbild_id: ColumnType<string | null, string | null | undefined, string | null>;
  vorbild_eintrag_id: ColumnType<string | null, string | null | undefined, string | null>;
  stunden_gespart: ColumnType<number | null, number | null | undefined, number | null>;
  stunden_art: ColumnType<'laufend' | 'einmalig' | null, 'laufend' | 'einmalig' | null | undefined, 'laufend' | 'einmalig' | null>;
  stunden_bestaetigt_von: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface KaizenStichprobeFallTable {
  id: Generated<number>;
  experiment_id: string;
  kommune_id: string;
  phase: 'vorher' | 'nachher';
  beginn: ColumnType<Date, Date | string, Date | string>;
  ende: ColumnType<Date, Date | string, Date | string>;
  erfasst_am: Zeit;
}

export interface KaizenExperimenteTables {
  kaizen_experiment: KaizenExperimentTable;
  kaizen_stichprobe_fall: KaizenStichprobeFallTable;
}

declare module '../../../core/db/schema.ts' {
  interface Database extends KaizenExperimenteTables {}
}
