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

/** German texts for maintaining a solution's preconditions (origin Kommune; Übertragbarkeits-Check). */
export const voraussetzungenTexte = {
  titel: 'Voraussetzungen für die Übernahme',
  hinweis: 'Was eine Kommune braucht, um diese Lösung zu übernehmen. Der Übertragbarkeits-Check vergleicht es mit ihrem Selbstcheck und ihren Verzeichnisdaten; jede offene Voraussetzung wird ein Meilenstein in der Phase „Anpassen“.',
  bausteineLegende: 'Benötigte digitale Bausteine',
  bausteine: { dms: 'Dokumentenmanagement / E-Akte', 'e-payment': 'E-Payment', formularserver: 'Formularserver', buergerkonto: 'Bürgerkonto / Servicekonto', termine: 'Online-Terminvergabe' },
  fachverfahren: 'Fachverfahren (optional)',
  fachverfahrenHilfe: 'Je Zeile ein Fachverfahren, das im Einsatz sein muss.',
  groessenklasseVon: 'Größenklasse von (optional)',
  groessenklasseBis: 'Größenklasse bis (optional)',
  groessenklasseHilfe: 'Größenklassen 1 (größte) bis 7 (kleinste), wie im Verzeichnis.',
  budget: 'Budget in Euro (optional)',
  personentage: 'Aufwand in Personentagen (optional)',
  laender: 'Länder mit passender Rechtsgrundlage (optional)',
  laenderHilfe: 'Kürzel, durch Komma getrennt, z. B. HE, BY. Leer: in allen Ländern.',
  rechtsgrundlage: 'Rechtsgrundlage (optional)',
  speichern: 'Voraussetzungen speichern',
  sendet: 'Wird gespeichert …',
  gespeichert: 'Die Voraussetzungen sind gespeichert.',
} as const;
