import type { WebModul } from '../../../web/modul.ts';

/**
 * Web face of the module „rueckmeldung“: no pages of its own – the shell's legal pages (Impressum,
 * Datenschutz, Erklärung zur Barrierefreiheit) use its answer types.
 */
export const web: WebModul = { name: 'rueckmeldung', seiten: [] };

export type { BetreiberAntwort, RueckmeldungAntwort } from '../rueckmeldung.schemas.ts';
