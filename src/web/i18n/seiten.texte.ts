/**
 * Strings of the general pages: start page, Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache, Quellen.
 * Long legal texts are structured as sections (heading, paragraphs, list) and rendered by `Textseite`.
 */

export interface Abschnitt {
  ueberschrift: string;
  absaetze?: readonly string[];
  liste?: readonly string[];
  /** Paragraphs after the list. */
  nachsatz?: readonly string[];
}

export interface Quelle {
  name: string;
  herausgeber: string;
  lizenz: string;
  lizenzLink?: string;
  verwendung: string;
  link: string;
  linkText: string;
}

const start = {
  titel: 'Lotse – Kommunen lernen voneinander',
  dokumentTitel: 'Startseite',
  einleitung:
    'Viele Städte, Gemeinden und Kreise haben für ihre Aufgaben längst gute Lösungen gefunden. Andere Verwaltungen erfahren davon meist nur durch Zufall. Lotse ändert das: Hier beschreiben Kommunen, was sie brauchen, finden erprobte Lösungen aus vergleichbaren Kommunen und verfolgen gemeinsam, ob die gewünschte Wirkung eintritt.',
  sucheTitel: 'Kommune finden',
  sucheLabel: 'Name oder Schlüssel der Kommune',
  sucheHinweis: 'Zum Beispiel „Gießen“, „Landkreis Harburg“ oder der Gemeindeschlüssel „06531005“.',
  sucheFehlerLeer: 'Bitte geben Sie einen Namen oder einen Schlüssel ein.',
  sucheKnopf: 'Suchen',
  angebotTitel: 'Was Lotse bietet',
  angebote: [
    {
      titel: 'Verzeichnis aller Kommunen',
      text: 'Alle Gemeinden, Kreise und Länder Deutschlands mit Einwohnerzahl und Größenklasse – die Grundlage, um wirklich vergleichbare Verwaltungen zu finden.',
    },
    {
      titel: 'Voneinander lernen',
      text: 'Bewährte Lösungen aus der Praxis anderer Kommunen entdecken. Regionale Lotsinnen und Lotsen helfen dabei, Bedarf und passende Lösung zusammenzubringen.',
    },
    {
      titel: 'Nach Wirkung steuern',
      text: 'Ziele statt Maßnahmenlisten: Fortschritte an Kennzahlen festmachen und den eigenen Stand mit Kommunen gleicher Größe einordnen.',
    },
  ],
  mitmachenTitel: 'Mitmachen',
  mitmachenText:
    'Mit einem Konto treten Sie dem Bereich Ihrer Kommune bei, laden Kolleginnen und Kollegen ein und machen die Erfahrungen Ihrer Verwaltung für andere nutzbar.',
  angemeldetAls: (name: string) => `Sie sind angemeldet als ${name}.`,
  zumKonto: 'Zu Ihrem Konto',
  kontoAnlegen: 'Konto anlegen',
  zurAnmeldung: 'Anmelden',
  offenTitel: 'Offen und nachnutzbar',
  offenText:
    'Lotse ist freie Software unter der Lizenz EUPL-1.2. Jede Kommune, jeder Zweckverband und jeder IT-Dienstleister darf Lotse selbst betreiben, prüfen und weiterentwickeln.',
  zuDenQuellen: 'Datenquellen und Lizenzen',
  leichteSpracheLink: 'Lotse in Leichter Sprache',
} as const;

