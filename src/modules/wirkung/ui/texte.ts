/** Texte des Moduls „wirkung“ (Indikatoren, Wirkungsziele, eigene Indikatoren, Dialoge, Priorisierung). */

export const wirkung = {
  nav: 'Wirkung',
  /** Seite „Indikatoren“ einer Kommune (Referenzdaten von BBSR und Destatis). */
  indikatoren: {
    nav: 'Indikatoren',
    vorzeile: 'Indikatoren',
    titel: (name: string) => `Wo steht ${name}?`,
    einleitung:
      'Echte Zahlen aus amtlichen Quellen, ohne dass Sie etwas eingeben müssen: Verlauf, Vergleich mit Kommunen derselben Größenklasse und desselben Landes. Lotse zeigt die Lage in der Verteilung, nie eine Rangliste.',
    laedt: (prozent: number | null) =>
      prozent === null ? 'Die Indikatoren werden gerade geladen.' : `Die Indikatoren werden gerade geladen (${prozent} %).`,
    laedtFortschritt: 'Indikatoren laden',
    laedtHinweis: 'Das dauert beim ersten Start etwa eine Minute. Die Seite aktualisiert sich von selbst.',
    keineEbeneTitel: 'Keine Indikatoren für Länder',
    nichtGefundenTitel: 'Kommune nicht gefunden',
    nichtGefunden: 'Zu diesem Schlüssel gibt es keine Kommune im Verzeichnis.',
    zurKommune: 'Zur Seite der Kommune',
    zurSuche: 'Zur Suche nach Kommunen',
    inhalt: 'Themen auf dieser Seite',
    anzahl: (n: number) => `${n} Indikatoren`,
    kreiswert: 'Kreiswert',
    kreiswertErklaerung: 'Für diese Gemeinde gibt es keinen eigenen Wert; gezeigt wird der Wert ihres Kreises.',
    letzterWert: (jahr: number) => `Wert ${jahr}`,
    lageGk: (anteil: number, kreis: boolean) =>
      `liegt höher als ${anteil} % der ${kreis ? 'Kreise' : 'Gemeinden'} ihrer Größenklasse`,
    lageLand: (anteil: number, kreis: boolean) => `und höher als ${anteil} % der ${kreis ? 'Kreise' : 'Gemeinden'} im Land`,
    lageNurLand: (anteil: number, kreis: boolean) => `liegt höher als ${anteil} % der ${kreis ? 'Kreise' : 'Gemeinden'} im Land`,
    keineLage: 'Für das Vergleichsjahr liegt kein eigener Wert vor.',
    vergleichGk: (kreis: boolean, klasse: number, jahr: number, n: number) =>
      `${kreis ? 'Kreise' : 'Gemeinden'} der Größenklasse ${klasse}, ${jahr} (${n})`,
    vergleichLand: (kreis: boolean, jahr: number, n: number) => `${kreis ? 'Kreise' : 'Gemeinden'} im Land, ${jahr} (${n})`,
    median: 'Median',
    mitte: 'mittlere Hälfte',
    spanne: (p25: string, p75: string) => `${p25} bis ${p75}`,
    vergleichTabelle: (name: string) => `Vergleich: ${name}`,
    spalteGruppe: 'Vergleichsgruppe (Jahr, Anzahl)',
    spalteMedian: 'Median',
    spalteMitte: 'Mittlere Hälfte (25 %–75 %)',
    spalteLage: 'Anteil mit niedrigerem Wert',
    verlauf: (name: string) => `Verlauf: ${name}`,
    verlaufZeigen: 'Verlauf als Diagramm und Tabelle',
    jahr: 'Jahr',
    quelle: 'Quelle',
    lizenz: 'Lizenz',
    stand: 'Stand',
    richtung: { hoeher_besser: 'höher ist günstiger', niedriger_besser: 'niedriger ist günstiger', neutral: 'ohne Wertung' } as Record<string, string>,
    einwohnerHinweis:
      'Einwohnerzahlen dieser Reihe: Fortschreibung auf Basis des Zensus 2011 (Gemeindeverzeichnis). Die Größenklasse richtet sich nach dem Zensus 2022 – beide Zahlen sind nicht direkt vergleichbar.',
    keineWerte: 'Für diese Kommune liegen keine Indikatoren vor.',
    eigeneKommune: 'Indikatoren Ihrer Kommune',
    keineMitgliedschaft: 'Sie gehören noch keiner Kommune an. Die Indikatoren jeder Kommune finden Sie über ihre Seite im Verzeichnis.',
    auswahl: 'Ihre Kommunen',
    zurIndikatorenseite: 'Indikatoren ansehen',
    linkAufKommunenseite: 'Indikatoren dieser Kommune (Verlauf und Vergleich)',
  },
};
