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

/**
 * Records changes (of a Kommune's data, or on platform level). Call it inside the same transaction as the
 * change. Several entries (e.g. one per imported row) are written with one statement per table.
 */
export async function protokolliere(tx: Kysely<Database>, e: AuditEintrag | readonly AuditEintrag[]): Promise<void> {
  const alle = Array.isArray(e) ? (e as readonly AuditEintrag[]) : [e as AuditEintrag];
  const zeile = (x: AuditEintrag) => ({ konto_id: x.kontoId, aktion: x.aktion, objekt_typ: x.objektTyp, objekt_id: x.objektId ?? null, details: JSON.stringify(x.details ?? {}) });
  // Platform level: its own table, so that audit_log stays a tenant table keyed by kommune_id.
  const plattform = alle.filter((x) => x.kommuneId === null).map(zeile);
  const kommune = alle.filter((x) => x.kommuneId !== null).map((x) => ({ kommune_id: x.kommuneId as string, ...zeile(x) }));
  if (plattform.length) await tx.insertInto('plattform_audit_log').values(plattform).execute();
  if (kommune.length) await tx.insertInto('audit_log').values(kommune).execute();
}
