/**
 * Reusable, accessible building blocks for every page (KERN UX markup, German texts from the catalogue).
 * Import from here: `import { Formularfeld, Alert } from '../../../web/komponenten/index.ts'`.
 */
export { Alert, type AlertTyp } from './Alert.tsx';
export { Auswahl, Formularfeld, Zeichenzaehler } from './Formularfeld.tsx';
export { Fehlerliste, type Feldfehler } from './Fehlerliste.tsx';
export { Ladeanzeige } from './Ladeanzeige.tsx';
export { Seitentitel, useDokumentTitel } from './Seitentitel.tsx';
export { Diagramm, DIAGRAMM_FARBEN, type DiagrammArt, type DiagrammProps, type DiagrammReihe } from './Diagramm.tsx';
export { Fortschritt } from './Fortschritt.tsx';
export { Kopierfeld } from './Kopierfeld.tsx';
export { Blaettern } from './Blaettern.tsx';
export { Tabelle, type Spalte } from './Tabelle.tsx';
export { useFormular, feldfehlerAusApi } from './formular.ts';
export { useDaten, type Daten } from './useDaten.ts';
export { Zugangsschutz } from './Zugangsschutz.tsx';
