import type { ColumnType, Generated } from 'kysely';

/** Tables of the core (accounts, sessions, roles, audit). Each module adds its own in `<module>.table.ts`. */
export interface KontoTable {
  id: Generated<string>;
  email: string;
  name: string;
  passwort_hash: string;
  erstellt_am: ColumnType<Date, Date | string | undefined, Date | string>;
  aktualisiert_am: ColumnType<Date, Date | string | undefined, Date | string>;
  /** TOTP secret (base32), set when the person starts the setup (migration 0125). */
  totp_geheimnis: ColumnType<string | null, string | null | undefined, string | null>;
  /** Set once the first correct code confirmed the setup: from then on login asks for a code. */
  totp_aktiv_seit: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  totp_letzter_schritt: ColumnType<string | null, string | number | null | undefined, string | number | null>;
}
export interface KontoWiederherstellungscodeTable {
  konto_id: string;
  code_hash: string;
  verwendet_am: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
export interface AnmeldungAusstehendTable {
  id: string;
  konto_id: string;
  laeuft_ab_am: ColumnType<Date, Date | string, Date | string>;
  fehlversuche: ColumnType<number, number | undefined, number>;
}
export interface SitzungTable {
  id: string;
  konto_id: string;
  erstellt_am: ColumnType<Date, Date | string | undefined, never>;
  laeuft_ab_am: ColumnType<Date, Date | string, Date | string>;
  /** Set when the session was started through an identity provider (migration 0160, konten/sso). */
  sso_anbieter_id: ColumnType<string | null, string | null | undefined, never>;
}
export interface PlattformRolleTable {
  konto_id: string;
  rolle: 'lotse' | 'transferstelle' | 'plattform-admin';
}
export interface LotseRegionTable {
  konto_id: string;
  schluessel: string;
}
export interface SchemaMigrationTable {
  name: string;
  angewendet_am: ColumnType<Date, never, never>;
}

export interface MitgliedschaftTable {
  kommune_id: string;
  konto_id: string;
  rolle: 'mitglied' | 'admin';
  erstellt_am: ColumnType<Date, never, never>;
}

export interface EinladungTable {
  id: Generated<string>;
  kommune_id: string;
  token_hash: string;
  rolle: 'mitglied' | 'admin';
  email: string | null;
  /** Empty when the person who invited has deleted their account (migration 0120). */
  erstellt_von: ColumnType<string | null, string, string | null>;
  erstellt_am: ColumnType<Date, never, never>;
  laeuft_ab_am: ColumnType<Date, Date | string, Date | string>;
  angenommen_von: string | null;
  angenommen_am: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

export interface AuditLogTable {
  id: Generated<number>;
  kommune_id: string;
  konto_id: string | null;
  aktion: string;
  objekt_typ: string;
  objekt_id: string | null;
  details: ColumnType<unknown, string, string>;
  zeitpunkt: ColumnType<Date, never, never>;
}

/** Platform-level actions without a Kommune (migration 0060). */
export interface PlattformAuditLogTable {
  id: Generated<number>;
  konto_id: string | null;
  aktion: string;
  objekt_typ: string;
  objekt_id: string | null;
  details: ColumnType<unknown, string, string>;
  zeitpunkt: ColumnType<Date, never, never>;
}

export interface KernTables {
  plattform_audit_log: PlattformAuditLogTable;
  mitgliedschaft: MitgliedschaftTable;
  einladung: EinladungTable;
  audit_log: AuditLogTable;
  konto: KontoTable;
  konto_wiederherstellungscode: KontoWiederherstellungscodeTable;
  anmeldung_ausstehend: AnmeldungAusstehendTable;
  sitzung: SitzungTable;
  plattform_rolle: PlattformRolleTable;
  lotse_region: LotseRegionTable;
  schema_migration: SchemaMigrationTable;
}

/**
 * All tables. Core declares its own; each module adds its tables in `<modul>.table.ts` by declaration
 * merging (`declare module '../../core/db/schema.ts' { interface Database extends XyTables {} }`), so core
 * imports no module and a module's tables come and go with its folder.
 */
export interface Database extends KernTables {}
