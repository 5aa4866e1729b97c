/** Strings of the app shell (header, footer, navigation) and of the shared components. */
export const kern = {
  appName: 'Lotse',
  claim: 'Kommunen lernen voneinander',
  titelZusatz: 'Lotse',
  zweiterFaktorTitel: 'Zweiter Faktor fehlt',
  zweiterFaktorText: 'Ihre Rolle verlangt eine Zwei-Faktor-Anmeldung. Bis sie eingerichtet ist, haben Sie in Lotse nur die Rechte eines Mitglieds.',
  zweiterFaktorLink: 'Zwei-Faktor-Anmeldung jetzt einrichten',
  einrichtungTitel: 'Lotse richtet sich noch ein',
  einrichtungText: (erledigt: number, gesamt: number) =>
    `Nach dem ersten Start lädt Lotse noch Beispielinhalte und Referenzdaten (Schritt ${Math.min(erledigt + 1, gesamt)} von ${gesamt}). `
    + 'Listen, Suche und Vergleiche können bis dahin unvollständig sein; dieser Hinweis aktualisiert sich von selbst.',
  einrichtungFertigTitel: 'Lotse ist eingerichtet',
  einrichtungFertig: 'Beispielinhalte und Referenzdaten sind vollständig geladen.',
  einrichtungFehler: 'Beim Einrichten nach dem Start ist ein Fehler aufgetreten. Einige Beispielinhalte oder Referenzdaten fehlen; das Serverprotokoll nennt den Grund.',
  zumInhalt: 'Zum Inhalt springen',
  navigation: 'Hauptnavigation',
  start: 'Start',
  startseite: 'Zur Startseite',
  kommunen: 'Kommunen',
  anmelden: 'Anmelden',
  abmelden: 'Abmelden',
  registrieren: 'Registrieren',
  meinKonto: 'Mein Konto',
  kontoVon: (name: string) => `Mein Konto (${name})`,
  laden: 'Wird geladen …',
  fehlerAllgemein: 'Es ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
  seiteNichtGefunden: 'Seite nicht gefunden',
  seiteNichtGefundenText: 'Die aufgerufene Adresse gibt es in Lotse nicht. Vielleicht hat sich die Adresse geändert oder es liegt ein Tippfehler vor.',
  seiteNichtGefundenWeiter: 'Von hier geht es weiter:',
  fusszeile: 'Fußzeile',
  fussText: 'Lotse ist freie Software unter der Lizenz EUPL-1.2.',
  impressum: 'Impressum',
  datenschutz: 'Datenschutz',
  barrierefreiheit: 'Erklärung zur Barrierefreiheit',
  leichteSprache: 'Leichte Sprache',
  quellen: 'Quellen und Lizenzen',
  api: 'API-Dokumentation',
  /** Shown by the shell instead of a page that needs a sign-in or a role (src/web/komponenten/Zugangsschutz.tsx). */
  zugang: {
    anmeldenTitel: 'Anmeldung erforderlich',
    anmeldenText: 'Bitte melden Sie sich an, um diese Seite zu sehen. Nach der Anmeldung kommen Sie direkt hierher zurück.',
    anmeldenLink: 'Anmelden',
    keinKonto: 'Sie haben noch kein Konto?',
    registrieren: 'Konto anlegen',
    rolleTitel: 'Kein Zugang zu dieser Seite',
    nurFuer: (rollen: readonly string[]) => `Diese Seite ist für ${rollen.map((r) => ROLLEN[r] ?? r).join(' und ')}.`,
    rolleFehlt: (name: string) => `Sie sind als ${name} angemeldet; Ihrem Konto ist diese Rolle nicht zugeordnet. Plattformrollen vergibt die Plattform-Administration.`,
    zurStartseite: 'Zur Startseite',
  },
} as const;

/** Platform roles as the pages name them in sentences („Diese Seite ist für …“). */
const ROLLEN: Record<string, string> = {
  lotse: 'Lotsinnen und Lotsen',
  transferstelle: 'die Transferstelle',
  'plattform-admin': 'die Plattform-Administration',
};

const zahlDe = new Intl.NumberFormat('de-DE');

/** Strings used inside the reusable components in src/web/komponenten. */
export const komponenten = {
  optional: 'optional',
  fehlerHinweis: 'Fehler:',
  fehlerlisteTitel: 'Bitte prüfen Sie Ihre Angaben',
  fehlerlisteEinleitung: (n: number) => (n === 1 ? 'Eine Angabe ist noch nicht korrekt:' : `${n} Angaben sind noch nicht korrekt:`),
  hinweisTitel: { info: 'Hinweis', success: 'Erledigt', warning: 'Achtung', danger: 'Fehler' },
  diagrammAlternative: (titel: string) => `Diagramm: ${titel}. Die Werte stehen in der folgenden Tabelle.`,
  diagrammTabelleZeigen: 'Daten als Tabelle',
  diagrammKeineDaten: 'Für dieses Diagramm liegen keine Daten vor.',
  diagrammNichtVerfuegbar: 'Das Diagramm kann nicht angezeigt werden. Die Tabelle enthält alle Werte.',
  keinWert: 'keine Angabe',
  fortschrittText: (wert: number, max: number) => `${wert} von ${max}`,
  fortschrittProzent: (p: number) => `${p} %`,
  kopieren: 'Kopieren',
  kopiert: 'In die Zwischenablage kopiert.',
  kopierenFehlgeschlagen: 'Kopieren ist nicht möglich. Bitte markieren Sie den Text und kopieren Sie ihn selbst.',
  seiteVon: (seite: number, seiten: number) => `Seite ${seite} von ${seiten}`,
  vorherigeSeite: 'Vorherige Seite',
  naechsteSeite: 'Nächste Seite',
  blaettern: 'Seiten',
  /** Character counter of limited fields („noch 23 von 200 Zeichen“). */
  zeichenRest: (rest: number, max: number) => `noch ${zahlDe.format(rest)} von ${zahlDe.format(max)} Zeichen`,
  zeichenZuViel: (zuViel: number, max: number) => `${zahlDe.format(zuViel)} Zeichen zu viel – höchstens ${zahlDe.format(max)} Zeichen`,
} as const;
