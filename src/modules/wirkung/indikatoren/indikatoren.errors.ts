/** Fehlerfabrik der Referenzindikatoren: stabile Codes, deutsche Meldungen. */
import { AppError, fehler } from '../../../core/errors.ts';

export const indikatorFehler = {
  /** The one "Kommune not found" of core (unknown key). */
  kommuneNichtGefunden: () => fehler.kommuneNichtGefunden(),
  keineEbene: () =>
    new AppError(404, 'indikatoren.keine_ebene', 'Für ein ganzes Land zeigt Lotse keine Indikatoren. Bitte wählen Sie eine Gemeinde, eine Stadt oder einen Kreis.'),
};
