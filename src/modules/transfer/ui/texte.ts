/** Texte des Nachfragebilds der Transferstelle. Genutzt von den Seiten des Moduls; andere Module erreichen sie über ui/index.ts. */

const zahl = new Intl.NumberFormat('de-DE');

export const transfer = {
  nav: 'Nachfrage',
  titel: 'Nachfrage nach Lösungen',
  vorzeile: 'Transferstelle',
  einleitung:
    'Wo fehlen Lösungen, welche Lösungen sind besonders gefragt, und woher kommen die Bedarfe? Grundlage sind alle Bedarfe der Kommunen und die Vorschläge der Lotsinnen und Lotsen.',
  laden: 'Das Nachfragebild wird geladen …',
  fehler: 'Das Nachfragebild konnte nicht geladen werden.',
  stand: (iso: string) => `Stand: ${new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))}`,
  kennzahlen: 'Überblick',
  gesamt: 'Bedarfe insgesamt',
  offen: 'davon offen',
  ohneTreffer: 'ohne passenden Treffer',
  schwelle: 'Offene Bedarfe gelten als „ohne Treffer“ nach',
  schwelleTage: (n: number) => (n === 1 ? '1 Tag ohne Vorschlag' : `${zahl.format(n)} Tagen ohne Vorschlag`),
  aktualisieren: 'Aktualisieren',

  ohneTrefferTitel: 'Bedarfe ohne passenden Treffer',
  ohneTrefferDiagramm: 'Bedarfe ohne passenden Treffer je Handlungsfeld',
  ohneTrefferBeschreibung: (tage: number) =>
    `Bedarfe mit dem Status „Keine passende Lösung“ und offene Bedarfe, die seit mehr als ${tage} Tagen keinen Vorschlag erhalten haben – nach Handlungsfeld. Hier fehlen Lösungen im Katalog.`,
  reiheKeinePassende: 'Keine passende Lösung',
  reiheOhneVorschlag: 'Ohne Vorschlag',
  handlungsfeld: 'Handlungsfeld',
  ohneHandlungsfeld: 'ohne Handlungsfeld',
  ohneTrefferLeer: 'Derzeit gibt es keine Bedarfe ohne passenden Treffer.',
  bedarfeDerGruppe: (feld: string, n: number) => `${feld}: ${n === 1 ? 'ein Bedarf' : `${zahl.format(n)} Bedarfe`}`,
  weitere: (n: number) => `… und ${zahl.format(n)} weitere`,
  spalteBedarf: 'Bedarf',
  spalteKommune: 'Kommune',
  spalteStatus: 'Status',
  spalteAlter: 'Alter',
  alterTage: (n: number) => (n === 1 ? '1 Tag' : `${zahl.format(n)} Tage`),

  gefragtTitel: 'Meistgefragte Lösungen',
  gefragtDiagramm: 'Vorschläge und Nutzungen der meistgefragten Lösungen (höchstens zehn)',
  gefragtBeschreibung:
    'Wie oft eine Lösung vorgeschlagen wurde und wie viele Kommunen sie schon nutzen. Lösungen mit hoher Nachfrage sind Kandidaten für ein Transferteam.',
  loesung: 'Lösung',
  reiheVorschlaege: 'Vorschläge',
  reiheNutzungen: 'Nutzungen',
  gefragtTabelle: 'Meistgefragte Lösungen mit Vorschlägen, Umsetzungen und Nutzungen',
  spalteVorschlaege: 'Vorschläge',
  spalteInUmsetzung: 'davon in Umsetzung oder erledigt',
  spalteNutzungen: 'Nutzende Kommunen',
  spalteKohorte: 'Gemeinsam übernehmen',
  spalteSumme: 'Nachfrage gesamt',
  gefragtLeer: 'Bisher wurden keine Lösungen vorgeschlagen oder übernommen.',

  herkunftTitel: 'Woher kommen die Bedarfe?',
  landTitel: 'Bedarfe je Land',
  land: 'Land',
  reiheGesamt: 'Bedarfe',
  reiheOffen: 'davon offen',
  groesseTitel: 'Bedarfe je Größenklasse',
  groesseBeschreibung: 'Größenklassen nach Einwohnerzahl (Städte und Gemeinden 1–7, Kreise 1–3).',
  groessenklasse: 'Größenklasse',
  groesseGemeinde: (k: number, spanne: string) => `Gemeinden ${k} (${spanne})`,
  groesseKreis: (k: number, spanne: string) => `Kreise ${k} (${spanne})`,
  groesseLand: 'Länder',
  groesseOhne: 'ohne Größenklasse',
  bearbeitungTitel: 'Stand der Bearbeitung',
  statusTitel: 'Bedarfe je Status',
  status: 'Status',

  /** Unmet demand (issue 10): needs for which the matching finds no proven solution. */
  ungedecktTitel: 'Ungedeckte Nachfrage: noch keine erprobte Lösung',
  ungedecktBeschreibung:
    'Offene Bedarfe, zu denen die Suche keine gut passende Lösung im Katalog findet oder für die ein Lotse entschieden hat, dass keine vorgeschlagene Lösung passt. Hier lohnt es, Lösungen zu suchen, anzuregen oder selbst zu entwickeln.',
  ungedecktAnzahl: (n: number) => (n === 0 ? 'Derzeit haben alle offenen Bedarfe mindestens eine gut passende Lösung.' : n === 1 ? 'Ein Bedarf ohne erprobte Lösung.' : `${zahl.format(n)} Bedarfe ohne erprobte Lösung.`),
  ungedecktUngeprueft: (n: number) => `${zahl.format(n)} weitere Bedarfe werden beim nächsten Aufruf geprüft.`,
  ungedecktFeld: 'Ungedeckte Nachfrage je Handlungsfeld',
  ungedecktGroesse: 'Ungedeckte Nachfrage je Größenklasse der Kommune',
  ungedecktListe: 'Bedarfe ohne erprobte Lösung (neueste zuerst)',
  reiheUngedeckt: 'Bedarfe ohne erprobte Lösung',
  spalteBestePassung: 'Bester Treffer',
  bestePassung: { gut: 'gut', moeglich: 'nur mögliche Lösungen', schwach: 'nur schwache Treffer', keine: 'kein Treffer' } as Record<string, string>,
  /** the search finds a „gut“ hit, but a Lotse decided that no proposal fits (decision 0154) */
  gutVerworfen: 'gut laut Suche, vom Lotsen als unpassend entschieden',
} as const;
