import { z } from 'zod';
import { kommuneId } from '../../../core/schemas.ts';
import { email } from '../konten.schemas.ts';
import { konfigurationsfehler, type Zustaendigkeit } from './sso.rules.ts';

const domain = z.string().trim().toLowerCase().min(3).max(253).regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, { message: 'Bitte geben Sie Domains wie „giessen.de“ an.' });
const claimName = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_:./-]+$/, { message: 'Ein Claim-Name besteht aus Buchstaben, Ziffern und _ : . / -.' });

const mfaWert = z.string().trim().min(1).max(200).regex(/^[^\s,]+$/, { message: 'Ein acr- oder amr-Wert enthält keine Leerzeichen und kein Komma.' });
const mfaWerte = z.array(mfaWert).max(20);

/** The fields of a provider; the client secret is write-only (never in an answer). */
const anbieterFelder = {
  name: z.string().trim().min(1).max(120),
  /** Either one Kommune … */
  kommuneId,
  /** … or a Land (2-digit key) with a claim that names the Kommune. */
  land: z.string().regex(/^[0-9]{2}$/, { message: 'Land: zweistelliger Schlüssel, z. B. 06.' }),
  kommuneClaim: claimName,
  issuer: z.url({ message: 'Issuer: bitte eine vollständige Adresse (https://…).' }).max(500),
  clientId: z.string().trim().min(1).max(200),
  clientSecret: z.string().min(1).max(500),
  gruppenClaim: claimName,
  rollenZuordnung: z.record(z.string().trim().min(1).max(200), z.enum(['mitglied', 'admin'])).refine((r) => Object.keys(r).length <= 200, { message: 'Höchstens 200 Gruppen.' }),
  emailDomains: z.array(domain).min(1).max(20),
  /** Second factor at the provider required (decision 0137): accepted `acr` values, accepted `amr` values. */
  mfaVerlangen: z.boolean(),
  mfaAcr: mfaWerte,
  mfaAmr: mfaWerte,
};

/** Cross-field rules as validation issues (the same rules the change checks on the merged configuration). */
function pruefeZusammen(a: Zustaendigkeit, ctx: z.RefinementCtx) {
  for (const f of konfigurationsfehler(a)) ctx.addIssue({ code: 'custom', message: f.meldung, path: [f.pfad.slice(1)] });
}

/** A provider as the platform admin configures it (POST). */
export const anbieterSchema = z
  .strictObject({
    ...anbieterFelder,
    kommuneId: anbieterFelder.kommuneId.optional(),
    land: anbieterFelder.land.optional(),
    kommuneClaim: anbieterFelder.kommuneClaim.optional(),
    gruppenClaim: anbieterFelder.gruppenClaim.default('groups'),
    mfaVerlangen: anbieterFelder.mfaVerlangen.default(false),
    mfaAcr: anbieterFelder.mfaAcr.default([]),
    mfaAmr: anbieterFelder.mfaAmr.default([]),
  })
  .superRefine(pruefeZusammen);
export type AnbieterEingabe = z.infer<typeof anbieterSchema>;

/**
 * A change (PATCH): any of the fields, at least one. `null` clears kommuneId, land or kommuneClaim (to move a
 * provider from a Kommune to a Land or back). An omitted client secret stays as it is. The merged
 * configuration is checked with the same rules as a new one (sso.rules.ts konfigurationsfehler).
 */
export const anbieterAenderungSchema = z
  .strictObject({
    name: anbieterFelder.name.optional(),
    kommuneId: anbieterFelder.kommuneId.nullable().optional(),
    land: anbieterFelder.land.nullable().optional(),
    kommuneClaim: anbieterFelder.kommuneClaim.nullable().optional(),
    issuer: anbieterFelder.issuer.optional(),
    clientId: anbieterFelder.clientId.optional(),
    clientSecret: anbieterFelder.clientSecret.optional(),
    gruppenClaim: anbieterFelder.gruppenClaim.optional(),
    rollenZuordnung: anbieterFelder.rollenZuordnung.optional(),
    emailDomains: anbieterFelder.emailDomains.optional(),
    mfaVerlangen: anbieterFelder.mfaVerlangen.optional(),
    mfaAcr: anbieterFelder.mfaAcr.optional(),
    mfaAmr: anbieterFelder.mfaAmr.optional(),
  })
  .refine((a) => Object.values(a).some((w) => w !== undefined), { message: 'Bitte geben Sie mindestens eine Angabe an, die sich ändern soll.' });
export type AnbieterAenderung = z.infer<typeof anbieterAenderungSchema>;

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
  mfaVerlangen: z.boolean(),
  mfaAcr: z.array(z.string()),
  mfaAmr: z.array(z.string()),
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
