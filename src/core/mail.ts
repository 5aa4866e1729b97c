import { sql, type Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { Database } from './db/schema.ts';
import type { Db } from './db/db.ts';
import { stelleEin, type JobHandler } from './jobs/warteschlange.ts';

export interface Mail {
  an: string;
  /** Stable kind of message, e.g. `konto.willkommen` (for tests, statistics and later templates). */
  art: string;
  betreff: string;
  /** The complete plain-text part (every mail has one; it carries all information of the HTML part). */
  text: string;
  /** Optional HTML part (built from the same content, see `mailAusVorlage`). */
  html?: string;
}

/** Job kind that sends one outbox row. */
export const MAIL_JOB = 'mail.senden';

/**
 * Puts an e-mail into the outbox (table `mail_ausgang`) and a job to send it into the queue. Call it in the
 * transaction of the change the mail is about, so that a rolled-back change sends nothing. Without
 * LOTSE_SMTP_URL the mail stays in the outbox, where a platform admin reads it („Postausgang“).
 */
export async function legeMailAb(tx: Kysely<Database>, mail: Mail): Promise<number> {
  const r = await tx.insertInto('mail_ausgang').values({ an: mail.an, art: mail.art, betreff: mail.betreff, text: mail.text, html: mail.html ?? null })
    .returning('id').executeTakeFirstOrThrow();
  const id = Number(r.id);
  await stelleEin(tx, { art: MAIL_JOB, daten: { mailId: id } });
  return id;
}

/** Sends one mail over SMTP (nodemailer); tests and the worker get it from `smtpVersand`. */
export interface MailVersand {
  sende(mail: { an: string; betreff: string; text: string; html: string | null }): Promise<void>;
  schliesse(): void;
}

/** SMTP sending for LOTSE_SMTP_URL (e.g. `smtp://user:pass@mail.example:587`, `smtps://…`). */
export function smtpVersand(url: string, absender: string): MailVersand {
  const transport = nodemailer.createTransport(url);
  return {
    async sende(m) {
      await transport.sendMail({ from: absender, to: m.an, subject: m.betreff, text: m.text, ...(m.html ? { html: m.html } : {}) });
    },
    schliesse: () => transport.close(),
  };
}

/** How long one instance holds a mail while sending it; afterwards another may try again. */
const MAIL_FRIST_SEKUNDEN = 120;

/**
 * Sends one outbox row, once: the row is claimed with a conditional update (not sent, not held by another
 * instance) before it goes out and marked sent afterwards. Without SMTP it stays in the outbox.
 * Returns true when this call sent it.
 */
export async function sendeAusgangsMail(db: Db, mailId: number, versand: MailVersand | null): Promise<boolean> {
  if (!versand) return false;
  const geholt = await sql<{ an: string; betreff: string; text: string; html: string | null }>`
    update mail_ausgang set gesperrt_bis = now() + make_interval(secs => ${MAIL_FRIST_SEKUNDEN}), versuche = versuche + 1
    where id = ${mailId} and versendet_am is null and (gesperrt_bis is null or gesperrt_bis < now())
    returning an, betreff, text, html`.execute(db.k);
  const m = geholt.rows[0];
  if (!m) return false;
  try {
    await versand.sende(m);
  } catch (err) {
    const meldung = (err instanceof Error ? err.message : String(err)).slice(0, 2000);
    await db.k.updateTable('mail_ausgang').set({ gesperrt_bis: null, fehler: meldung }).where('id', '=', mailId).execute();
    throw err;
  }
  await db.k.updateTable('mail_ausgang').set({ versendet_am: new Date(), gesperrt_bis: null, fehler: null }).where('id', '=', mailId).execute();
  return true;
}

export const sendeMailJob: JobHandler = async ({ db, daten, mailVersand }) => {
  const mailId = Number((daten as { mailId?: unknown })?.mailId);
  if (!Number.isSafeInteger(mailId)) throw new Error('Job mail.senden ohne gültige mailId');
  await sendeAusgangsMail(db, mailId, mailVersand);
};

// ---------------------------------------------------------------------------------------------------------
// Templates: one structure, rendered as complete plain text and as simple HTML.

export interface MailAbschnitt {
  ueberschrift: string;
  punkte: { text: string; link?: string; hervorheben?: boolean }[];
}

export interface MailVorlage {
  anrede: string;
  einleitung: string[];
  abschnitte?: MailAbschnitt[];
  schluss: string[];
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Plain text (complete: every link written out) and HTML from one template. */
export function mailAusVorlage(v: MailVorlage): { text: string; html: string } {
  const zeilen: string[] = [v.anrede, '', ...v.einleitung.flatMap((a) => [a, ''])];
  for (const ab of v.abschnitte ?? []) {
    zeilen.push(ab.ueberschrift, '-'.repeat(Math.min(70, ab.ueberschrift.length)));
    for (const p of ab.punkte) {
      zeilen.push(`${p.hervorheben ? '* ' : '- '}${p.text}`);
      if (p.link) zeilen.push(`  ${p.link}`);
    }
    zeilen.push('');
  }
  zeilen.push(...v.schluss);
  const html = [
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Lotse</title></head><body>',
    `<p>${esc(v.anrede)}</p>`,
    ...v.einleitung.map((a) => `<p>${esc(a)}</p>`),
    ...(v.abschnitte ?? []).map((ab) => `<h2>${esc(ab.ueberschrift)}</h2><ul>${ab.punkte.map((p) => {
      const inhalt = p.link ? `<a href="${esc(p.link)}">${esc(p.text)}</a>` : esc(p.text);
      return `<li>${p.hervorheben ? `<strong>${inhalt}</strong>` : inhalt}</li>`;
    }).join('')}</ul>`),
    ...v.schluss.map((a) => `<p>${esc(a)}</p>`),
    '</body></html>',
  ].join('\n');
  return { text: zeilen.join('\n').trimEnd() + '\n', html };
}
