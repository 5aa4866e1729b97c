/**
 * Reference data of the thesaurus as a start task (docs/decisions/0051): each version of the seed
 * (daten/thesaurus.vN.json) is applied exactly once per installation and recorded in referenzdaten_stand.
 * A version inserts only terms that do not exist yet, so edits and deletions by the Transferstelle are
 * never overwritten, neither by the version itself nor by a later restart.
 *
 * Version 1 is the seed that migrations 0026, 0028, 0029 and 0050 inserted before this mechanism existed;
 * an installation that applied 0050_thesaurus_alltag.sql already has it and is only marked (inserting
 * again would bring back groups the Transferstelle deleted since).
 *
 * Version 2 brings no groups but senses (`sinne`, migration 0174, docs/decisions/0127): it marks existing groups
 * as ambiguous or gives them a domain, only where the group exists and both fields are still unset.
 */
import fs from 'node:fs';
import type { Db } from '../../../core/db/db.ts';
import type { StartOptionen } from '../../../core/modul.ts';
import * as repo from './thesaurus.repository.ts';

export const BEREICH = 'matching.thesaurus';

interface Version {
  version: number;
  datei: string;
  /** A schema migration that already brought this version (old installations). */
  schonDurchMigration?: string;
}

/** All seed versions, oldest first. A change of the seed is a new file and a new line here. */
export const THESAURUS_VERSIONEN: Version[] = [
  { version: 1, datei: 'thesaurus.v1.json', schonDurchMigration: '0050_thesaurus_alltag.sql' },
  { version: 2, datei: 'thesaurus.v2.json' },
];

interface Datei {
  bereich: string;
  version: number;
  gruppen: { begriff: string; synonyme: string[]; hinweis?: string; mehrdeutig?: boolean; domaene?: string | null }[];
  /** senses for groups that exist already (by term, case-insensitive) */
  sinne?: repo.Sinn[];
}

export function ladeVersion(v: Version): Datei {
  const d = JSON.parse(fs.readFileSync(new URL(`../daten/${v.datei}`, import.meta.url), 'utf8')) as Datei;
  if (d.bereich !== BEREICH || d.version !== v.version) throw new Error(`Die Datei ${v.datei} passt nicht zu ${BEREICH} Version ${v.version}.`);
  return d;
}

export async function thesaurusReferenzdaten(db: Db, opts: StartOptionen): Promise<void> {
  for (const v of THESAURUS_VERSIONEN) {
    const eingespielt = await db.k.transaction().execute(async (tx) => {
      if (!(await repo.beanspruche(tx, BEREICH, v.version))) return null;
      if (v.schonDurchMigration && (await repo.migrationAngewendet(tx, v.schonDurchMigration))) return 0;
      const d = ladeVersion(v);
      const gruppen = d.gruppen.map((g) => ({ begriff: g.begriff, synonyme: g.synonyme, hinweis: g.hinweis ?? '', mehrdeutig: !!g.mehrdeutig, domaene: g.domaene ?? null }));
      const n = (await repo.fuegeGruppenEin(tx, gruppen)) + (d.sinne?.length ? await repo.setzeSinne(tx, d.sinne) : 0);
      await repo.vermerkeEingespielt(tx, BEREICH, v.version, n);
      return n;
    });
    if (eingespielt) opts.log(`Thesaurus: Startbestand Version ${v.version} eingespielt (${eingespielt} Einträge)`);
  }
}
