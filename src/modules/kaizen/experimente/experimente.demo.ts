/**
 * Demo-Inhalt (nur mit Demo, idempotent): ein abgeschlossenes Experiment des Bürgerbüros Gießen zur Idee
 * „Abholschalter am Montag“, mit einer Stichprobe vorher/nachher. Läuft nach den Demo-Ideen.
 */
import type { Db } from '../../../core/db/db.ts';
import type { StartOptionen } from '../../../core/modul.ts';

const GIESSEN = '065310005005';
const VORHER = [34, 29, 41, 27, 38, 31, 36, 33, 30, 39];
const NACHHER = [14, 11, 18, 12, 16, 13, 15, 10, 17, 12];

export async function demoExperimente(db: Db, opts: StartOptionen): Promise<void> {
  if (!opts.demo) return;
  const idee = await db.k.selectFrom('kaizen_idee').select('id').where('kommune_id', '=', GIESSEN).where('prozess', '=', 'Ausgabe von Personalausweisen').executeTakeFirst();
  if (!idee) return;
  const schon = await db.k.selectFrom('kaizen_experiment').select('id').where('idee_id', '=', idee.id).executeTakeFirst();
  if (schon) return;
  const admin = await db.k.selectFrom('konto').select('id').where('email', '=', 'admin@giessen.example').executeTakeFirst();
  const tag = (n: number) => new Date(Date.now() - n * 86_400_000);
  await db.k.transaction().execute(async (tx) => {
    const x = await tx
      .insertInto('kaizen_experiment')
      .values({
        kommune_id: GIESSEN,
        idee_id: idee.id,
        titel: 'Abholschalter am Montagvormittag',
        hypothese: 'Wenn Ausweise montags an einem eigenen Schalter abgeholt werden, sinkt die Wartezeit der Abholenden von gut einer halben Stunde auf unter 15 Minuten.',
        messgroesse: 'wartezeit',
        einheit: 'Minuten',
        baseline_methode: 'stichprobe',
        baseline_wert: 34,
        ziel_wert: 15,
        test_von: tag(28).toISOString().slice(0, 10),
        test_bis: tag(14).toISOString().slice(0, 10),
        ergebnis: 'In zwei Testwochen warteten Abholende im Median 13,5 statt 33,5 Minuten; die Terminkundschaft wartete nicht länger.',
        ergebnis_wert: 13.5,
        entscheidung: 'standard',
        gelernt: 'Abholungen dauern kaum zwei Minuten, blockierten aber die gemeinsame Schlange. Ein Schalter reicht nur bis 11 Uhr, danach kommen kaum noch Abholungen.',
        erstellt_von: admin?.id ?? null,
        erstellt_am: tag(35),
        entschieden_am: tag(12),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const faelle = (phase: 'vorher' | 'nachher', minuten: number[], abTag: number) =>
      minuten.map((m, i) => {
        const beginn = new Date(tag(abTag).setUTCHours(7, i * 12, 0, 0));
        return { experiment_id: x.id, kommune_id: GIESSEN, phase, beginn, ende: new Date(beginn.getTime() + m * 60_000) };
      });
    await tx.insertInto('kaizen_stichprobe_fall').values([...faelle('vorher', VORHER, 31), ...faelle('nachher', NACHHER, 17)]).execute();
  });
  opts.log('Demo-Experiment angelegt: Abholschalter am Montagvormittag (Gießen)');
}
