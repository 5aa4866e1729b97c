/** Tables of the reference indicators (migration 0080): shared read-only rows, no kommune_id. */
export type Richtung = 'hoeher_besser' | 'niedriger_besser' | 'neutral';
export type Ebene = 'gemeinde' | 'kreis';

export interface WirkungIndikatorTable {
  id: string;
  name: string;
  einheit: string;
  richtung: Richtung;
  thema: string;
  quelle: string;
  lizenz: string;
  stand: string;
  beschreibung: string;
}

export interface WirkungIndikatorWertTable {
  ags: string;
  indikator_id: string;
  jahr: number;
  wert: number;
}

export interface WirkungIndikatorVergleichTable {
  indikator_id: string;
  ebene: Ebene;
  gruppe: string;
  jahr: number;
  n: number;
  median: number;
  p25: number;
  p75: number;
}

export interface WirkungIndikatorLageTable {
  ags: string;
  indikator_id: string;
  anteil_niedriger_gk: number | null;
  anteil_niedriger_land: number | null;
}

export interface WirkungIndikatorenTables {
  wirkung_indikator: WirkungIndikatorTable;
  wirkung_indikator_wert: WirkungIndikatorWertTable;
  wirkung_indikator_vergleich: WirkungIndikatorVergleichTable;
  wirkung_indikator_lage: WirkungIndikatorLageTable;
}

// Adds this part's tables to the one Database type of core (see src/core/db/schema.ts).
declare module '../../../core/db/schema.ts' {
  interface Database extends WirkungIndikatorenTables {}
}
