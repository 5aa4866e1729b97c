import type { z } from 'zod';
import type { board, listeAntwort, vorschlaege } from '../../kohorten/kohorten.schemas.ts';

export type Board = z.infer<typeof board>;
export type KohortenListe = z.infer<typeof listeAntwort>;
export type Vorschlaege = z.infer<typeof vorschlaege>;
export const datum = (s: string) => new Date(`${s.slice(0, 10)}T12:00:00Z`).toLocaleDateString('de-DE', { timeZone: 'UTC' });
