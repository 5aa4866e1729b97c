/**
 * Thesaurus maintenance by the Transferstelle (groups of equivalent terms). Every change is written to the
 * platform audit log (no Kommune) in the same transaction.
 */
import type { Db } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import { thesaurusFehler } from './thesaurus.errors.ts';
import * as repo from './thesaurus.repository.ts';
import { phrasenSchluessel } from '../sprache/thesaurus.rules.ts';
import { bereinigeSynonyme, findeDoppelung } from './thesaurus.rules.ts';

interface Eingabe {
  begriff: string;
  synonyme: string[];
  hinweis?: string;
  /** docs/decisions/0127: unset = not ambiguous, no domain */
  mehrdeutig?: boolean;
  domaene?: string | null;
}

const daten = (e: Eingabe): repo.ThesaurusDaten => ({
  begriff: e.begriff,
  synonyme: bereinigeSynonyme(e.begriff, e.synonyme),
  hinweis: e.hinweis ?? '',
  mehrdeutig: e.mehrdeutig ?? false,
  domaene: e.domaene ?? null,
});

/** Refuses a term that another group already has (under the key the matcher looks terms up with). */
async function pruefeDoppelung(tx: Parameters<typeof repo.gruppenZumVergleich>[0], d: repo.ThesaurusDaten, id?: string) {
  const bisher = id ? await repo.begriffeVon(tx, id) : [];
  const doppelt = findeDoppelung([d.begriff, ...d.synonyme], await repo.gruppenZumVergleich(tx, id), phrasenSchluessel, bisher);
  if (doppelt) throw thesaurusFehler.schonInGruppe(doppelt.begriff, doppelt.gruppen);
}

export const listeThesaurus = (db: Db, q: { q?: string; limit: number; offset: number }) => repo.listeEintraege(db.k, q);

export async function legeThesaurusAn(db: Db, kontoId: string, e: Eingabe) {
  return db.k.transaction().execute(async (tx) => {
    const d = daten(e);
    await pruefeDoppelung(tx, d);
    if (await repo.begriffVergeben(tx, e.begriff)) throw thesaurusFehler.begriffVorhanden();
    const r = await repo.fuegeEintragEin(tx, kontoId, d);
    await protokolliere(tx, { kommuneId: null, kontoId, aktion: 'thesaurus.angelegt', objektTyp: 'thesaurus_eintrag', objektId: r.id, details: { begriff: r.begriff, synonyme: r.synonyme, mehrdeutig: r.mehrdeutig, domaene: r.domaene } });
    return r;
  });
}

export async function aendereThesaurus(db: Db, kontoId: string, id: string, e: Eingabe) {
  return db.k.transaction().execute(async (tx) => {
    // a change that leaves out the sense (older clients) keeps it (docs/decisions/0127)
    const bisher = e.mehrdeutig === undefined || e.domaene === undefined ? await repo.sinnVon(tx, id) : undefined;
    const d = daten({ ...e, mehrdeutig: e.mehrdeutig ?? bisher?.mehrdeutig, domaene: e.domaene === undefined ? bisher?.domaene : e.domaene });
    await pruefeDoppelung(tx, d, id);
    if (await repo.begriffVergeben(tx, e.begriff, id)) throw thesaurusFehler.begriffVorhanden();
    const r = await repo.aendereEintrag(tx, kontoId, id, d);
    if (!r) throw thesaurusFehler.nichtGefunden();
    await protokolliere(tx, { kommuneId: null, kontoId, aktion: 'thesaurus.geaendert', objektTyp: 'thesaurus_eintrag', objektId: id, details: { begriff: r.begriff, synonyme: r.synonyme, hinweis: r.hinweis, mehrdeutig: r.mehrdeutig, domaene: r.domaene } });
    return r;
  });
}

export async function loescheThesaurus(db: Db, kontoId: string, id: string) {
  await db.k.transaction().execute(async (tx) => {
    const begriff = await repo.loescheEintrag(tx, id);
    if (begriff === undefined) throw thesaurusFehler.nichtGefunden();
    await protokolliere(tx, { kommuneId: null, kontoId, aktion: 'thesaurus.geloescht', objektTyp: 'thesaurus_eintrag', objektId: id, details: { begriff } });
  });
}
