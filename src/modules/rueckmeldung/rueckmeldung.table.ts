import type { ColumnType, Generated } from 'kysely';

export interface RueckmeldungTable {
  id: Generated<string>;
  art: 'barrierefreiheit';
  name: string | null;
  email: string | null;
  nachricht: string;
  seite: string | null;
  erstellt_am: ColumnType<Date, never, never>;
}

export interface RueckmeldungTables {
  rueckmeldung: RueckmeldungTable;
}

declare module '../../core/db/schema.ts' {
  interface Database extends RueckmeldungTables {}
}
