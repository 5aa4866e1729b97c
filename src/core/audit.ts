import type { Kysely } from 'kysely';
import type { Database } from './db/schema.ts';

export interface AuditEintrag {
  /** The Kommune whose data changed; null for platform-level actions (role grants, thesaurus, imports). */
  kommuneId: string | null;
  kontoId: string | null;
  /** Dotted verb, e.g. `bedarf.erstellt`, `mitglied.eingeladen`. */
  aktion: string;
  objektTyp: string;
  objektId?: string | null;
  details?: Record<string, unknown>;
}

/** Records a change (of a Kommune's data, or on platform level). Call it inside the same transaction as the change. */
export async function protokolliere(tx: Kysely<Database>, e: AuditEintrag): Promise<void> {
  if (e.kommuneId === null) {
    // Platform level: its own table, so that audit_log stays a tenant table keyed by kommune_id.
    await tx
      .insertInto('plattform_audit_log')
      .values({ konto_id: e.kontoId, aktion: e.aktion, objekt_typ: e.objektTyp, objekt_id: e.objektId ?? null, details: JSON.stringify(e.details ?? {}) })
      .execute();
    return;
  }
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
