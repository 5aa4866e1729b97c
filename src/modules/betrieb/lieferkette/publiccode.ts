import { z } from 'zod';

/**
 * The fields of publiccode.yml (standard version 0.4) that the standard requires, with their allowed values,
 * as a zod schema. The official validator (publiccode-parser-go) is a Go program and no JSON schema of the
 * standard is published on npm, so this schema is written by hand from the standard's field reference
 * (docs/decisions/0132); optional fields are checked only where present.
 */
const KATEGORIEN = [
  'accounting', 'agile-project-management', 'applicant-tracking', 'application-development', 'appointment-scheduling', 'backup',
  'billing-and-invoicing', 'blog', 'budgeting', 'business-intelligence', 'business-process-management', 'cad', 'call-center-management',
  'cloud-management', 'collaboration', 'collaborative-editing', 'content-management', 'crm', 'customer-service-and-support',
  'data-analytics', 'data-collection', 'data-visualization', 'digital-asset-management', 'digital-citizenship', 'document-management',
  'donor-management', 'e-commerce', 'e-signature', 'email-management', 'email-marketing', 'employee-management',
  'enterprise-project-management', 'enterprise-social-networking', 'erp', 'event-management', 'facility-management',
  'feedback-and-reviews-management', 'financial-reporting', 'fleet-management', 'fundraising', 'gamification',
  'geographic-information-systems', 'grant-management', 'graphic-design', 'help-desk', 'hr', 'ide', 'instant-messaging',
  'inventory-management', 'it-asset-management', 'it-development', 'it-management', 'it-security', 'it-service-management',
  'knowledge-management', 'learning-management-system', 'marketing', 'mind-mapping', 'mobile-marketing', 'mobile-payment',
  'network-management', 'office', 'online-booking', 'online-community', 'payment-gateway', 'payroll', 'predictive-analysis',
  'procurement', 'productivity-suite', 'project-collaboration', 'project-management', 'property-management', 'real-estate-management',
  'remote-support', 'resource-management', 'sales-management', 'seo', 'service-desk-management', 'social-media-management', 'survey',
  'talent-management', 'task-management', 'taxes-management', 'test-management', 'time-management', 'time-tracking', 'translation',
  'video-conferencing', 'video-editing', 'visitor-management', 'voip', 'warehouse-management', 'web-collaboration', 'web-conferencing',
  'website-builder', 'whistleblowing', 'workflow-management',
] as const;

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT');
const url = z.url();

const beschreibung = z.object({
  localisedName: z.string().optional(),
  genericName: z.string().max(35).optional(),
  shortDescription: z.string().min(1).max(150),
  longDescription: z.string().min(150).max(10_000),
  documentation: url.optional(),
  apiDocumentation: url.optional(),
  features: z.array(z.string().min(1).max(100)).min(1),
  screenshots: z.array(z.string()).optional(),
  videos: z.array(url).optional(),
  awards: z.array(z.string()).optional(),
});

const kontakt = z.object({ name: z.string().min(1), email: z.email().optional(), phone: z.string().optional(), affiliation: z.string().optional() });
const abhaengigkeit = z.object({
  name: z.string().min(1),
  versionMin: z.string().optional(),
  versionMax: z.string().optional(),
  version: z.string().optional(),
  optional: z.boolean().optional(),
});

export const publiccodeSchema = z.object({
  publiccodeYmlVersion: z.enum(['0.2', '0.3', '0.4']),
  name: z.string().min(1),
  url,
  landingURL: url.optional(),
  softwareVersion: z.string().optional(),
  releaseDate: datum.optional(),
  platforms: z.array(z.string().min(1)).min(1),
  categories: z.array(z.enum(KATEGORIEN)).min(1),
  developmentStatus: z.enum(['concept', 'development', 'beta', 'stable', 'obsolete']),
  softwareType: z.enum(['standalone/mobile', 'standalone/iot', 'standalone/desktop', 'standalone/web', 'standalone/backend', 'standalone/other', 'addon', 'library', 'configurationFiles']),
  description: z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/), beschreibung).refine((d) => Object.keys(d).length > 0, 'mindestens eine Sprache'),
  legal: z.object({
    license: z.string().regex(/^[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*$/, 'SPDX-Ausdruck'),
    mainCopyrightOwner: z.string().optional(),
    repoOwner: z.string().optional(),
    authorsFile: z.string().optional(),
  }),
  maintenance: z.object({
    type: z.enum(['internal', 'contract', 'community', 'none']),
    contacts: z.array(kontakt).optional(),
    contractors: z.array(z.object({ name: z.string(), until: datum, email: z.email().optional(), website: url.optional() })).optional(),
  }).refine((m) => !['internal', 'community'].includes(m.type) || (m.contacts?.length ?? 0) > 0, 'Bei Wartung „internal“ oder „community“ sind Kontakte Pflicht.')
    .refine((m) => m.type !== 'contract' || (m.contractors?.length ?? 0) > 0, 'Bei Wartung „contract“ sind Auftragnehmer Pflicht.'),
  localisation: z.object({ localisationReady: z.boolean(), availableLanguages: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)).min(1) }),
  dependsOn: z.object({
    open: z.array(abhaengigkeit).optional(),
    proprietary: z.array(abhaengigkeit).optional(),
    hardware: z.array(abhaengigkeit).optional(),
  }).optional(),
}).loose();

export type Publiccode = z.infer<typeof publiccodeSchema>;
