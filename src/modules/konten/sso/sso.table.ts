import type { ColumnType, Generated } from 'kysely';

/** Tables of the sign-on through an identity provider (migrations/0160_sso.sql, 0175_sso_mfa.sql). */
export interface SsoAnbieterTable {
  id: Generated<string>;
  name: string;
  kommune_id: string | null;
  land: string | null;
  issuer: string;
  client_id: string;
  client_secret_verschluesselt: string;
  kommune_claim: string | null;
  gruppen_claim: ColumnType<string, string | undefined, string>;
  rollen_zuordnung: ColumnType<Record<string, 'mitglied' | 'admin'>, string, string>;
  email_domains: string[];
  /** Second factor at the provider required (migrations/0175_sso_mfa.sql): accepted acr / amr values. */
  mfa_verlangen: ColumnType<boolean, boolean | undefined, boolean>;
  mfa_acr: ColumnType<string[], string[] | undefined, string[]>;
  mfa_amr: ColumnType<string[], string[] | undefined, string[]>;
  erstellt_am: ColumnType<Date, never, never>;
}

export interface SsoAnmeldungTable {
  state_hash: string;
  anbieter_id: string;
  bindung_hash: string;
  nonce: string;
  code_verifier: string;
  redirect_uri: string;
  laeuft_ab_am: ColumnType<Date, Date | string, Date | string>;
}

export interface SsoIdentitaetTable {
  anbieter_id: string;
  subjekt: string;
  konto_id: string;
  erstellt_am: ColumnType<Date, never, never>;
}

export interface SsoTables {
  sso_anbieter: SsoAnbieterTable;
  sso_anmeldung: SsoAnmeldungTable;
  sso_identitaet: SsoIdentitaetTable;
}

declare module '../../../core/db/schema.ts' {
  interface Database extends SsoTables {}
}
