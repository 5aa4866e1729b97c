import type { ColumnType, Generated } from 'kysely';

/** Job queue (migrations/0105_jobs.sql). */
export interface JobTable {
  id: Generated<number>;
  art: string;
  daten: ColumnType<unknown, string | undefined, string>;
  faellig_fuer: string | null;
  status: ColumnType<'offen' | 'laeuft' | 'erledigt' | 'fehlgeschlagen', 'offen' | undefined, 'offen' | 'laeuft' | 'erledigt' | 'fehlgeschlagen'>;
  ausfuehren_ab: ColumnType<Date, Date | string | undefined, Date | string>;
  versuche: ColumnType<number, number | undefined, number>;
  max_versuche: ColumnType<number, number | undefined, number>;
  gesperrt_bis: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  fehler: string | null;
  erstellt_am: ColumnType<Date, never, never>;
  erledigt_am: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** Notification settings and items (migrations/0106_benachrichtigungen.sql). */
export interface BenachrichtigungEinstellungTable {
  konto_id: string;
  einwilligung: boolean;
  modus: 'sofort' | 'woche' | 'aus';
  einwilligung_am: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  geaendert_am: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface BenachrichtigungTable {
  id: Generated<number>;
  konto_id: string;
  kommune_id: string | null;
  art: string;
  gruppe: string;
  titel: string;
  text: ColumnType<string, string | undefined, string>;
  link: string;
  handeln: ColumnType<boolean, boolean | undefined, boolean>;
  erstellt_am: ColumnType<Date, Date | string | undefined, never>;
  erledigt_am: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface JobTables {
  job: JobTable;
  benachrichtigung_einstellung: BenachrichtigungEinstellungTable;
  benachrichtigung: BenachrichtigungTable;
}

declare module '../db/schema.ts' {
  interface Database extends JobTables {}
}
