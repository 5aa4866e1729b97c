import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import type { BarrierefreiheitBody } from './rueckmeldung.schemas.ts';

export async function speichere(tx: Kysely<Database>, r: BarrierefreiheitBody): Promise<string> {
  const row = await tx
    .insertInto('rueckmeldung')
    .values({ art: 'barrierefreiheit', name: r.name, email: r.email, nachricht: r.nachricht, seite: r.seite })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
