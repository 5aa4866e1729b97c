import type { ColumnType, Generated } from 'kysely';

/** Cohorts of Kommunen adopting one solution together (migrations/0109_kohorten.sql). */
type Zeit = ColumnType<Date, Date | string | undefined, never>;
type Tag = ColumnType<string, string | undefined, string>;
export type MitgliedStatus = 'eingeladen' | 'dabei' | 'abgelehnt';

export interface KohorteTable {
  id: Generated<string>;
  loesung_id: string;
  titel: string;
  erstellt_von: string | null;
  max_mitglieder: ColumnType<number, number | undefined, number>;
  start_am: Tag;
  transferplan_bis: Tag;
  review_am: Tag;
  erstellt_am: Zeit;
  /** Träger of a Verbund (Landkreis, or the Kommune of an Amt/Verbandsgemeinde; migration 0130); null: cohort of the Transferstelle. */
  kommune_id: ColumnType<string | null, string | null | undefined, never>;
}

export interface KohorteMitgliedTable {
  kohorte_id: string;
  kommune_id: string;
  status: ColumnType<MitgliedStatus, MitgliedStatus | undefined, MitgliedStatus>;
  uebernahme_id: string | null;
  eingeladen_am: Zeit;
  beantwortet_am: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface KohorteBeitragTable {
  id: Generated<string>;
  kohorte_id: string;
  kommune_id: string | null;
  konto_id: string | null;
  text: string;
  erstellt_am: Zeit;
}

export interface KohorteDokumentTable {
  id: Generated<string>;
  kohorte_id: string;
  kommune_id: string | null;
  konto_id: string | null;
  titel: string;
  url: string;
  erstellt_am: Zeit;
}

/** Shared milestones of a cohort (migration 0131); kommune_id: the Kommune that added it, null: Transferstelle or schedule. */
export interface KohorteMeilensteinTable {
  id: Generated<string>;
  kohorte_id: string;
  kommune_id: string | null;
  konto_id: string | null;
  titel: string;
  verantwortlich: ColumnType<string, string | undefined, string>;
  faellig_am: ColumnType<string | null, string | null | undefined, string | null>;
  erledigt: ColumnType<boolean, boolean | undefined, boolean>;
  quelle: ColumnType<'zeitplan' | 'manuell', 'zeitplan' | 'manuell' | undefined, never>;
  erstellt_am: Zeit;
}

export interface KohortenTables {
  kohorte_meilenstein: KohorteMeilensteinTable;
  kohorte: KohorteTable;
  kohorte_mitglied: KohorteMitgliedTable;
  kohorte_beitrag: KohorteBeitragTable;
  kohorte_dokument: KohorteDokumentTable;
}

declare module '../../../core/db/schema.ts' {
  interface Database extends KohortenTables {}
}
