/**
 * Datenblatt für den Personalrat: jedes Feld, das das Modul kaizen über eine Person speichert (Spalten mit
 * Verweis auf ein Konto), mit Zweck. Reine Daten – die Seite /kaizen/personalrat zeigt sie, und ein Test
 * prüft gegen die Datenbank, dass keine Spalte mit Personenbezug fehlt.
 */
export interface DatenblattFeld {
  tabelle: string;
  spalte: string;
  was: string;
  wozu: string;
  wann: string;
}

export const DATENBLATT: DatenblattFeld[] = [
  { tabelle: 'kaizen_idee', spalte: 'eingereicht_von', was: 'Konto, das die Idee eingereicht hat', wozu: 'Namen an der Idee zeigen', wann: 'nie bei anonymen Ideen und nie, wenn die Kommune Namen abgeschaltet hat' },
  { tabelle: 'kaizen_idee', spalte: 'verantwortlich_id', was: 'Konto, das über die Idee entscheidet', wozu: 'Verantwortung, Frist, „Was steht an?“', wann: 'sobald jemand die Idee übernimmt oder ein Admin sie zuweist' },
  { tabelle: 'kaizen_idee_verlauf', spalte: 'konto_id', was: 'Konto, das den Status geändert hat', wozu: 'nachvollziehbare Entscheidungen mit Begründung', wann: 'bei jedem Statuswechsel; beim Einreichen nur bei Ideen mit Namen' },
  { tabelle: 'kaizen_experiment', spalte: 'erstellt_von', was: 'Konto, das das Experiment angelegt hat', wozu: 'Erinnerung nach dem Testzeitraum („Was steht an?“)', wann: 'immer' },
  { tabelle: 'kaizen_lerneintrag', spalte: 'erstellt_von', was: 'Konto, das den Eintrag ins Lernlog geschrieben hat', wozu: 'Namen am Eintrag zeigen – nur der eigenen Kommune', wann: 'immer; anderen Kommunen nie gezeigt, der eigenen nicht, wenn die Kommune Namen abgeschaltet hat' },
  { tabelle: 'kaizen_prozess', spalte: 'erstellt_von', was: 'Konto, das den Prozess für Kennzahlen angelegt hat', wozu: 'Ansprechperson für das Ereignisprotokoll', wann: 'immer' },
  { tabelle: 'audit_log', spalte: 'konto_id', was: 'Konto, das eine Änderung vorgenommen hat (Aktionen idee.*, experiment.*, lernlog.*, kaizen.*)', wozu: 'Änderungsprotokoll der Kommune für ihre Admins', wann: 'bei jeder Änderung; beim Einreichen einer anonymen Idee leer' },
];

/** Was das Modul bewusst nicht speichert. */
export const NICHT_GESPEICHERT = [
  'keine Auswertung je Person (keine Zahlen, wie viele Ideen jemand eingereicht oder entschieden hat)',
  'keine Rangliste, keine Punkte, keine Prämien je Person',
  'bei anonymen Ideen keinerlei Verweis auf die einreichende Person',
  'Stichproben speichern Beginn und Ende eines Falls, nie, wer ihn bearbeitet hat',
];
