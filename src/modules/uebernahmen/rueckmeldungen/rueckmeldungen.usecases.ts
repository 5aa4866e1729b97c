/**
 * Use cases of report-backs (at go-live, after 6 and 12 months), the public figures of a solution and what
 * is due for a person („Was steht an?“).
 */
import type { Db } from '../../../core/db/db.ts';
import type { AnstehendPunkt } from '../../../core/modul.ts';
import { protokolliere } from '../../../core/audit.ts';
import type { Konto } from '../../../core/authz/policy.ts';
import { rueckmeldungFehler, uebernahmeFehler } from '../uebernahmen.errors.ts';
import * as projekte from '../projekte/projekte.repository.ts';
import { detail } from '../projekte/projekte.usecases.ts';
import * as repo from './rueckmeldungen.repository.ts';
import { offeneRueckmeldungen } from './rueckmeldungen.rules.ts';
import { aktualisiereNutzung } from './nutzung.ts';
import type { Rueckmeldung } from './rueckmeldungen.schemas.ts';
import type { RueckmeldungAnlass } from '../uebernahmen.table.ts';
import { uebernahmen as t } from '../ui/texte.ts';

export async function melden(db: Db, konto: Konto, id: string, r: Rueckmeldung) {
  await db.k.transaction().execute(async (tx) => {
    const u = await projekte.ladeZeileZumAendern(tx, id);
    if (!u) throw uebernahmeFehler.nichtGefunden();
    if (u.phase === 'abgebrochen') throw uebernahmeFehler.beendet();
    if (!u.golive_am || !['verstetigen', 'abgeschlossen'].includes(u.phase)) throw rueckmeldungFehler.nochNichtInBetrieb();
    const neu = await repo.schreibe(tx, u, r, konto.id);
    if (!neu) throw rueckmeldungFehler.schonGemeldet();
    await aktualisiereNutzung(tx, u.loesung_id);
    await protokolliere(tx, {
      kommuneId: u.kommune_id,
      kontoId: konto.id,
      aktion: 'uebernahme.rueckmeldung',
      objektTyp: 'uebernahme',
      objektId: id,
      details: { rueckmeldungId: neu, anlass: r.anlass, wirkungsstufe: r.wirkungsstufe, oeffentlich: r.oeffentlich },
    });
  });
  return detail(db, konto, id);
}


const ANLASS_TEXT: Record<RueckmeldungAnlass, string> = t.anlass;

/** What is due for a person: report-backs of projects they are responsible for, and their open milestones. */
export async function anstehend(db: Db, konto: Konto): Promise<AnstehendPunkt[]> {
  const [projekteMitRm, meilensteine] = await Promise.all([repo.projekteMitRueckmeldung(db, konto.id), repo.offeneMeilensteine(db, konto.id)]);
  const heute = new Date().toISOString().slice(0, 10);
  const punkte: AnstehendPunkt[] = [];
  for (const p of projekteMitRm) {
    for (const f of offeneRueckmeldungen(projekte.tag(p.golive_am), p.gemeldet as RueckmeldungAnlass[])) {
      punkte.push({ art: 'uebernahme.rueckmeldung', titel: t.anstehend.rueckmeldung(ANLASS_TEXT[f.anlass], p.titel), link: `/uebernahmen/${p.id}`, faellig: f.faellig, handeln: f.faellig <= heute, kommuneId: p.kommune_id });
    }
  }
  for (const m of meilensteine) {
    const faellig = projekte.tag(m.faellig_am);
    punkte.push({ art: 'uebernahme.meilenstein', titel: t.anstehend.meilenstein(m.titel, m.loesung_titel), link: `/uebernahmen/${m.id}`, faellig, handeln: !!faellig && faellig <= heute, kommuneId: m.kommune_id });
  }
  return punkte;
}
