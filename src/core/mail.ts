import type { Kysely } from 'kysely';
import type { Database } from './db/schema.ts';

export interface Mail {
  an: string;
  /** Stable kind of message, e.g. `konto.willkommen` (for tests, statistics and later templates). */
  art: string;
  betreff: string;
  text: string;
}

/**
 * Puts an e-mail into the outbox (table `mail_ausgang`). Nothing sends it yet: a later step adds SMTP
 * and a job queue that picks up rows without `versendet_am`. Call it in the transaction of the change
 * the mail is about, so that a rolled-back change sends nothing.
 */
export async function legeMailAb(tx: Kysely<Database>, mail: Mail): Promise<void> {
  await tx.insertInto('mail_ausgang').values({ an: mail.an, art: mail.art, betreff: mail.betreff, text: mail.text }).execute();
}