const impressum = {
  titel: 'Impressum',
  platzhalterTitel: 'Hinweis für den Betreiber',
  platzhalter:
    'Diese Seite ist eine Vorlage. Wer Lotse betreibt, ersetzt alle Angaben in eckigen Klammern durch die eigenen Daten, bevor Lotse öffentlich erreichbar ist (Pflichtangaben nach § 5 DDG und § 18 MStV).',
  abschnitte: [
    {
      ueberschrift: 'Anbieter',
      absaetze: ['{name}', '{adresse}'],
    },
    {
      ueberschrift: 'Vertreten durch',
      absaetze: ['{vertreten}'],
    },
    {
      ueberschrift: 'Kontakt',
      absaetze: ['Telefon: {telefon}', 'E-Mail: {email}'],
    },
    {
      ueberschrift: 'Umsatzsteuer-Identifikationsnummer',
      absaetze: ['[USt-IdNr., falls vorhanden]'],
    },
    {
      ueberschrift: 'Verantwortlich für den Inhalt',
      absaetze: ['[Name und Anschrift der verantwortlichen Person nach § 18 Abs. 2 MStV]'],
    },
    {
      ueberschrift: 'Inhalte anderer Kommunen',
      absaetze: [
        'Beiträge in Lotse stammen von den beteiligten Kommunen. Für ihren Inhalt ist die jeweils einstellende Kommune verantwortlich.',
      ],
    },
    {
      ueberschrift: 'Software',
      absaetze: ['Lotse ist freie Software unter der Lizenz EUPL-1.2. Angaben zu Datenquellen und Lizenzen finden Sie auf der Seite „Quellen und Lizenzen“.'],
    },
  ] satisfies Abschnitt[],
} as const;

const datenschutz = {
  titel: 'Datenschutz',
  einleitung:
    'Lotse speichert nur, was für den Betrieb nötig ist. Es gibt kein Tracking, keine Werbung und keine Inhalte von fremden Servern. Hier lesen Sie, welche Daten anfallen, wofür sie dienen und wie lange sie bleiben.',
  platzhalterTitel: 'Hinweis für den Betreiber',
  platzhalter:
    'Ergänzen Sie die verantwortliche Stelle, den Kontakt der oder des Datenschutzbeauftragten, die zuständige Aufsichtsbehörde und die Rechtsgrundlagen Ihres Betriebs. Angaben in eckigen Klammern sind Platzhalter.',
  abschnitte: [
    {
      ueberschrift: 'Verantwortliche Stelle',
      absaetze: [
        'Verantwortlich ist die Stelle, die im Impressum genannt ist: {name}, {adresse}. Datenschutzbeauftragte Person: {datenschutz}.',
      ],
    },
    {
      ueberschrift: 'Nutzung ohne Konto',
      absaetze: [
        'Sie können die öffentlichen Seiten und das Kommunenverzeichnis ohne Konto nutzen. Dabei legt Lotse nur das Sicherheits-Cookie „lotse_csrf“ an (siehe unten).',
        'Der Server schreibt zur Fehlersuche und Abwehr von Angriffen ein technisches Protokoll (Zeitpunkt, aufgerufene Adresse, IP-Adresse, Antwortcode). [Speicherdauer der Serverprotokolle, z. B. 7 Tage].',
      ],
    },
    {
      ueberschrift: 'Ihr Konto',
      absaetze: ['Wenn Sie ein Konto anlegen, speichert Lotse:'],
      liste: [
        'Ihren Namen und Ihre E-Mail-Adresse,',
        'Ihr Passwort – nur als nicht umkehrbarer Hashwert (Verfahren argon2id), niemals im Klartext,',
        'die Kommunen, denen Sie angehören, und Ihre Rolle dort (Mitglied oder Administration) sowie gegebenenfalls eine Plattformrolle,',
        'den Zeitpunkt der Anlage und der letzten Änderung Ihres Kontos.',
      ],
      nachsatz: ['Diese Daten bleiben gespeichert, bis Ihr Konto gelöscht wird. {loeschung}'],
    },
    {
      ueberschrift: 'Cookies',
      absaetze: ['Lotse setzt ausschließlich zwei technisch notwendige Cookies. Eine Einwilligung ist dafür nicht erforderlich.'],
      liste: [
        '„lotse_sitzung“: hält Sie nach der Anmeldung angemeldet. Es enthält eine zufällige Kennung, die in der Datenbank nur als Hashwert liegt. Es ist für Skripte nicht lesbar (httpOnly) und endet mit der Abmeldung, spätestens nach 12 Stunden.',
        '„lotse_csrf“: schützt Formulare davor, von fremden Websites aus abgeschickt zu werden (CSRF-Schutz). Es enthält eine zufällige Zeichenfolge und wird beim Schließen des Browsers gelöscht.',
      ],
    },
    {
      ueberschrift: 'Einladungen',
      absaetze: [
        'Lädt die Administration einer Kommune Kolleginnen oder Kollegen ein, speichert Lotse die vorgesehene Rolle, optional die E-Mail-Adresse, den Ablaufzeitpunkt (14 Tage) und die Kennung des Einladungslinks nur als Hashwert.',
      ],
    },
    {
      ueberschrift: 'Änderungsprotokoll (Audit-Log)',
      absaetze: [
        'Änderungen an Daten einer Kommune werden mit Zeitpunkt, Art der Änderung und dem handelnden Konto protokolliert. So bleibt nachvollziehbar, wer was geändert hat. Das Protokoll einer Kommune kann nur deren Administration einsehen. [Aufbewahrungsfrist des Protokolls].',
      ],
    },
    {
      ueberschrift: 'Kein Tracking, keine Dritten',
      absaetze: [
        'Lotse verwendet keine Analyse- oder Werbedienste, keine Social-Media-Einbindungen und lädt Schriften, Skripte und Bilder ausschließlich vom eigenen Server. Daten werden nicht an Dritte weitergegeben, außer der Betreiber ist gesetzlich dazu verpflichtet.',
      ],
    },
    {
      ueberschrift: 'Rechtsgrundlagen',
      absaetze: [
        '[Vom Betreiber zu ergänzen, zum Beispiel Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit der einschlägigen landesrechtlichen Vorschrift für den Betrieb durch eine öffentliche Stelle.]',
      ],
    },
    {
      ueberschrift: 'Ihre Rechte',
      absaetze: ['Sie haben nach der Datenschutz-Grundverordnung das Recht auf'],
      liste: [
        'Auskunft über die zu Ihnen gespeicherten Daten (Art. 15 DSGVO),',
        'Berichtigung unrichtiger Daten (Art. 16 DSGVO),',
        'Löschung (Art. 17 DSGVO) und Einschränkung der Verarbeitung (Art. 18 DSGVO),',
        'Datenübertragbarkeit (Art. 20 DSGVO) und Widerspruch (Art. 21 DSGVO),',
        'Beschwerde bei einer Datenschutz-Aufsichtsbehörde (Art. 77 DSGVO), zuständig ist: {aufsicht}.',
      ],
    },
  ] satisfies Abschnitt[],
} as const;

