/** Shapes of the solution API as the pages use them (see loesungen.usecases.ts). */
export interface Herkunft {
  kommuneId: string;
  name: string;
  land: string | null;
  groessenklasse: number | null;
  typ?: string | null;
  einwohner?: number | null;
}

export interface LoesungKarte {
  id: string;
  externalId: string | null;
  titel: string;
  zusammenfassung: string;
  handlungsfeld: string | null;
  wirkungsstufe: number | null;
  sprache: 'de' | 'en';
  tags: string[];
  herkunft: Herkunft | null;
  herkunftText: string | null;
  siegel: boolean;
  nutzungen: number;
  veroeffentlichtAm: string | null;
  status?: string;
  version?: number;
  aktualisiertAm?: string | null;
  pruefungKommentar?: string;
  /** Own list: the pending revision of a published solution. */
  ueberarbeitung?: { status: string; aktualisiertAm: string | null } | null;
}

/** An item of the review queue: a submitted draft or the submitted revision of a published solution. */
export type PruefKarte = Omit<LoesungKarte, 'ueberarbeitung'> & { ueberarbeitung: boolean };

export interface Kriterium {
  kriterium: string;
  erfuellt: boolean;
  begruendung: string;
}

export interface LoesungDetail {
  id: string;
  externalId: string | null;
  status: string;
  sprache: 'de' | 'en';
  titel: string;
  zusammenfassung: string;
  problem: string;
  ansatz: string;
  voraussetzungen: string;
  aufwandVon: number | null;
  aufwandBis: number | null;
  kostenVon: number | null;
  kostenBis: number | null;
  dauerMonate: number | null;
  kontakt: string;
  handlungsfeld: string | null;
  tags: string[];
  links: { titel: string; url: string }[];
  wirkungsstufe: number | null;
  wirkungsstufeLabel: string | null;
  wirkungText: string;
  wirkungQuellen: { titel: string; url?: string }[];
  version: number;
  herkunft: Herkunft | null;
  herkunftText: string | null;
  erstelltAm: string | null;
  aktualisiertAm: string | null;
  veroeffentlichtAm: string | null;
  pruefungKommentar?: string;
  siegel: { kriterien: Kriterium[]; vergebenAm: string | null; vergebenVon?: string | null } | null;
  nutzendeKommunen: number;
  nutzungen: { kommuneId: string; name: string; land: string | null; groessenklasse: number | null; seit: string | null; bericht: string }[];
  versionen: { version: number; geaendertAm: string | null; autor: string | null; kommentar: string }[];
  darfBearbeiten: boolean;
  /** Pending revision of a published solution (only for its Kommune and the Transferstelle). */
  ueberarbeitung: Ueberarbeitung | null;
}

/** The content fields of a solution, as a revision holds them. */
export interface LoesungInhalt {
  titel: string;
  zusammenfassung: string;
  problem: string;
  ansatz: string;
  voraussetzungen: string;
  aufwandVon: number | null;
  aufwandBis: number | null;
  kostenVon: number | null;
  kostenBis: number | null;
  dauerMonate: number | null;
  kontakt: string;
  handlungsfeld: string | null;
  tags: string[];
  links: { titel: string; url: string }[];
  wirkungsstufe: number | null;
  wirkungText: string;
  wirkungQuellen: { titel: string; url?: string }[];
  sprache: 'de' | 'en';
}

export interface Ueberarbeitung {
  status: 'entwurf' | 'eingereicht' | 'zurueckgewiesen';
  basisVersion: number;
  kommentar: string;
  autor: string | null;
  erstelltAm: string | null;
  aktualisiertAm: string | null;
  pruefungKommentar: string;
  inhalt: LoesungInhalt;
  geaenderteFelder: (keyof LoesungInhalt)[];
}

/** Result of POST /api/matching (matching module). */
export interface Treffer {
  id: string;
  externalId: string | null;
  title: string;
  score: number;
  reasons: { art: string; text: string }[];
}
