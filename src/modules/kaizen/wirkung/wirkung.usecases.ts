/** Wirkung und Beteiligung eines Jahres je Kommune und je Team (Teams erst ab 5 Beschäftigten). */
import type { Db } from '../../../core/db/db.ts';
import * as repo from './wirkung.repository.ts';
import { BUND_IDEEN_JE_100, MINDEST_TEAM, kennzahlen, teamKennzahlen, type Rohzahlen } from './wirkung.rules.ts';

export async function wirkung(db: Db, kommuneId: string, jahr: number) {
  const r = await repo.rohzahlen(db, kommuneId, jahr);
  const roh = (einheitId: string | null | undefined, beschaeftigte: number | null): Rohzahlen => {
    const passt = <T extends { einheitId: string | null }>(x: T) => einheitId === undefined || x.einheitId === einheitId;
    const ideen = r.ideen.filter(passt);
    return {
      beschaeftigte,
      ideen: ideen.reduce((s, x) => s + x.ideen, 0),
      entschieden: ideen.reduce((s, x) => s + x.entschieden, 0),
      fristgerecht: ideen.reduce((s, x) => s + x.fristgerecht, 0),
      durchlaufzeitVerkuerzungen: r.verkuerzungen.filter(passt).map((x) => x.prozent),
      stunden: r.stunden.filter(passt),
    };
  };
  return {
    jahr,
    bundIdeenJe100: BUND_IDEEN_JE_100,
    mindestTeam: MINDEST_TEAM,
    kommune: kennzahlen(roh(undefined, r.beschaeftigte)),
    teams: r.einheiten.map((e) => ({ einheitId: e.id, name: e.name, kennzahlen: teamKennzahlen(roh(e.id, e.beschaeftigte)) })),
  };
}
