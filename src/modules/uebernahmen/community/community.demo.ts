import type { Db } from '../../../core/db/db.ts';
import type { StartOptionen } from '../../../core/modul.ts';
import './community.table.ts';

const GIESSEN = '065310005005';
const MARBURG = '065340014014';

/**
 * Demo content of the community: on a solution Gießen adopts (from the demo projects), Gießen asked a question
 * that the origin answered (accepted), and Marburg asked one that is still open – so it stands on
 * „Was steht an?“ for Gießen's accounts. Idempotent; runs after the demo projects.
 */
export async function demoCommunity(db: Db, opts: StartOptionen): Promise<void> {
  if (!opts.demo) return;
  if (await db.k.selectFrom('community_frage').select('id').limit(1).executeTakeFirst()) return;
  const loesung = await db.k.selectFrom('uebernahme as u').innerJoin('loesung as l', 'l.id', 'u.loesung_id')
    .select(['l.id', 'l.kommune_id']).where('u.kommune_id', '=', GIESSEN).where('u.phase', '!=', 'abgebrochen')
    .where('l.status', '=', 'veroeffentlicht').where('l.kommune_id', 'is not', null).where('l.kommune_id', '!=', MARBURG)
    .orderBy('u.erstellt_am').limit(1).executeTakeFirst();
  if (!loesung?.kommune_id) return;
  const konten = await db.k.selectFrom('konto').select(['id', 'email']).where('email', 'in', ['mitarbeit@giessen.example', 'admin@marburg.example']).execute();
  const konto = (email: string) => konten.find((k) => k.email === email)?.id ?? null;
  const tag = (vor: number) => new Date(Date.now() - vor * 86_400_000);
  await db.k.transaction().execute(async (tx) => {
    const [beantwortet] = await tx.insertInto('community_frage').values([
      {
        loesung_id: loesung.id, kommune_id: GIESSEN, konto_id: konto('mitarbeit@giessen.example'), erstellt_am: tag(20),
        titel: 'Wie habt ihr den Personalrat eingebunden?',
        text: 'Bei uns muss der Personalrat jeder neuen Software zustimmen. Habt ihr eine Dienstvereinbarung abgeschlossen, und wie lange hat das gedauert?',
      },
      {
        loesung_id: loesung.id, kommune_id: MARBURG, konto_id: konto('admin@marburg.example'), erstellt_am: tag(3),
        titel: 'Reicht eine halbe Stelle für den laufenden Betrieb?',
        text: 'Wir überlegen, die Lösung ebenfalls zu übernehmen. Wie viel Arbeitszeit braucht der Betrieb nach der Einführung bei euch im Monat?',
      },
    ]).returning('id').execute();
    const antwort = await tx.insertInto('community_antwort').values({
      frage_id: beantwortet.id, kommune_id: loesung.kommune_id!, konto_id: null, erstellt_am: tag(18),
      text: 'Wir haben die bestehende Dienstvereinbarung zur IT-Nutzung um eine Anlage ergänzt (Zweck, Daten, keine Leistungskontrolle). Nach zwei Sitzungen des Personalrats war das erledigt, insgesamt etwa sechs Wochen.',
    }).returning('id').executeTakeFirstOrThrow();
    await tx.updateTable('community_frage').set({ akzeptierte_antwort_id: antwort.id }).where('id', '=', beantwortet.id).execute();
  });
  opts.log('Demo-Community: 2 Fragen, 1 akzeptierte Antwort');
}
