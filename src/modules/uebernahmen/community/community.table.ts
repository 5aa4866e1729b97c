import type { ColumnType, Generated } from 'kysely';

/** Questions and answers per solution (migrations/0107_community.sql). */
export interface CommunityFrageTable {
  id: Generated<string>;
  loesung_id: string;
  kommune_id: string;
  konto_id: string | null;
  titel: string;
  text: string;
  akzeptierte_antwort_id: string | null;
  erstellt_am: ColumnType<Date, Date | string | undefined, never>;
}

export interface CommunityAntwortTable {
  id: Generated<string>;
  frage_id: string;
  kommune_id: string;
  konto_id: string | null;
  text: string;
  erstellt_am: ColumnType<Date, Date | string | undefined, never>;
}

export interface CommunityTables {
  community_frage: CommunityFrageTable;
  community_antwort: CommunityAntwortTable;
}

declare module '../../../core/db/schema.ts' {
  interface Database extends CommunityTables {}
}
