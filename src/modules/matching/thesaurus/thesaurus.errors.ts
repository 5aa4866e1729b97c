/** Error factory of the thesaurus maintenance (stable codes). */
import { AppError, fehler } from '../../../core/errors.ts';

export const thesaurusFehler = {
  nichtGefunden: () => fehler.nichtGefunden('thesaurus.nicht_gefunden', 'Der Thesaurus-Eintrag wurde nicht gefunden.'),
  begriffVorhanden: () =>
    new AppError(409, 'thesaurus.begriff_vorhanden', 'Diesen Begriff gibt es im Thesaurus bereits. Bitte ergänzen Sie den vorhandenen Eintrag.'),
  /** A term of the input already belongs to another group (names the group, so it can be found). */
  schonInGruppe: (begriff: string, gruppen: string[]) =>
    new AppError(
      409,
      'thesaurus.begriff_vorhanden',
      gruppen.length === 1
        ? `„${begriff}“ gehört schon zur Gruppe „${gruppen[0]}“.`
        : `„${begriff}“ gehört schon zu den Gruppen ${aufzaehlung(gruppen.map((g) => `„${g}“`))}.`,
      [{ begriff, gruppen }],
    ),
};

const aufzaehlung = (l: string[]) => (l.length < 2 ? l.join('') : `${l.slice(0, -1).join(', ')} und ${l[l.length - 1]}`);
