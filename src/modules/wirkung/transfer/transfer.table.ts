export interface UebernahmeWirkungszielTable {
  kommune_id: string;
  uebernahme_id: string;
  ziel_id: string;
}

export interface WirkungTransferTables {
  uebernahme_wirkungsziel: UebernahmeWirkungszielTable;
}

declare module '../../../core/db/schema.ts' {
  interface Database extends WirkungTransferTables {}
}
