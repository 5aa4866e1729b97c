/**
 * Error factory of the module „uebernahmen“: stable codes, German messages. Every error the module raises
 * is built here.
 */
import { AppError, fehler } from '../../core/errors.ts';

export const uebernahmeFehler = {
  nichtGefunden: () => fehler.nichtGefunden('uebernahme.nicht_gefunden', 'Das Übernahmeprojekt wurde nicht gefunden.'),
  loesungNichtGefunden: () => fehler.nichtGefunden('loesung.nicht_gefunden', 'Die Lösung wurde nicht gefunden.'),
  loesungNichtVeroeffentlicht: () => new AppError(409, 'uebernahme.loesung_nicht_veroeffentlicht', 'Übernehmen lassen sich nur veröffentlichte Lösungen.'),
  eigeneLoesung: () => new AppError(409, 'uebernahme.eigene_loesung', 'Ihre Kommune ist die Herkunft dieser Lösung; eine Übernahme ist nur für andere Kommunen möglich.'),
  laeuftSchon: () => new AppError(409, 'uebernahme.laeuft_schon', 'Ihre Kommune hat für diese Lösung bereits ein laufendes Übernahmeprojekt.'),
  kommuneWaehlen: () =>
    fehler.unverarbeitbar('uebernahme.kommune_waehlen', 'Ihr Konto gehört zu mehreren Kommunen. Bitte geben Sie an, für welche Kommune Sie die Lösung übernehmen (Feld „kommune“).', [{ pfad: 'kommune' }]),
  bedarfNichtGefunden: () => fehler.unverarbeitbar('uebernahme.bedarf_ungueltig', 'Der Bedarf wurde in Ihrer Kommune nicht gefunden.', [{ pfad: 'bedarfId' }]),
  phaseRueckwaerts: (von: string, nach: string) =>
    new AppError(409, 'uebernahme.phase_rueckwaerts', `Die Phase kann nur vorwärts wechseln (von „${von}“ nicht zu „${nach}“).`, [{ pfad: 'phase' }]),
  beendet: () => new AppError(409, 'uebernahme.beendet', 'Das Übernahmeprojekt ist beendet und kann nicht mehr geändert werden.'),
  grundFehlt: () => fehler.unverarbeitbar('uebernahme.grund_fehlt', 'Bitte nennen Sie den Grund für den Abbruch.', [{ pfad: 'grund' }]),
  verantwortlichUngueltig: () =>
    fehler.unverarbeitbar('uebernahme.verantwortlich_ungueltig', 'Die verantwortliche Person muss Mitglied der übernehmenden Kommune sein.', [{ pfad: 'verantwortlichId' }]),
  grundNurBeimAbbruch: () => fehler.unverarbeitbar('uebernahme.grund_ohne_abbruch', 'Einen Grund nennen Sie nur beim Abbruch (Phase „abgebrochen“).', [{ pfad: 'grund' }]),
  goliveNurInBetrieb: () => new AppError(409, 'uebernahme.nicht_in_betrieb', 'Den Tag der Inbetriebnahme setzen Sie mit dem Wechsel in die Phase „Verstetigen“.'),
  rueckmeldungNichtGefunden: () => fehler.nichtGefunden('rueckmeldung.nicht_gefunden', 'Die Rückmeldung wurde in diesem Projekt nicht gefunden.'),
  ueberarbeitungInPruefung: () => new AppError(409, 'uebernahme.ueberarbeitung_in_pruefung', 'Eine Überarbeitung dieser Lösung liegt gerade der Transferstelle zur Prüfung vor; bitte warten Sie die Entscheidung ab.'),
  punktNichtGefunden: () => fehler.nichtGefunden('uebernahme.punkt_nicht_gefunden', 'Der Punkt der Checkliste wurde nicht gefunden.'),
  meilensteinNichtGefunden: () => fehler.nichtGefunden('uebernahme.meilenstein_nicht_gefunden', 'Der Meilenstein wurde nicht gefunden.'),
  berichtNochOffen: () =>
    new AppError(409, 'uebernahme.bericht_laeuft_noch', 'Den Übernahmebericht gibt es, sobald das Projekt in Betrieb („Verstetigen“), abgeschlossen oder abgebrochen ist.'),
  vorlageNurHerkunft: () => new AppError(403, 'zugriff.verweigert', 'Die Vorlage einer Lösung pflegt ihre Herkunftskommune.'),
};

export const rueckmeldungFehler = {
  nochNichtInBetrieb: () =>
    new AppError(409, 'rueckmeldung.nicht_in_betrieb', 'Rückmeldungen sind erst möglich, wenn die Lösung in Betrieb ist (Phase „Verstetigen“).'),
  schonGemeldet: () => new AppError(409, 'rueckmeldung.schon_gemeldet', 'Zu diesem Anlass liegt bereits eine Rückmeldung vor.'),
};
