/** Texte des Moduls „uebernahmen“ (Übernahmeprojekte, Übertragbarkeits-Check, Rückmeldungen, Export). */

const zahl = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const datum = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium' });

export const uebernahmen = {
  nav: 'Übernahmen',
  phase: {
    verstehen: 'Verstehen',
    anpassen: 'Anpassen',
    uebernehmen: 'Übernehmen',
    verstetigen: 'Verstetigen',
    abgeschlossen: 'Abgeschlossen',
    abgebrochen: 'Abgebrochen',
  } as Record<string, string>,
  anlass: { golive: 'Inbetriebnahme', '6-monate': 'nach 6 Monaten', '12-monate': 'nach 12 Monaten' },
  anstehend: {
    rueckmeldung: (anlass: string, titel: string) => `Rückmeldung ${anlass} zur Übernahme „${titel}“`,
    meilenstein: (titel: string, loesung: string) => `Meilenstein „${titel}“ in der Übernahme „${loesung}“`,
  },
  datum: (iso: string) => datum.format(new Date(iso)),
  zahl: (n: number) => zahl.format(n),
};
