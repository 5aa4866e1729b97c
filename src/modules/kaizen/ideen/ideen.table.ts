import type { ColumnType, Generated } from 'kysely';
import type { IdeeStatus } from './ideen.rules.ts';

type Zeit = ColumnType<Date, Date | string | undefined, Date | string>;
/** A date column (YYYY-MM-DD); drivers may hand back a Date. */
type Datum = ColumnType<string | Date, string, string>;

export interface KaizenEinheitTable {
  id: Generated<string>;
  kommune_id: string;
  name: string;
  beschaeftigte: number | null;
  erstellt_am: Zeit;
}

export interface KaizenEinstellungTable {
  kommune_id: string;
  namen_aus: ColumnType<boolean, boolean | undefined, boolean>;
  beschaeftigte: number | null;
  geaendert_am: Zeit;
}

export interface KaizenIdeeTable {
  id: Generated<string>;
  kommune_id: string;
  einheit_id: string | null;
  problem: string;
  vorschlag: string;
  prozess: ColumnType<string, string | undefined, string>;
  nutzen: ColumnType<string, string | undefined, string>;
  anonym: ColumnType<boolean, boolean | undefined, boolean>;
  eingereicht_von: string | null;
  status: ColumnType<IdeeStatus, IdeeStatus | undefined, IdeeStatus>;
  grund: ColumnType<string, string | undefined, string>;
  wiedervorlage_am: ColumnType<string | Date | null, string | null | undefined, string | null>;
  verantwortlich_id: string | null;
  verantwortlich_seit: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  entscheiden_bis: Datum;
  entschieden_am: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  erstellt_am: Zeit;
  status_geaendert_am: Zeit;
}

export interface KaizenIdeeVerlaufTable {
  id: Generated<number>;
  idee_id: string;
  kommune_id: string;
  von: IdeeStatus | null;
  nach: IdeeStatus;
  grund: ColumnType<string, string | undefined, string>;
  konto_id: string | null;
  zeitpunkt: Zeit;
}

export interface KaizenIdeenTables {
  kaizen_einheit: KaizenEinheitTable;
  kaizen_einstellung: KaizenEinstellungTable;
  kaizen_idee: KaizenIdeeTable;
  kaizen_idee_verlauf: KaizenIdeeVerlaufTable;
}

declare module '../../../core/db/schema.ts' {
  interface Database extends KaizenIdeenTables {}
}