const barrierefreiheit = {
  titel: 'Erklärung zur Barrierefreiheit',
  einleitung:
    'Der Betreiber von Lotse ist bemüht, Lotse im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen. Diese Erklärung gilt für die Weboberfläche von Lotse unter {website}.',
  platzhalterTitel: 'Hinweis für den Betreiber',
  platzhalter:
    'Ergänzen Sie die Angaben in eckigen Klammern, insbesondere Kontakt und zuständige Schlichtungsstelle. Bei einer öffentlichen Stelle eines Landes gilt das jeweilige Landesrecht; die Gliederung bleibt gleich.',
  abschnitte: [
    {
      ueberschrift: 'Stand der Vereinbarkeit mit den Anforderungen',
      absaetze: [
        'Lotse ist wegen der unten genannten Einschränkungen teilweise mit der BITV 2.0 vereinbar. Maßstab sind die Anforderungen der europäischen Norm EN 301 549, die auf den Web Content Accessibility Guidelines (WCAG) 2.1 in der Stufe AA beruhen.',
        'Lotse nutzt das Designsystem KERN UX der öffentlichen Verwaltung. Alle Funktionen sind mit der Tastatur bedienbar, Formularfelder haben sichtbare Beschriftungen, Fehlermeldungen sind den Feldern zugeordnet und Diagramme werden immer zusätzlich als Datentabelle angeboten. Jede Seite wird bei jeder Änderung automatisiert mit dem Prüfwerkzeug axe-core getestet.',
      ],
    },
    {
      ueberschrift: 'Nicht barrierefreie Inhalte',
      absaetze: ['Die folgenden Inhalte sind nicht oder nur eingeschränkt barrierefrei:'],
      liste: [
        'Die technische API-Dokumentation unter „/api/docs“ wird von einer Drittsoftware erzeugt und ist nicht vollständig barrierefrei. Alle Funktionen stehen auch in der Weboberfläche zur Verfügung.',
        'Inhalte, die Kommunen selbst einstellen (zum Beispiel Beschreibungen von Lösungen), prüft der Betreiber nicht vorab auf Barrierefreiheit.',
        'Eine vollständige Prüfung durch eine unabhängige Prüfstelle steht noch aus. [Datum und Ergebnis nach erfolgter Prüfung ergänzen.]',
      ],
    },
    {
      ueberschrift: 'Erstellung dieser Erklärung',
      absaetze: [
        'Diese Erklärung wurde am {erklaerungDatum} erstellt. Grundlage ist eine Selbstbewertung durch den Betreiber sowie die automatisierten Prüfungen (axe-core, Regeln für WCAG 2.1 A und AA). Die Erklärung wurde zuletzt am {erklaerungGeprueft} überprüft.',
      ],
    },
    {
      ueberschrift: 'Feedback und Kontakt',
      absaetze: [
        'Sind Ihnen Mängel beim barrierefreien Zugang zu Inhalten von Lotse aufgefallen? Oder benötigen Sie Informationen in einer barrierefreien Form? Dann melden Sie sich bitte bei uns – über das Formular unten oder auf einem dieser Wege:',
        'E-Mail: {email}',
        'Telefon: {telefon}',
        'Post: {name}, {adresse}',
        'Wir antworten Ihnen so schnell wie möglich.',
      ],
    },
    {
      ueberschrift: 'Schlichtungsverfahren',
      absaetze: [
        'Wenn auch nach Ihrem Feedback an den oben genannten Kontakt keine zufriedenstellende Lösung gefunden wurde, können Sie sich an die Schlichtungsstelle nach § 16 des Behindertengleichstellungsgesetzes (BGG) wenden. Die Schlichtungsstelle hat die Aufgabe, bei Konflikten zwischen Menschen mit Behinderungen und öffentlichen Stellen des Bundes eine außergerichtliche Streitbeilegung zu unterstützen. Das Schlichtungsverfahren ist kostenlos. Es muss kein Rechtsbeistand eingeschaltet werden.',
        'Weitere Informationen zum Schlichtungsverfahren und den Möglichkeiten der Antragstellung erhalten Sie unter www.schlichtungsstelle-bgg.de. [Für Stellen eines Landes: Schlichtungs- oder Durchsetzungsstelle nach Landesrecht eintragen.]',
        'Direkt kontaktieren können Sie die Schlichtungsstelle BGG unter info@schlichtungsstelle-bgg.de.',
      ],
    },
  ] satisfies Abschnitt[],
} as const;

