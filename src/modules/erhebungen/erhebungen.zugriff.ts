/** Zugriffsdeklarationen der Routen auf eine Runde (`:id`), geteilt von den Teilen des Moduls. */
import type { KommuneAufloeser } from '../../core/authz/zugriff.ts';
import { kommuneVonRunde } from './runden/runden.repository.ts';

/** Zeilen-Auflöser: Kommune der Runde aus `:id` (fehlt die Zeile, antwortet die Zugriffsschicht mit 404). */
const rundeKommune: KommuneAufloeser = (req, db) => {
  const id = (req.params as { id?: string }).id ?? '';
  return /^[0-9a-f-]{36}$/i.test(id) ? kommuneVonRunde(db, id) : undefined;
};

/** Zugriff auf eine Runde (`:id`), je nach Aktion. */
export const aufRunde = {
  lesen: { aktion: 'kommune.lesen', kommune: rundeKommune, zeile: true },
  schreiben: { aktion: 'kommune.schreiben', kommune: rundeKommune, zeile: true },
  verwalten: { aktion: 'kommune.verwalten', kommune: rundeKommune, zeile: true },
} as const;

export const tags = ['Erhebungen'];
