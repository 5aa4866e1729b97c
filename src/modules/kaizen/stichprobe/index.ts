/** Teilbereich „stichprobe“ des Moduls kaizen: reine Regeln für von Hand gestoppte Stichproben (Entscheidung 0091). */
export * from './stichprobe.rules.ts';
