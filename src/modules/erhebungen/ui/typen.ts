/** Antwortformen der Erhebungs-API, wie die Web-App sie nutzt. */
import type { Antworten } from '../fragebogen.schemas.ts';

export interface Stufe {
  stufe: number;
  label: string;
}

export interface FragebogenKurz {
  id: string;
  version: number;
  titel: string;
  beschreibung: string;
  dimensionen: { id: string; titel: string; beschreibung: string }[];
  anzahlFragen: number;
}

export interface Runde {
  id: string;
  kommuneId: string;
  kommuneName: string;
  fragebogen: { id: string; version: number; titel: string };
  modus: 'einzeln' | 'team';
  status: 'offen' | 'abgeschlossen';
  schliesstAm: string | null;
  erstelltAm: string;
  aktualisiertAm: string;
  abgeschlossenAm: string | null;
  anzahlAntworten: number;
  gesamt: { score: number | null; stufe: Stufe | null } | null;
  dimensionen: { id: string; titel: string; score: number | null }[];
  antworten?: Antworten;
}

export interface Streuung {
  anzahl: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mittelwert: number;
}

export interface ErgebnisAntwort {
  rundeId: string;
  modus: 'einzeln' | 'team';
  status: 'offen' | 'abgeschlossen';
  fragebogen: { id: string; version: number; titel: string };
  stufen: { stufe: number; label: string; abMin: number; beschreibung?: string }[];
  vorlaeufig: boolean;
  anzahlAntworten: number;
  dimensionen: {
    id: string;
    titel: string;
    score: number | null;
    stufe: Stufe | null;
    beantwortet: number;
    anzahl: number;
    streuung: Streuung | null;
    rollen: { rolle: string; label: string; anzahl: number; mittelwert: number }[];
    differenzFuehrungBeschaeftigte: number | null;
  }[];
  gesamt: { score: number | null; stufe: Stufe | null };
  selbstbild: { dimension: string; einschaetzung: string; einschaetzungPunkte: number; score: number | null; differenz: number | null }[];
}

export interface VergleichAntwort {
  gruppe: { art: 'gemeinde' | 'kreis'; groessenklasse: number };
  kMindest: number;
  dimensionen: {
    id: string;
    titel: string;
    score: number | null;
    verfuegbar: boolean;
    anzahlKommunen: number | null;
    perzentil: number | null;
    median: number | null;
    verteilung: { stufe: number; label: string; von: number; bis: number; anzahl: number }[];
    vorreiter: string[];
  }[];
  studie: {
    quelle: { titel: string; herausgeber: string; jahr: number; url: string | null };
    gruppe: { label: string; n: number } | null;
    saetze: { itemId: string; frage: string; satz: string }[];
    werte: { itemId: string; frage: string; merkmal: string; auspraegung: string; prozent: number; ebene: string; ihreAntwort: string }[];
  } | null;
}

export interface BedarfEntwurf {
  kommuneId: string;
  titel: string;
  beschreibung: string;
  handlungsfeld: string | null;
  dringlichkeit: 'hoch' | 'mittel' | 'niedrig';
  quelle: 'erhebung';
  quelleRef: string;
}

export interface LueckenAntwort {
  luecken: {
    dimension: { id: string; titel: string; score: number | null; stufe: Stufe | null };
    fragen: { itemId: string; text: string; punkte: number }[];
    bedarfEntwurf: BedarfEntwurf;
    bedarfId: string | null;
    loesungen: { id: string; titel: string; zusammenfassung: string; herkunft: string | null; vonKommunenWieIhrer: boolean }[];
    hinweis: string | null;
  }[];
}
