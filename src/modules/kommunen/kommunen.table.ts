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
