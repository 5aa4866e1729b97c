/** Texte des Moduls „kaizen“ (Ideen, Experimente, Stichproben, Prozesskennzahlen, Lernlog, Wirkung). */

export const kaizen = {
  nav: 'Verbesserung',
};
