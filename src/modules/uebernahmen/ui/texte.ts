/** Texte des Moduls „uebernahmen“ (Übernahmeprojekte, Übertragbarkeits-Check, Rückmeldungen, Export). */

export const uebernahmen = {
  nav: 'Übernahmen',
};
