/** Antwortformen der Erhebungs-API, wie die Web-App sie nutzt. */
import type { Antworten } from '../frageboegen/fragebogen.schemas.ts';

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

/** Punktebereich mit der Zahl der Personen bzw. Kommunen darin (jeweils mindestens 5). */
export interface Bereich {
  von: number;
  bis: number;
  anzahl: number;
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
    /** Team-Modus: Verteilung in Bereichen mit je mindestens 5 Personen (keine Einzelwerte). */
    verteilung: Bereich[];
    rollen: { rolle: string; label: string; anzahl: number; mittelwert: number }[];
    differenzFuehrungBeschaeftigte: number | null;
  }[];
  gesamt: { score: number | null; stufe: Stufe | null };
  selbstbild: { dimension: string; einschaetzung: string; einschaetzungPunkte: number; score: number | null; differenz: number | null }[];
}

export interface VergleichAntwort {
  gruppe: { art: 'gemeinde' | 'kreis'; groessenklasse: number };
  kMindest: number;
  /** Nur eine abgeschlossene Runde wird eingeordnet. */
  eigeneRundeAbgeschlossen: boolean;
  /** Zeitpunkt des letzten geplanten Laufs, aus dem die Bereiche stammen. */
  stand: { berechnetAm: string | null };
  dimensionen: {
    id: string;
    titel: string;
    score: number | null;
    verfuegbar: boolean;
    anzahlKommunen: number | null;
    bereiche: Bereich[];
    medianBereich: { von: number; bis: number } | null;
    position: { von: number; bis: number; anteilDarunter: number; anteilImBereich: number; anteilDarueber: number } | null;
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
