import { z } from 'zod';
import { kommuneId } from '../../../core/schemas.ts';
import { email } from '../konten.schemas.ts';

const domain = z.string().trim().toLowerCase().min(3).max(253).regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, { message: 'Bitte geben Sie Domains wie „giessen.de“ an.' });
const claimName = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_:./-]+$/, { message: 'Ein Claim-Name besteht aus Buchstaben, Ziffern und _ : . / -.' });

/** A provider as the platform admin configures it; the client secret is write-only (never in an answer). */
export const anbieterSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    /** Either one Kommune … */
    kommuneId: kommuneId.optional(),
    /** … or a Land (2-digit key) with a claim that names the Kommune. */
    land: z.string().regex(/^[0-9]{2}$/, { message: 'Land: zweistelliger Schlüssel, z. B. 06.' }).optional(),
    kommuneClaim: claimName.optional(),
    issuer: z.url({ message: 'Issuer: bitte eine vollständige Adresse (https://…).' }).max(500),
    clientId: z.string().trim().min(1).max(200),
    clientSecret: z.string().min(1).max(500),
    gruppenClaim: claimName.default('groups'),
    rollenZuordnung: z.record(z.string().trim().min(1).max(200), z.enum(['mitglied', 'admin'])).refine((r) => Object.keys(r).length <= 200, { message: 'Höchstens 200 Gruppen.' }),
    emailDomains: z.array(domain).min(1).max(20),
  })
  .refine((a) => !!a.kommuneId !== !!a.land, { message: 'Bitte entweder eine Kommune oder ein Land angeben.', path: ['kommuneId'] })
  .refine((a) => !a.land || !!a.kommuneClaim, { message: 'Ein Anbieter für ein Land braucht den Claim, der die Kommune nennt.', path: ['kommuneClaim'] });
export type AnbieterEingabe = z.infer<typeof anbieterSchema>;

export const anbieterAntwort = z.object({
  id: z.string(),
  name: z.string(),
  kommuneId: z.string().nullable(),
  land: z.string().nullable(),
  kommuneClaim: z.string().nullable(),
  issuer: z.string(),
  clientId: z.string(),
  gruppenClaim: z.string(),
  rollenZuordnung: z.record(z.string(), z.enum(['mitglied', 'admin'])),
  emailDomains: z.array(z.string()),
  /** Where the provider has to send the browser back (register it there). */
  redirectUri: z.string(),
});
export type AnbieterAntwort = z.infer<typeof anbieterAntwort>;
export const anbieterListe = z.object({ items: z.array(anbieterAntwort), total: z.number() });
export const anbieterParams = z.strictObject({ id: z.uuid({ message: 'Anbieter: ungültige Kennung.' }) });

export const verfuegbarAntwort = z.object({ verfuegbar: z.boolean() });
export const startSchema = z.strictObject({ email });
export const weiterAntwort = z.object({ weiter: z.string() });
/** The query string the provider appended to the redirect URI (`?code=…&state=…&iss=…`). */
export const abschlussSchema = z.strictObject({ antwort: z.string().min(1).max(4000) });
export const abmeldenAntwort = z.object({ weiter: z.string().nullable() });
