/**
 * Pure rules of the reference indicators: themes, quantiles, position in a distribution, the Kreiswert
 * fallback and the comparison groups. No database, no files (unit-tested on hand-computed data).
 */
import type { Ebene } from './indikatoren.table.ts';

// ---------------------------------------------------------------------------------------------
// Themen (docs/decisions/0081)

export const THEMEN = [
  'Bevölkerung',
  'Soziales',
  'Bildung und Betreuung',
  'Wirtschaft und Finanzen',
  'Infrastruktur und Erreichbarkeit',
  'Mobilität',
] as const;
export type Thema = (typeof THEMEN)[number];

/** Indicators by theme; every indicator of the shipped set appears exactly once (test). */
const THEMA_INDIKATOREN: Record<Thema, readonly string[]> = {
  Bevölkerung: [
    'destatis_einwohner', 'destatis_flaeche_km2', 'da_bev_dicht', 'inkar_q_bev_fl', 'da_bev_entw', 'da_bev_binw', 'da_bev_ausw',
    'da_bev_u18', 'da_bev_18_65', 'da_bev_ue65', 'da_bev_ausl', 'da_wahl_beteil', 'da_fl_suv', 'da_fl_landw', 'da_fl_wald',
    'inkar21_siedlungs_verkehrsflaeche',
  ],
  Soziales: [
    'inkar_q_sgbii', 'inkar_q_newfbgu15_bev', 'inkar_q_pbg_bev', 'inkar_a_gsa', 'inkar_a_smin', 'inkar_a_hhwg', 'da_sozsich', 'da_grusi',
    'da_kinder_bg', 'da_elterng_v', 'da_pfl_ambu', 'da_pfl_stat', 'da_pfl_geld', 'inkar_q_pfl', 'inkar_q_pflpl_bev', 'da_straft', 'da_einbr',
    'da_mitgl_sportv', 'da_ew_sportv',
  ],
  'Bildung und Betreuung': [
    'inkar_a_betr0003_bev0003', 'inkar_a_gbetr0003_bev0003', 'inkar_a_betr0306_bev0306', 'da_kbetr_u3', 'da_kbetr_ue3', 'da_kbetr_ue6',
    'da_kbtr_pers', 'inkar_a_schul_oa', 'inkar_a_schul_abi', 'da_schule_oabschl', 'da_bquali_unifh', 'da_bquali_mabschl', 'da_bquali_oabschl',
    'inkar_q_auspl', 'inkar_q_azubi_1525',
  ],
  'Wirtschaft und Finanzen': [
    'inkar21_steuerkraft', 'inkar21_einkommensteuer', 'inkar21_gewerbesteuer', 'inkar21_umsatzsteuer', 'inkar21_schluesselzuweisungen',
    'inkar21_kommunale_schulden', 'inkar21_kassenkredite', 'da_ko_kasskred', 'inkar21_personal_kommunen', 'inkar21_sachinvestitionen',
    'da_st_einnkr', 'inkar_q_bip_ew', 'inkar_q_bip_et', 'da_erw_bip', 'inkar_a_bws_2sektor', 'inkar_q_uinsolv_betr', 'inkar_q_uebern_bev',
    'inkar_q_rwm_sbf_05_bev', 'da_alq', 'da_beschq_insg', 'da_erw_wachs', 'da_erw_mini', 'da_erw_minineben', 'da_erw_vol', 'da_teilz_insg',
    'da_teilz_w', 'da_teilz_m', 'inkar21_medianeinkommen', 'inkar21_haushaltseinkommen', 'inkar21_bruttoverdienst', 'da_hh_veink',
  ],
  'Infrastruktur und Erreichbarkeit': [
    'da_v_breitb50', 'da_v_breitb1000', 'da_v_lte', 'da_v_5g', 'inkar_q_hausarzt_bev', 'inkar_q_aerzte_bev', 'inkar_q_kinderarzt_kinder',
    'da_v_harzt', 'da_v_karzt', 'inkar_q_betten_bev', 'da_p_harzt', 'da_p_apo', 'da_p_notfall', 'da_p_grunds', 'da_p_sek_1', 'da_p_sek_2',
    'da_p_markt', 'inkar21_supermarkt_1km', 'da_p_hbad', 'da_p_freibad', 'da_wohn_eigen', 'da_wohn_leer', 'da_wohn_ezfh', 'da_wohn_mfh',
    'da_heiz_wohn', 'da_heiz_wohn_best', 'inkar21_haushaltsabfaelle',
  ],
  Mobilität: [
    'inkar21_oev_haltestelle_1km', 'inkar21_pkw_dichte', 'da_auto', 'da_eauto', 'da_elade', 'da_p_nelade', 'da_p_selade', 'inkar21_einpendler',
    'inkar21_auspendler', 'inkar21_pendlersaldo', 'inkar21_pendler_50km', 'inkar21_verkehrstote',
  ],
};

const THEMA_NACH_ID = new Map<string, { thema: Thema; reihenfolge: number }>();
let laufend = 0;
for (const thema of THEMEN) for (const id of THEMA_INDIKATOREN[thema]) THEMA_NACH_ID.set(id, { thema, reihenfolge: laufend++ });

/** The theme of an indicator; `null` for an id the mapping does not know (the loader rejects the file then). */
export function themaVon(indikatorId: string): Thema | null {
  return THEMA_NACH_ID.get(indikatorId)?.thema ?? null;
}

