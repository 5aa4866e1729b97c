/** All German texts of the module „betrieb“ in the web app (DSGVO: archive, deletion, own account). */
export const betriebTexte = {
  kommune: {
    titel: 'Daten der Kommune (Datenschutz)',
    exportEinleitung:
      'Laden Sie alle Daten Ihrer Kommune in Lotse als ein ZIP-Archiv herunter: für jede Tabelle eine JSON-Datei und eine CSV-Datei '
      + '(Semikolon, UTF-8), dazu die Mitglieder mit Name, E-Mail-Adresse und Rolle.',
    exportLink: (name: string) => `Alle Daten von ${name} herunterladen (ZIP)`,
    loeschenTitel: 'Alle Daten der Kommune löschen',
    loeschenEinleitung: (tage: number) =>
      `Das Löschen entfernt alle Bedarfe, Lösungen, Selbstchecks, Einladungen, Mitgliedschaften und das Protokoll Ihrer Kommune. `
      + `Es wird ${tage} Tage nach dem Antrag ausgeführt; bis dahin kann jede Administration der Kommune den Antrag widerrufen. `
      + 'Die Konten der Mitglieder bleiben bestehen (sie gehören den Personen). Alle Administratorinnen und Administratoren erhalten eine E-Mail.',
    fremdeVerweise: (n: number) =>
      `${n === 1 ? 'Ein Eintrag anderer Kommunen verweist' : `${n} Einträge anderer Kommunen verweisen`} auf Lösungen Ihrer Kommune `
      + '(z. B. „nutzen wir auch“ oder ein Vorschlag zu einem Bedarf). Diese Verweise entfallen mit dem Löschen.',
    bestaetigungLabel: (name: string) => `Zur Bestätigung den Namen der Kommune eingeben: ${name}`,
    bestaetigungFehlt: 'Bitte geben Sie zur Bestätigung den Namen der Kommune ein.',
    beantragenKnopf: 'Löschen beantragen',
    beantragt: (datum: string) => `Das Löschen aller Daten ist beantragt. Es wird am ${datum} ausgeführt.`,
    beantragtTitel: 'Löschen beantragt',
    widerrufenKnopf: 'Antrag widerrufen',
    widerrufen: 'Der Antrag ist widerrufen. Die Daten der Kommune bleiben erhalten.',
  },
  konto: {
    titel: 'Meine Daten (Datenschutz)',
    exportEinleitung: 'Laden Sie alle Daten herunter, die Lotse zu Ihrem Konto speichert (Auskunft und Datenübertragbarkeit, Art. 15 und 20 DSGVO).',
    exportLink: 'Meine Daten herunterladen (JSON)',
    loeschenTitel: 'Konto löschen',
    loeschenEinleitung:
      'Ihr Konto, Ihre Sitzungen und Mitgliedschaften werden sofort gelöscht (Art. 17 DSGVO). Was Sie für eine Kommune geschrieben haben '
      + '(z. B. Bedarfe), bleibt bei der Kommune, ohne Ihren Namen. Das Protokoll behält, was geschehen ist, aber nicht mehr, wer es war. '
      + 'Sind Sie die einzige Administration einer Kommune, ernennen Sie zuerst eine weitere Person.',
    passwortLabel: 'Passwort zur Bestätigung',
    passwortFehlt: 'Bitte geben Sie Ihr Passwort ein.',
    loeschenKnopf: 'Konto endgültig löschen',
  },
  geloescht: {
    titel: 'Konto gelöscht',
    text: 'Ihr Konto und Ihre persönlichen Daten sind gelöscht. Sie sind abgemeldet.',
    start: 'Zur Startseite',
  },
};
