/** Pfad-Parameter, die mehrere Teile des Moduls nutzen. */
import { z } from 'zod';
import { kommuneId, uuidParams } from '../../core/schemas.ts';

export const kommuneParams = z.strictObject({ kommuneId });
export const idParams = uuidParams;
/** Team-Link: 43 Zeichen base64url (32 Zufallsbytes). */
export const tokenParams = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: 'Ungültiger Link.' }) });
