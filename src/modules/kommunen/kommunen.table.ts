export type KommuneTyp = 'Gemeinde' | 'Stadt' | 'kreisfreie Stadt' | 'Landkreis' | 'Land' | 'Stadtstaat';

export interface KommuneTable {
  id: string;
  ags: string;
  name: string;
  kurzname: string;
  typ: KommuneTyp;
  einwohner: number;
  land: string;
  land_id: string | null;
  kreis_id: string | null;
  groessenklasse: number | null;
  such_name: string;
}

export interface KommunenTables {
  kommune: KommuneTable;
}

// Adds this module's tables to the one Database type of core (see src/core/db/schema.ts).
declare module '../../core/db/schema.ts' {
  interface Database extends KommunenTables {}
}
