/** German texts for maintaining a solution's checklist template (origin Kommune). */
export const vorlagenTexte = {
  titel: 'Checkliste je Phase (Vorlage)',
  hinweis: 'Diese Punkte erhält jedes neue Übernahmeprojekt dieser Lösung als Checkliste.',
  standard: 'Noch keine eigene Vorlage – angezeigt wird die Standard-Checkliste.',
  phasen: { verstehen: 'Verstehen', anpassen: 'Anpassen', uebernehmen: 'Übernehmen', verstetigen: 'Verstetigen' },
  punkt: (phase: string, n: number) => `${phase}: Punkt ${n}`,
  hinzufuegen: (phase: string) => `Punkt in „${phase}“ hinzufügen`,
  entfernen: (phase: string, n: number) => `${phase}: Punkt ${n} entfernen`,
  speichern: 'Vorlage speichern',
  sendet: 'Wird gespeichert …',
  gespeichert: 'Die Vorlage ist gespeichert.',
} as const;
