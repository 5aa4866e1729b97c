import { sql } from 'kysely';
import type { Db, Tx } from './db/db.ts';
import { legeMailAb, mailAusVorlage, type MailAbschnitt } from './mail.ts';
import type { JobHandler } from './jobs/warteschlange.ts';
import './jobs/jobs.table.ts';

/**
 * Notifications for persons (docs/decisions/0116): a module calls `benachrichtige()` in the transaction of
 * the change (new question on a solution, milestone due …). What happens depends on the person's setting:
 * with consent and „sofort“ a mail goes into the outbox at once; with „woche“ the item waits for the weekly
 * digest (one mail per person and week, grouped by project, items to act on first); without consent or
 * with „aus“ no mail is written.
 */

export type BenachrichtigungsModus = 'sofort' | 'woche' | 'aus';

export interface BenachrichtigungsEinstellung {
  einwilligung: boolean;
  modus: BenachrichtigungsModus;
  einwilligungAm: string | null;
}

export async function leseEinstellung(db: Db | Tx, kontoId: string): Promise<BenachrichtigungsEinstellung> {
  const k = 'k' in db ? db.k : db;
  const z = await k.selectFrom('benachrichtigung_einstellung').selectAll().where('konto_id', '=', kontoId).executeTakeFirst();
  return z ? { einwilligung: z.einwilligung, modus: z.modus, einwilligungAm: z.einwilligung_am ? new Date(z.einwilligung_am).toISOString() : null }
    : { einwilligung: false, modus: 'woche', einwilligungAm: null };
}

export async function speichereEinstellung(tx: Tx, kontoId: string, e: { einwilligung: boolean; modus: BenachrichtigungsModus }): Promise<void> {
  const jetzt = new Date();
  await tx.insertInto('benachrichtigung_einstellung')
    .values({ konto_id: kontoId, einwilligung: e.einwilligung, modus: e.modus, einwilligung_am: e.einwilligung ? jetzt : null, geaendert_am: jetzt })
    .onConflict((oc) => oc.column('konto_id').doUpdateSet({
      einwilligung: e.einwilligung,
      modus: e.modus,
      // keep the date of the first consent; withdrawing clears it
      einwilligung_am: e.einwilligung ? sql`coalesce(benachrichtigung_einstellung.einwilligung_am, ${jetzt})` : null,
      geaendert_am: jetzt,
    }))
    .execute();
}

export interface NeueBenachrichtigung {
  kontoId: string;
  kommuneId: string | null;
  /** Stable kind, e.g. `community.frage.neu`. */
  art: string;
  /** The project or solution it belongs to (heading in the digest), e.g. „Online-Terminvergabe“. */
  gruppe: string;
  titel: string;
  text?: string;
  /** Path inside the web app, e.g. `/uebernahmen/…/community`. */
  link: string;
  /** The person has to act (answer, decide, report): first in the digest. */
  handeln?: boolean;
}

