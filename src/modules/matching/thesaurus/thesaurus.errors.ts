/** Error factory of the thesaurus maintenance (stable codes). */
import { AppError, fehler } from '../../../core/errors.ts';

export const thesaurusFehler = {
  nichtGefunden: () => fehler.nichtGefunden('thesaurus.nicht_gefunden', 'Der Thesaurus-Eintrag wurde nicht gefunden.'),
  begriffVorhanden: () =>
    new AppError(409, 'thesaurus.begriff_vorhanden', 'Diesen Begriff gibt es im Thesaurus bereits. Bitte ergänzen Sie den vorhandenen Eintrag.'),
};
