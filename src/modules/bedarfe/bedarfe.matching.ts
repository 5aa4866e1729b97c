/**
 * Anbindung an das Matching-Modul: die Rangfunktion für den Eingang der Lotsen (Top-3 je Bedarf).
 * Fällt das Matching für einen Bedarf aus, bleibt der Eingang nutzbar (leere Vorschläge, siehe repository).
 */
import { findeLoesungen } from '../matching/matching.ts';
import type { Ranker } from './bedarfe.repository.ts';

const rangfunktion: Ranker = (db, a) => findeLoesungen(db, { text: a.text, handlungsfeld: a.handlungsfeld, kommune: a.kommune, limit: a.limit });

export async function ranker(): Promise<Ranker | null> {
  return rangfunktion;
}
