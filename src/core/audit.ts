import type { Kysely } from 'kysely';
import type { Database } from './db/schema.ts';

export interface AuditEintrag {
  kommuneId: string;
  kontoId: string | null;
  /** Dotted verb, e.g. `bedarf.erstellt`, `mitglied.eingeladen`. */
  aktion: string;
  objektTyp: string;
  objektId?: string | null;
  details?: Record<string, unknown>;
}

/** Records a change of tenant data. Call it inside the same transaction as the change. */
export async function protokolliere(tx: Kysely<Database>, e: AuditEintrag): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      kommune_id: e.kommuneId,
      konto_id: e.kontoId,
      aktion: e.aktion,
      objekt_typ: e.objektTyp,
      objekt_id: e.objektId ?? null,
      details: JSON.stringify(e.details ?? {}),
    })
    .execute();
}
