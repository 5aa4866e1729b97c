/** Fehlerfabrik der Ideen: stabile Codes, deutsche Meldungen. */
import { AppError } from '../../../core/errors.ts';
import type { IdeeStatus, Pruefung } from './ideen.rules.ts';

export const ideeFehler = {
  nichtGefunden: () => new AppError(404, 'idee.nicht_gefunden', 'Die Idee wurde nicht gefunden.'),
  einheitUnbekannt: () => new AppError(422, 'idee.einheit_unbekannt', 'Diese Organisationseinheit gibt es in Ihrer Kommune nicht.'),
  einheitDoppelt: () => new AppError(409, 'idee.einheit_doppelt', 'Eine Organisationseinheit mit diesem Namen gibt es schon.'),
  keinMitglied: () => new AppError(422, 'idee.kein_mitglied', 'Verantwortlich kann nur ein Mitglied dieser Kommune sein.'),
  zuweisenNichtErlaubt: () =>
    new AppError(403, 'idee.zuweisen_nicht_erlaubt', 'Eine Idee ohne Verantwortung können Sie selbst übernehmen; andere Personen setzt ein Admin Ihrer Kommune ein.'),
  wechsel(p: Exclude<Pruefung, { ok: true }>, von: IdeeStatus, nach: IdeeStatus, moeglich: readonly IdeeStatus[]): AppError {
    const details = [{ von, nach, moeglich }];
    switch (p.grund) {
      case 'nicht_berechtigt':
        return new AppError(403, 'idee.entscheiden_nicht_erlaubt', 'Über diese Idee entscheidet die verantwortliche Person oder ein Admin Ihrer Kommune.', details);
      case 'grund_fehlt':
        return new AppError(422, 'idee.grund_fehlt', 'Bitte begründen Sie, warum die Idee verworfen wird – die Begründung sieht auch, wer sie eingereicht hat.', details);
      case 'datum_fehlt':
        return new AppError(422, 'idee.wiedervorlage_fehlt', 'Bitte nennen Sie ein Datum, an dem die Idee wieder angesehen wird.', details);
      case 'datum_vergangen':
        return new AppError(422, 'idee.wiedervorlage_vergangen', 'Das Datum der Wiedervorlage muss in der Zukunft liegen.', details);
      default:
        return new AppError(409, 'idee.status_ungueltig', 'Dieser Statuswechsel ist im aktuellen Status nicht möglich.', details);
    }
  },
};