/** Position of an indicator in the page order (themes in THEMEN order, then the order of the mapping). */
export function reihenfolgeVon(indikatorId: string): number {
  return THEMA_NACH_ID.get(indikatorId)?.reihenfolge ?? Number.MAX_SAFE_INTEGER;
}

export const alleZugeordnetenIndikatoren = (): string[] => [...THEMA_NACH_ID.keys()];

// ---------------------------------------------------------------------------------------------
// Verteilungen

/**
 * Quantile of an ascending sorted list with linear interpolation between the neighbouring values
 * (the definition of PostgreSQL's percentile_cont and of R type 7): position p·(n−1).
 */
export function quantil(sortiert: readonly number[], p: number): number {
  if (sortiert.length === 0) throw new RangeError('Leere Verteilung');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`Ungültiges Quantil: ${p}`);
  const pos = p * (sortiert.length - 1);
  const unten = Math.floor(pos);
  const oben = Math.ceil(pos);
  return sortiert[unten] + (sortiert[oben] - sortiert[unten]) * (pos - unten);
}

/** Number of values strictly below x in an ascending sorted list (binary search). */
export function anzahlKleiner(sortiert: readonly number[], x: number): number {
  let lo = 0;
  let hi = sortiert.length;
  while (lo < hi) {
    const mitte = (lo + hi) >>> 1;
    if (sortiert[mitte] < x) lo = mitte + 1;
    else hi = mitte;
  }
  return lo;
}

/**
 * Position of a value of the group in its group: the share (in %) of the OTHER members whose value is lower
 * (PostgreSQL's percent_rank · 100), rounded to a whole percent. A group of one has no position (null).
 * Ties count as "not lower", so equal values get the same share.
 */
export function anteilNiedriger(sortiert: readonly number[], x: number): number | null {
  if (sortiert.length < 2) return null;
  return Math.round((anzahlKleiner(sortiert, x) / (sortiert.length - 1)) * 100);
}

export interface Kennzahlen {
  n: number;
  median: number;
  p25: number;
  p75: number;
}

export function kennzahlen(sortiert: readonly number[]): Kennzahlen {
  return { n: sortiert.length, median: quantil(sortiert, 0.5), p25: quantil(sortiert, 0.25), p75: quantil(sortiert, 0.75) };
}

// ---------------------------------------------------------------------------------------------
// Gebiete und Kreiswert

export const ebeneVon = (ags: string): Ebene => (ags.length === 5 ? 'kreis' : 'gemeinde');
export const kreisVon = (ags: string): string => ags.slice(0, 5);
export const landVon = (ags: string): string => ags.slice(0, 2);

export interface Reihe {
  jahr: number;
  wert: number;
}

/**
 * The series a Kommune sees for one indicator: its own (Gemeinde) values if it has any, otherwise its
 * Kreis's values, labelled as such (ebene 'kreis' → „Kreiswert“). A Kreis sees its own values. Never mixed
 * year by year: own values, even for fewer years, win over the Kreis series.
 */
export function waehleReihe(eigene: readonly Reihe[], kreis: readonly Reihe[], eigeneEbene: Ebene): { ebene: Ebene; werte: readonly Reihe[] } | null {
  if (eigene.length > 0) return { ebene: eigeneEbene, werte: eigene };
  if (eigeneEbene === 'gemeinde' && kreis.length > 0) return { ebene: 'kreis', werte: kreis };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Vergleichsgruppen (beim Laden)

export interface VergleichZeile extends Kennzahlen {
  indikatorId: string;
  ebene: Ebene;
  gruppe: string;
  jahr: number;
}

export interface LageZeile {
  ags: string;
  indikatorId: string;
  anteilGk: number | null;
  anteilLand: number | null;
}

/**
 * Comparison figures of one indicator on one level in its latest year: per Größenklasse (`gk:<n>`) and per
 * Land (`land:<nn>`) the median and quartiles, and for every unit its position in both groups.
 * `klasse(ags)` gives the Größenklasse of a unit (Gemeinde table 1–7 or Kreis table 1–3), or null when
 * unknown (then the unit only counts in its Land).
 */
export function berechneVergleich(
  indikatorId: string,
  ebene: Ebene,
  jahr: number,
  werte: ReadonlyMap<string, number>,
  klasse: (ags: string) => number | null,
): { vergleich: VergleichZeile[]; lage: LageZeile[] } {
  const gruppen = new Map<string, number[]>();
  const gruppenVon = (ags: string): [string | null, string] => {
    const k = klasse(ags);
    return [k === null ? null : `gk:${k}`, `land:${landVon(ags)}`];
  };
  for (const [ags, wert] of werte) {
    for (const g of gruppenVon(ags)) {
      if (g === null) continue;
      let liste = gruppen.get(g);
      if (!liste) gruppen.set(g, (liste = []));
      liste.push(wert);
    }
  }
  const vergleich: VergleichZeile[] = [];
  for (const [gruppe, liste] of gruppen) {
    liste.sort((a, b) => a - b);
    vergleich.push({ indikatorId, ebene, gruppe, jahr, ...kennzahlen(liste) });
  }
  const lage: LageZeile[] = [];
  for (const [ags, wert] of werte) {
    const [gk, land] = gruppenVon(ags);
    lage.push({
      ags,
      indikatorId,
      anteilGk: gk === null ? null : anteilNiedriger(gruppen.get(gk)!, wert),
      anteilLand: anteilNiedriger(gruppen.get(land)!, wert),
    });
  }
  return { vergleich, lage };
}