/** Operator details ({name} … in the texts above), filled from GET /api/betreiber (LOTSE_BETREIBER_*). */
const betreiber = {
  fehlt: (was: string) => `(${was}: noch nicht eingetragen)`,
  felder: {
    name: 'Name der Behörde oder Organisation',
    adresse: 'Anschrift',
    email: 'E-Mail-Adresse',
    telefon: 'Telefonnummer',
    website: 'Adresse der Website',
    vertreten: 'vertretungsberechtigte Person',
    datenschutz: 'Kontakt der oder des Datenschutzbeauftragten',
    aufsicht: 'zuständige Aufsichtsbehörde',
    loeschung: 'Verfahren zur Löschung des Kontos',
    erklaerungDatum: 'Datum',
    erklaerungGeprueft: 'Datum',
  },
  loeschungPerEmail: (email: string) => `Die Löschung Ihres Kontos können Sie jederzeit formlos per E-Mail an ${email} verlangen.`,
  hinweisTitel: 'Hinweis für den Betreiber',
  hinweis: (variablen: string[]) =>
    `Einige Angaben sind noch nicht eingetragen. Tragen Sie sie in der Konfiguration von Lotse ein (${variablen.join(', ')}) und starten Sie Lotse neu.`,
} as const;

/** The feedback form of the Erklärung zur Barrierefreiheit (BITV 2.0: feedback mechanism). */
const rueckmeldung = {
  titel: 'Barriere melden',
  einleitung: 'Beschreiben Sie bitte, was Sie gestört hat und auf welcher Seite. Ihre Nachricht geht an den Betreiber von Lotse. Name und E-Mail-Adresse sind freiwillig – ohne E-Mail-Adresse können wir Ihnen allerdings nicht antworten.',
  name: 'Ihr Name',
  email: 'Ihre E-Mail-Adresse',
  emailHinweis: 'Nur für unsere Antwort.',
  seite: 'Betroffene Seite',
  seiteHinweis: 'Die Adresse oder der Name der Seite, zum Beispiel „/kommunen“.',
  nachricht: 'Ihre Nachricht',
  nachrichtHinweis: 'Höchstens 5.000 Zeichen.',
  knopf: 'Rückmeldung senden',
  sendet: 'Wird gesendet …',
  danke: 'Vielen Dank für Ihre Rückmeldung',
  dankeText: 'Ihre Nachricht ist beim Betreiber von Lotse eingegangen.',
  dankeMitAntwort: 'Wir antworten Ihnen an die angegebene E-Mail-Adresse.',
  nochEine: 'Weitere Rückmeldung schreiben',
  pruefung: {
    nachrichtFehlt: 'Bitte beschreiben Sie, was Ihnen aufgefallen ist.',
    nachrichtZuLang: 'Bitte fassen Sie sich kürzer: höchstens 5.000 Zeichen.',
    emailUngueltig: 'Bitte geben Sie eine gültige E-Mail-Adresse an oder lassen Sie das Feld leer.',
  },
} as const;

