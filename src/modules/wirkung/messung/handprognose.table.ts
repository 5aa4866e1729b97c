import type { Generated } from 'kysely';

export interface EigeneHandprognoseTable {
  kommune_id: string;
  indikator_id: string;
  jahr: number;
  wert: number;
  konto_id: string | null;
  erfasst_am: Generated<Date>;
}

export interface WirkungHandprognoseTables {
  eigene_handprognose: EigeneHandprognoseTable;
}

declare module '../../../core/db/schema.ts' {
  interface Database extends WirkungHandprognoseTables {}
}
