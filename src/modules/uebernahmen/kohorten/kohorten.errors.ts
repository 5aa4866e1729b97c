/** Error factory of the cohorts: stable codes, German messages. */
import { AppError, fehler } from '../../../core/errors.ts';

export const kohortenFehler = {
  nichtGefunden: () => fehler.nichtGefunden('kohorte.nicht_gefunden', 'Die Kohorte wurde nicht gefunden.'),
  loesungNichtGefunden: () => fehler.unverarbeitbar('kohorte.loesung_ungueltig', 'Die Lösung wurde nicht gefunden oder ist nicht veröffentlicht.', [{ pfad: 'loesungId' }]),
  zuGross: (max: number) =>
    fehler.unverarbeitbar('kohorte.zu_gross', `Eine Kohorte hat höchstens ${max} Kommunen (URBACT-Größe). Bitte teilen Sie die Kommunen auf mehrere Kohorten auf.`, [{ pfad: 'kommunen' }]),
  maxZuHoch: (max: number) =>
    fehler.unverarbeitbar('kohorte.max_zu_hoch', `Mehr als ${max} Mitglieder kann nur die Plattform-Administration erlauben.`, [{ pfad: 'maxMitglieder' }]),
  kommuneUnbekannt: (angabe: string) =>
    fehler.unverarbeitbar('kohorte.kommune_unbekannt', `Die Kommune „${angabe}“ wurde nicht gefunden.`, [{ pfad: 'kommunen' }]),
  herkunftEingeladen: () =>
    fehler.unverarbeitbar('kohorte.herkunft_eingeladen', 'Die Herkunftskommune der Lösung kann nicht als übernehmende Kommune eingeladen werden.', [{ pfad: 'kommunen' }]),
  keinVerbund: () =>
    fehler.unverarbeitbar('kohorte.kein_verbund', 'Einen Verbund öffnen ein Landkreis für die Gemeinden seines Kreises oder ein Amt bzw. eine Verbandsgemeinde für ihre Mitgliedsgemeinden – diese Kommune hat keine Mitgliedsgemeinden.', [{ pfad: 'traeger' }]),
  nichtImVerbund: (name: string) =>
    fehler.unverarbeitbar('kohorte.nicht_im_verbund', `„${name}“ gehört nicht zum Gebiet dieses Verbunds; eingeladen werden nur Mitgliedsgemeinden.`, [{ pfad: 'gemeinden' }]),
  traegerWaehlen: () =>
    fehler.unverarbeitbar('kohorte.traeger_waehlen', 'Ihr Konto gehört zu mehreren Kommunen. Bitte geben Sie an, welche Kommune den Verbund trägt (Feld „traeger“).', [{ pfad: 'traeger' }]),
  schonMitglied: (name: string) => new AppError(409, 'kohorte.schon_mitglied', `„${name}“ ist bereits in dieser Kohorte eingeladen oder dabei.`, [{ pfad: 'kommunen' }]),
  meilensteinNichtGefunden: () => fehler.nichtGefunden('kohorte.meilenstein_nicht_gefunden', 'Der Meilenstein wurde in dieser Kohorte nicht gefunden.'),
  keineEinladung: () => new AppError(409, 'kohorte.keine_einladung', 'Für Ihre Kommune liegt in dieser Kohorte keine offene Einladung vor.'),
  kommuneWaehlen: () =>
    fehler.unverarbeitbar('kohorte.kommune_waehlen', 'Ihr Konto gehört zu mehreren eingeladenen Kommunen. Bitte geben Sie an, für welche Kommune Sie antworten (Feld „kommune“).', [{ pfad: 'kommune' }]),
};