const leichteSprache = {
  titel: 'Lotse in Leichter Sprache',
  dokumentTitel: 'Leichte Sprache',
  abschnitte: [
    {
      ueberschrift: 'Was ist Lotse?',
      absaetze: [
        'Lotse ist eine Internet-Seite.',
        'Die Seite ist für Kommunen.',
        'Kommunen sind Städte, Gemeinden und Kreise.',
        'In Kommunen arbeiten Verwaltungen.',
        'Eine Verwaltung ist zum Beispiel das Rathaus.',
      ],
    },
    {
      ueberschrift: 'Wofür ist Lotse gut?',
      absaetze: [
        'Viele Kommunen haben die gleichen Aufgaben.',
        'Manche Kommunen haben schon eine gute Lösung gefunden.',
        'Andere Kommunen wissen das oft nicht.',
        'Lotse hilft beim Teilen.',
        'So können Kommunen voneinander lernen.',
      ],
    },
    {
      ueberschrift: 'Was kann man bei Lotse machen?',
      liste: [
        'Man kann eine Kommune suchen.',
        'Man sieht: So viele Menschen leben dort.',
        'Man kann gute Lösungen von anderen Kommunen finden.',
        'Man kann sehen: Hat eine Lösung wirklich geholfen?',
      ],
    },
    {
      ueberschrift: 'Wer kann mitmachen?',
      absaetze: [
        'Jeder kann die Seite ansehen.',
        'Menschen aus Verwaltungen können ein Konto machen.',
        'Ein Konto ist ein eigener Zugang.',
        'Dafür braucht man eine E-Mail-Adresse.',
        'Und man braucht ein Passwort.',
        'Ein Passwort ist ein geheimes Wort.',
      ],
    },
    {
      ueberschrift: 'Was passiert mit meinen Daten?',
      absaetze: [
        'Lotse speichert nur wenige Daten.',
        'Zum Beispiel Ihren Namen und Ihre E-Mail-Adresse.',
        'Lotse gibt Ihre Daten nicht weiter.',
        'Lotse beobachtet Sie nicht.',
      ],
    },
  ] satisfies Abschnitt[],
  mehrTitel: 'Mehr Informationen',
  mehrText: 'Die Seiten gibt es auch in schwerer Sprache:',
} as const;

