import type { ColumnType, Generated } from 'kysely';

/** Tables added by the konten module (migrations/0054_konten_vertrauen.sql). Core tables: core/db/schema.ts. */
export interface EinstellungTable {
  name: string;
  wert: string;
  geaendert_am: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** Outbox of e-mails (see core/mail.ts): sent by the job queue over SMTP when LOTSE_SMTP_URL is set. */
export interface MailAusgangTable {
  id: Generated<number>;
  an: string;
  art: string;
  betreff: string;
  text: string;
  erstellt_am: ColumnType<Date, never, never>;
  versendet_am: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  versuche: ColumnType<number, number | undefined, number>;
  fehler: string | null;
  /** HTML part (migration 0106); the plain-text part is always complete. */
  html: string | null;
  /** While an instance sends the mail (migration 0106, core/mail.ts). */
  gesperrt_bis: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface KontenTables {
  einstellung: EinstellungTable;
  mail_ausgang: MailAusgangTable;
}

// Adds this module's tables to the one Database type of core (see src/core/db/schema.ts).
declare module '../../core/db/schema.ts' {
  interface Database extends KontenTables {}
}
