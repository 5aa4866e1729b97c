import { z } from 'zod';

/**
 * zod schemas that every module's requests use alike. Module-specific schemas live in
 * `<modul>.schemas.ts`.
 */

/** A Kommune in requests: its 12-digit Amtlicher Regionalschlüssel (ARS), the id of every Kommune row. */
export const kommuneId = z.string().regex(/^[0-9]{12}$/, { message: 'Kommune: 12-stelliger Regionalschlüssel erwartet.' });

/** A row id (UUID) in paths. */
export const uuidParams = z.strictObject({ id: z.uuid({ message: 'Ungültige Kennung.' }) });
