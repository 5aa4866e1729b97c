/** Texte der Seiten zu eigenen Indikatoren (Teil des Moduls „wirkung“). */

export const RICHTUNG_TEXT: Record<string, string> = { hoch: 'Mehr ist besser', niedrig: 'Weniger ist besser' };
export const RBA_TEXT: Record<string, string> = { wie_viel: 'Wie viel tun wir?', wie_gut: 'Wie gut tun wir es?', besser_gestellt: 'Geht es jemandem besser?' };
export const RHYTHMUS_TEXT: Record<string, string> = { monatlich: 'monatlich', quartalsweise: 'quartalsweise', halbjaehrlich: 'halbjährlich', jaehrlich: 'jährlich' };

export const messung = {
  laden: 'Indikator wird geladen …',
  zurueckZiel: 'Zum Wirkungsziel',
  dialog: 'Wirkungsdialog zu diesem Indikator vorbereiten',
  angaben: { einheit: 'Einheit', richtung: 'Richtung', rba: 'Frage (RBA)', verantwortlich: 'Verantwortlich', rhythmus: 'Aktualisierung', faellig: 'Nächster Wert fällig', basis: 'Ausgangswert', ziel: 'Zielwert', gegen: 'Gegenindikator', keine: '–' },
  wertJahr: (w: number, j: number) => `${w.toLocaleString('de-DE')} (${j})`,
  hinweis: {
    kaumTitel: 'Ziel ohne neue Maßnahme kaum erreichbar',
    kaum: 'Der Zielwert liegt im Zieljahr außerhalb des 80-%-Bands der „Weiter so“-Prognose. Wenn sich nichts ändert, wird das Ziel sehr wahrscheinlich verfehlt.',
    gegenTitel: 'Gegenindikator entwickelt sich gegenläufig',
    gegen: 'Dieser Indikator und sein Gegenindikator gehen in entgegengesetzte Richtungen: einer wird besser, der andere schlechter. Prüfen Sie, ob die Zahl statt des Problems verbessert wird.',
    ueberfaelligTitel: 'Neuer Wert fällig',
    ueberfaellig: (d: string) => `Nach dem Rhythmus dieses Indikators war ein neuer Wert bis ${d} fällig.`,
  },
  diagramm: {
    titel: 'Verlauf und „Weiter so“-Prognose',
    beschreibung: (a: number, b: number) => `Gemessene Jahreswerte (Mittel je Jahr) und die Fortschreibung nach Holts linearer Trendglättung (α = ${a.toLocaleString('de-DE')}, β = ${b.toLocaleString('de-DE')}) mit 80-%-Band.`,
    ohnePrognose: 'Für eine Prognose braucht es Werte aus mindestens vier Jahren.',
    jahr: 'Jahr',
    gemessen: 'Gemessen',
    prognose: 'Prognose „weiter so“',
    hand: 'Eigene Prognose',
    unten: 'Band unten (10 %)',
    oben: 'Band oben (90 %)',
    ziel: 'Zielwert',
  },
  hand: {
    titel: 'Eigene Prognose',
    erklaerung: 'Was erwarten Sie mit Ihren Maßnahmen? Ihre Werte erscheinen im Diagramm neben der berechneten Prognose. Die Hinweise rechnen weiter mit der berechneten Prognose.',
    feld: 'Werte je Jahr',
    hinweis: 'Jahr und Wert, getrennt durch Semikolon, z. B. „2027: 60; 2028: 65,5“. Ab dem laufenden Jahr. Leer lassen und speichern löscht die eigene Prognose.',
    speichern: 'Eigene Prognose speichern',
    gespeichert: 'Eigene Prognose gespeichert.',
    geloescht: 'Eigene Prognose gelöscht.',
    fehler: 'Werte je Jahr: bitte in der Form „2027: 60; 2028: 65,5“ angeben.',
  },
  werte: { titel: 'Erfasste Werte', tabelle: 'Erfasste Werte', jahr: 'Jahr', datum: 'Datum', wert: 'Wert', stadtteil: 'Stadtteil', zielgruppe: 'Zielgruppe', leer: 'Noch keine Werte.' },
  erfassen: { titel: 'Wert erfassen', jahr: 'Jahr', wert: 'Wert', stadtteil: 'Stadtteil', zielgruppe: 'Zielgruppe', speichern: 'Wert speichern', fehlerJahr: 'Bitte geben Sie ein Jahr an (z. B. 2024).', fehlerWert: 'Bitte geben Sie eine Zahl an (z. B. 12,5).' },
  import: {
    titel: 'Werte importieren (CSV oder XLSX)',
    hinweis: 'Erste Zeile: Spaltenköpfe „jahr“ (oder „datum“) und „wert“, optional „stadtteil“ und „zielgruppe“. Enthält eine Zeile einen Fehler, wird nichts importiert.',
    datei: 'Datei',
    starten: 'Importieren',
    keineDatei: 'Bitte wählen Sie eine CSV- oder XLSX-Datei.',
    fortschritt: 'Import',
    schritte: ['Datei wird gelesen', 'Werte werden geprüft und gespeichert', 'Fertig'],
    erfolg: (n: number) => `${n.toLocaleString('de-DE')} Werte importiert.`,
    fehlerTitel: 'Nichts importiert',
    weitere: (n: number) => `… und ${n.toLocaleString('de-DE')} weitere fehlerhafte Zeilen.`,
  },
  frische: {
    titel: 'Aktualität der eigenen Indikatoren je Organisationseinheit',
    einleitung: 'Wie viele Indikatoren jeder Einheit auf dem Stand ihres Rhythmus sind. Die Übersicht zählt je Einheit, nie je Person.',
    einheit: 'Organisationseinheit', aktuell: 'Aktuell', anteil: 'Anteil aktuell', ohneEinheit: 'ohne Angabe',
    vonGesamt: (a: number, g: number) => `${a} von ${g}`,
    leer: 'Noch keine eigenen Indikatoren.',
  },
  neu: {
    titel: 'Eigenen Indikator anlegen',
    name: 'Name', einheit: 'Einheit', richtung: 'Richtung', rba: 'Frage (RBA)', verantwortlich: 'Verantwortliche Organisationseinheit', rhythmus: 'Aktualisierung',
    stufe: 'Gemessene Stufe der Wirkungstreppe', keineStufe: '– keine –', zielWert: 'Zielwert', zielJahr: 'Zieljahr', gegen: 'Gegenindikator', keinGegen: '– keiner –',
    speichern: 'Indikator anlegen', fehlerName: 'Bitte geben Sie dem Indikator einen Namen.', fehlerZahl: 'Bitte geben Sie eine Zahl an.', fehlerJahr: 'Bitte geben Sie ein Jahr zwischen 1950 und 2100 an.',
  },
};