/** Absolute link for a mail. */
export const absoluterLink = (basis: string, link: string) => (/^https?:\/\//.test(link) ? link : `${basis}${link.startsWith('/') ? '' : '/'}${link}`);

/** The base address for links in mails (LOTSE_OEFFENTLICHE_URL), read per call like the operator details. */
export const oeffentlicheUrl = (env: NodeJS.ProcessEnv = process.env) =>
  (env.LOTSE_OEFFENTLICHE_URL?.trim() || `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, '');

/** Records notifications and, per the persons' settings, writes immediate mails. Call in the change's transaction. */
export async function benachrichtige(tx: Tx, punkte: NeueBenachrichtigung[]): Promise<void> {
  if (!punkte.length) return;
  const kontoIds = [...new Set(punkte.map((p) => p.kontoId))];
  const einstellungen = await tx.selectFrom('benachrichtigung_einstellung as e').innerJoin('konto', 'konto.id', 'e.konto_id')
    .select(['e.konto_id', 'e.einwilligung', 'e.modus', 'konto.email', 'konto.name']).where('e.konto_id', 'in', kontoIds).execute();
  const je = new Map(einstellungen.map((e) => [e.konto_id, e]));
  const jetzt = new Date();
  await tx.insertInto('benachrichtigung').values(punkte.map((p) => {
    const e = je.get(p.kontoId);
    const wartet = !!e && e.einwilligung && e.modus === 'woche';
    return {
      konto_id: p.kontoId, kommune_id: p.kommuneId, art: p.art, gruppe: p.gruppe.slice(0, 300), titel: p.titel.slice(0, 500), text: (p.text ?? '').slice(0, 4000),
      link: p.link, handeln: !!p.handeln, erledigt_am: wartet ? null : jetzt,
    };
  })).execute();
  const basis = oeffentlicheUrl();
  for (const p of punkte) {
    const e = je.get(p.kontoId);
    if (!e || !e.einwilligung || e.modus !== 'sofort') continue;
    const { text, html } = mailAusVorlage({
      anrede: `Guten Tag ${e.name},`,
      einleitung: [p.titel, ...(p.text ? [p.text] : [])],
      abschnitte: [{ ueberschrift: p.gruppe, punkte: [{ text: p.handeln ? `Bitte handeln: ${p.titel}` : p.titel, link: absoluterLink(basis, p.link), hervorheben: !!p.handeln }] }],
      schluss: SCHLUSS,
    });
    await legeMailAb(tx, { an: e.email, art: `benachrichtigung.${p.art}`, betreff: `Lotse: ${p.titel}`.slice(0, 200), text, html });
  }
}

const SCHLUSS = [
  'Diese Nachricht kommt von Lotse, weil Sie Benachrichtigungen per E-Mail zugestimmt haben.',
  'Ob und wie oft Lotse Ihnen schreibt, stellen Sie unter „Mein Konto“ ein (sofort, einmal pro Woche oder gar nicht).',
];

export const WOCHENZUSAMMENFASSUNG_JOB = 'benachrichtigung.wochenzusammenfassung';

/**
 * The weekly digest: one mail per person with open items, grouped by project (projects with items to act on
 * first, inside each project the items to act on first). One transaction per person: the mail and the
 * marking of its items are written together, so a retry never mails an item twice.
 */
export const wochenzusammenfassung: JobHandler = async ({ db }) => {
  const personen = await db.k.selectFrom('benachrichtigung as b')
    .innerJoin('benachrichtigung_einstellung as e', 'e.konto_id', 'b.konto_id')
    .select('b.konto_id').distinct()
    .where('b.erledigt_am', 'is', null).where('e.einwilligung', '=', true).where('e.modus', '=', 'woche')
    .execute();
  const basis = oeffentlicheUrl();
  for (const { konto_id } of personen) {
    await db.k.transaction().execute(async (tx) => {
      const konto = await tx.selectFrom('konto').select(['email', 'name']).where('id', '=', konto_id).executeTakeFirst();
      const offen = await tx.selectFrom('benachrichtigung').selectAll().where('konto_id', '=', konto_id).where('erledigt_am', 'is', null)
        .orderBy('id').forUpdate().skipLocked().execute();
      if (!konto || !offen.length) return;
      const m = zusammenfassungsMail(konto.name, offen.map((o) => ({ gruppe: o.gruppe, titel: o.titel, text: o.text, link: absoluterLink(basis, o.link), handeln: o.handeln })));
      await legeMailAb(tx, { an: konto.email, art: 'benachrichtigung.wochenzusammenfassung', ...m });
      await tx.updateTable('benachrichtigung').set({ erledigt_am: new Date() }).where('id', 'in', offen.map((o) => o.id)).execute();
    });
  }
};

export interface DigestPunkt { gruppe: string; titel: string; text: string; link: string; handeln: boolean }

/** Builds the digest mail (pure, unit-tested). */
export function zusammenfassungsMail(name: string, punkte: DigestPunkt[]): { betreff: string; text: string; html: string } {
  const gruppen = new Map<string, DigestPunkt[]>();
  for (const p of punkte) gruppen.set(p.gruppe, [...(gruppen.get(p.gruppe) ?? []), p]);
  const geordnet = [...gruppen].sort(([a, pa], [b, pb]) => Number(pb.some((p) => p.handeln)) - Number(pa.some((p) => p.handeln)) || a.localeCompare(b, 'de'));
  const abschnitte: MailAbschnitt[] = geordnet.map(([gruppe, ps]) => ({
    ueberschrift: gruppe,
    punkte: [...ps.filter((p) => p.handeln), ...ps.filter((p) => !p.handeln)].map((p) => ({
      text: `${p.handeln ? 'Bitte handeln: ' : ''}${p.titel}${p.text ? ` – ${p.text}` : ''}`,
      link: p.link,
      hervorheben: p.handeln,
    })),
  }));
  const zuTun = punkte.filter((p) => p.handeln).length;
  const { text, html } = mailAusVorlage({
    anrede: `Guten Tag ${name},`,
    einleitung: [`hier ist Ihre Wochenübersicht aus Lotse: ${punkte.length === 1 ? 'ein neuer Punkt' : `${punkte.length} neue Punkte`} in ${gruppen.size === 1 ? 'einem Vorhaben' : `${gruppen.size} Vorhaben`}`
      + (zuTun ? `, davon ${zuTun === 1 ? 'einer' : zuTun}, bei ${zuTun === 1 ? 'dem' : 'denen'} Sie handeln sollten. Diese stehen jeweils zuerst.` : '.')],
    abschnitte,
    schluss: SCHLUSS,
  });
  return { betreff: zuTun ? `Lotse: Ihre Wochenübersicht (${zuTun} zu erledigen)` : 'Lotse: Ihre Wochenübersicht', text, html };
}
