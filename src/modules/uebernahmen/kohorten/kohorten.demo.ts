import type { Db } from '../../../core/db/db.ts';
import type { StartOptionen } from '../../../core/modul.ts';
import { zeitplan } from './kohorten.rules.ts';
import './kohorten.table.ts';

const GIESSEN = '065310005005';
const MARBURG = '065340014014';
const WETZLAR = '065320023023';

/**
 * Demo cohort (only with demo content; idempotent): three Hessian towns adopt the solution Gießen is adapting
 * (from the demo projects) together. Gießen is in with its running project; Marburg and Wetzlar are invited, so
 * Marburg's admin sees the invitation on „Kohorten“. One post of the Transferstelle, one of Gießen, one shared
 * document. Runs after the demo projects; a handful of multi-row inserts.
 */
export async function demoKohorten(db: Db, opts: StartOptionen): Promise<void> {
  if (!opts.demo) return;
  if (await db.k.selectFrom('kohorte').select('id').limit(1).executeTakeFirst()) return;
  const projekt = await db.k.selectFrom('uebernahme as u').innerJoin('loesung as l', 'l.id', 'u.loesung_id')
    .select(['u.id', 'u.loesung_id', 'l.titel', 'l.kommune_id']).where('u.kommune_id', '=', GIESSEN).where('u.phase', 'not in', ['abgeschlossen', 'abgebrochen'])
    .where('l.status', '=', 'veroeffentlicht').orderBy('u.erstellt_am').limit(1).executeTakeFirst();
  if (!projekt) return;
  const kommunen = (await db.k.selectFrom('kommune').select('id').where('id', 'in', [GIESSEN, MARBURG, WETZLAR]).execute()).map((k) => k.id)
    .filter((k) => k !== projekt.kommune_id);
  if (kommunen.length < 3) return opts.log('Demo-Kohorte: Kommunen fehlen im Verzeichnis – übersprungen');
  const konten = new Map((await db.k.selectFrom('konto').select(['id', 'email']).where('email', 'in', ['transfer@lotse.example', 'mitarbeit@giessen.example']).execute()).map((k) => [k.email, k.id]));
  const start = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
  const plan = zeitplan(start);
  await db.k.transaction().execute(async (tx) => {
    const { id } = await tx.insertInto('kohorte').values({
      loesung_id: projekt.loesung_id, titel: `Mittelhessen übernimmt: ${projekt.titel}`.slice(0, 200), erstellt_von: konten.get('transfer@lotse.example') ?? null,
      start_am: start, transferplan_bis: plan.transferplanBis, review_am: plan.reviewAm,
    }).returning('id').executeTakeFirstOrThrow();
    await tx.insertInto('kohorte_mitglied').values([
      { kohorte_id: id, kommune_id: GIESSEN, status: 'dabei', uebernahme_id: projekt.id, beantwortet_am: new Date(Date.now() - 35 * 86_400_000) },
      { kohorte_id: id, kommune_id: MARBURG },
      { kohorte_id: id, kommune_id: WETZLAR },
    ]).execute();
    await tx.insertInto('kohorte_beitrag').values([
      { kohorte_id: id, kommune_id: null, konto_id: konten.get('transfer@lotse.example') ?? null, erstellt_am: new Date(Date.now() - 38 * 86_400_000),
        text: 'Willkommen in der Kohorte! Vorschlag: Wir treffen uns monatlich per Video, der erste Termin klärt den gemeinsamen Transferplan. Bis zum Stichtag sollte jede Kommune ihre lokale Gruppe benannt haben.' },
      { kohorte_id: id, kommune_id: GIESSEN, konto_id: konten.get('mitarbeit@giessen.example') ?? null, erstellt_am: new Date(Date.now() - 20 * 86_400_000),
        text: 'Wir haben die Leistungsbeschreibung für den Betrieb entworfen. Wenn Marburg und Wetzlar mitmachen, könnten wir gemeinsam ausschreiben und die Kosten teilen.' },
    ]).execute();
    await tx.insertInto('kohorte_dokument').values({
      kohorte_id: id, kommune_id: GIESSEN, konto_id: konten.get('mitarbeit@giessen.example') ?? null, titel: 'Entwurf: gemeinsame Leistungsbeschreibung', url: 'https://www.giessen.de/',
    }).execute();
  });
  opts.log('Demo-Kohorte: 3 Kommunen, 2 Beiträge, 1 Dokument');
}
