import type { ColumnType, Generated } from 'kysely';
import type { Ausgang, Sichtbarkeit } from './lernlog.rules.ts';

export interface KaizenLerneintragTable {
  id: Generated<string>;
  kommune_id: string;
  experiment_id: string | null;
  titel: string;
  versucht: string;
  passiert: string;
  gelernt: string;
  ausgang: Ausgang;
  sichtbarkeit: Sichtbarkeit;
  erstellt_von: string | null;
  erstellt_am: ColumnType<Date, Date | string | undefined, Date | string>;
  /** Berechnet (tsvector); nie schreiben. */
  suchtext: ColumnType<string, never, never>;
}

export interface KaizenLernlogTables {
  kaizen_lerneintrag: KaizenLerneintragTable;
}

declare module '../../../core/db/schema.ts' {
  interface Database extends KaizenLernlogTables {}
}