const quellen = {
  titel: 'Quellen und Lizenzen',
  einleitung:
    'Lotse verwendet öffentlich verfügbare Daten, Studien und freie Software. Hier finden Sie, woher sie stammen, unter welcher Lizenz sie stehen und wofür Lotse sie nutzt.',
  datenTitel: 'Daten',
  fachlichTitel: 'Fachliche Grundlagen',
  softwareTitel: 'Software und Gestaltung',
  herausgeber: 'Herausgeber',
  lizenz: 'Lizenz',
  verwendung: 'Verwendung in Lotse',
  fundstelle: 'Fundstelle',
  daten: [
    {
      name: 'Zensus 2022: Bevölkerung der Gemeinden',
      herausgeber: 'Statistische Ämter des Bundes und der Länder (Tabelle 1000A-0000, Gebietsstand 15.05.2022); bereinigte Fassung aus dem öffentlichen Repositorium hdigital/data-snippets',
      lizenz: 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)',
      lizenzLink: 'https://www.govdata.de/dl-de/by-2-0',
      verwendung: 'Namen, Regionalschlüssel und Einwohnerzahlen aller 10.786 Gemeinden; daraus berechnet Lotse Typ und Größenklasse.',
      link: 'https://github.com/hdigital/data-snippets',
      linkText: 'github.com/hdigital/data-snippets',
    },
    {
      name: 'landkreise-deutschland',
      herausgeber: 'Alexander Wunschik',
      lizenz: 'Creative Commons Namensnennung 4.0 International (CC BY 4.0)',
      lizenzLink: 'https://creativecommons.org/licenses/by/4.0/deed.de',
      verwendung: 'Die 401 Landkreise und kreisfreien Städte mit Schlüssel und Einwohnerzahl.',
      link: 'https://github.com/mojoaxel/landkreise-deutschland',
      linkText: 'github.com/mojoaxel/landkreise-deutschland',
    },
    {
      name: 'Innovative Public Services Explorer (Fallbeispiele)',
      herausgeber: 'Europäische Kommission, Gemeinsame Forschungsstelle (JRC)',
      lizenz: 'European Union Public Licence 1.2 (EUPL-1.2)',
      lizenzLink: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
      verwendung: 'Beispiele innovativer Lösungen öffentlicher Verwaltungen in Europa als Ausgangsbestand für die Lösungssuche.',
      link: 'https://github.com/ipsoeu/ips-explorer',
      linkText: 'github.com/ipsoeu/ips-explorer',
    },
  ] satisfies Quelle[],
  fachlich: [
    {
      name: 'Studie „Digitale Kommune“',
      herausgeber: 'Kompetenzzentrum Öffentliche IT (ÖFIT) am Fraunhofer FOKUS und Kommunale Gemeinschaftsstelle für Verwaltungsmanagement (KGSt), Befragung von 412 Kommunen',
      lizenz: 'Zitiert: Größenklassen (Tabellen 1 und 2) und veröffentlichte Kennzahlen je Größenklasse; Urheberrecht bei den Herausgebern',
      verwendung: 'Einteilung der Kommunen in Größenklassen und Vergleichswerte zum digitalen Reifegrad.',
      link: 'https://www.oeffentliche-it.de',
      linkText: 'www.oeffentliche-it.de',
    },
    {
      name: 'Kurzstudie „Kaizen für Kommunen“',
      herausgeber: 'Nationales E-Government Kompetenzzentrum (NEGZ)',
      lizenz: 'Zitiert; Urheberrecht bei den Herausgebern',
      verwendung: 'Kommunen als lernende Organisationen und kontinuierliche Verbesserung; Grundlage der Selbsteinschätzung zur Lernbereitschaft.',
      link: 'https://negz.org',
      linkText: 'negz.org',
    },
    {
      name: 'Wirkungstreppe',
      herausgeber: 'PHINEO gAG',
      lizenz: 'Zitiert; Urheberrecht bei PHINEO',
      verwendung: 'Die sieben Stufen von der Aktivität bis zur gesellschaftlichen Veränderung zur Einordnung von Zielen und Kennzahlen.',
      link: 'https://www.phineo.org',
      linkText: 'www.phineo.org',
    },
  ] satisfies Quelle[],
  software: [
    {
      name: 'KERN UX (@kern-ux/native)',
      herausgeber: 'KERN-Team, initiiert von den Ländern Hamburg und Schleswig-Holstein',
      lizenz: 'European Union Public Licence 1.2 (EUPL-1.2)',
      lizenzLink: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
      verwendung: 'Gestaltung, Bedienelemente und Schrift der Weboberfläche.',
      link: 'https://www.kern-ux.de',
      linkText: 'www.kern-ux.de',
    },
    {
      name: 'Apache ECharts',
      herausgeber: 'The Apache Software Foundation',
      lizenz: 'Apache License 2.0',
      lizenzLink: 'https://www.apache.org/licenses/LICENSE-2.0',
      verwendung: 'Diagramme; zu jedem Diagramm zeigt Lotse die Werte zusätzlich als Tabelle.',
      link: 'https://echarts.apache.org',
      linkText: 'echarts.apache.org',
    },
  ] satisfies Quelle[],
  lotseTitel: 'Lotse selbst',
  lotseText: 'Der Quelltext von Lotse steht unter der European Union Public Licence 1.2 (EUPL-1.2). Weitere verwendete Bibliotheken und ihre Lizenzen sind in der Paketliste des Quelltexts aufgeführt.',
} as const;

