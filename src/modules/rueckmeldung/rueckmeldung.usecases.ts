import type { Db } from '../../core/db/db.ts';
import { legeMailAb } from '../../core/mail.ts';
import type { Betreiber } from '../../core/config.ts';
import * as repo from './rueckmeldung.repository.ts';
import type { BarrierefreiheitBody, RueckmeldungAntwort } from './rueckmeldung.schemas.ts';

/**
 * Feedback on accessibility: kept in the table (nothing is lost while the operator has not entered an
 * address) and, with LOTSE_BETREIBER_EMAIL, put into the outbox for the operator – in one transaction.
 */
export async function barrierefreiheitMelden(db: Db, betreiber: Betreiber, r: BarrierefreiheitBody): Promise<RueckmeldungAntwort> {
  return db.k.transaction().execute(async (tx) => {
    const id = await repo.speichere(tx, r);
    if (betreiber.email) {
      await legeMailAb(tx, {
        an: betreiber.email,
        art: 'rueckmeldung.barrierefreiheit',
        betreff: 'Lotse: Rückmeldung zur Barrierefreiheit',
        text: [
          'Über das Formular der Erklärung zur Barrierefreiheit ist eine Rückmeldung eingegangen.',
          '',
          `Name: ${r.name ?? '(nicht angegeben)'}`,
          `E-Mail-Adresse für die Antwort: ${r.email ?? '(nicht angegeben)'}`,
          `Betroffene Seite: ${r.seite ?? '(nicht angegeben)'}`,
          '',
          'Nachricht:',
          r.nachricht,
          '',
          `Kennung der Rückmeldung: ${id}`,
        ].join('\n'),
      });
    }
    return { id, weitergeleitet: !!betreiber.email };
  });
}