const bausteine = {
  titel: 'Bausteine der Oberfläche',
  einleitung:
    'Diese Seite zeigt die wiederverwendbaren, barrierefreien Bausteine von Lotse mit Beispieldaten. Sie richtet sich an alle, die Lotse weiterentwickeln; die Browsertests prüfen hier jeden Baustein mit axe-core.',
  formularTitel: 'Formularfeld mit Hinweis und Fehlermeldung',
  beispielLabel: 'Gemeindeschlüssel',
  beispielHinweis: 'Acht Ziffern, zum Beispiel 06531005.',
  beispielFehler: 'Bitte geben Sie genau acht Ziffern ein.',
  auswahlLabel: 'Größenklasse',
  auswahlOptionen: ['Alle', 'Größenklasse 1', 'Größenklasse 2'],
  hinweiseTitel: 'Hinweise',
  hinweisInfo: 'Ein Hinweis, der zum Inhalt der Seite gehört.',
  hinweisErfolg: 'Eine Bestätigung nach einer erfolgreichen Aktion.',
  hinweisWarnung: 'Eine Warnung vor Folgen einer Aktion.',
  hinweisFehler: 'Eine Fehlermeldung, die sofort vorgelesen wird.',
  fortschrittTitel: 'Fortschritt',
  fortschrittLabel: 'Fragebogen ausgefüllt',
  ladenTitel: 'Ladeanzeige',
  diagrammTitel: 'Diagramm mit Datentabelle',
  diagrammBeschreibung:
    'Beispiel: Anteil der Städte und Gemeinden mit Digitalisierungsstrategie je Größenklasse (Studie „Digitale Kommune“, ÖFIT/KGSt, Befragung 2018/19).',
  diagrammName: 'Digitalisierungsstrategie nach Größenklasse (Städte und Gemeinden)',
  diagrammKategorie: 'Größenklasse',
  reiheJa: 'Vorhanden',
  reiheEntwicklung: 'In Entwicklung',
  reiheNein: 'Keine',
  kreisName: 'Digitalisierungsstrategie der Kreise mit mehr als 250.000 Einwohnern',
  kreisKategorie: 'Stand',
} as const;

export const seiten = { start, impressum, datenschutz, barrierefreiheit, betreiber, rueckmeldung, leichteSprache, quellen, bausteine } as const;
