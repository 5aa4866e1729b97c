/**
 * Learning flows back (Issue 11, item 5): the origin Kommune takes an adopter's adaptation into a revision of
 * its solution. The revision goes through the existing review flow of the catalogue (`loesung_ueberarbeitung`,
 * decision 0022: the Transferstelle approves); its comment names the adopting Kommune, so the version history
 * credits it once approved. The responsible persons of the other projects of this solution get a mail.
 *
 * The revision is written with SQL here (the module „loesungen“ imports this one; no import back).
 */
import { sql } from 'kysely';
import type { Db } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import type { Konto } from '../../../core/authz/policy.ts';
import { legeMailAb } from '../../../core/mail.ts';
import { uebernahmeFehler } from '../uebernahmen.errors.ts';
import { uebernahmen as t } from '../ui/texte.ts';

export async function anpassungUebernehmen(db: Db, konto: Konto, id: string, rueckmeldungId: string, text: string) {
  return db.k.transaction().execute(async (tx) => {
    const r = await tx
      .selectFrom('uebernahme_rueckmeldung as r')
      .innerJoin('uebernahme as u', 'u.id', 'r.uebernahme_id')
      .innerJoin('kommune as k', 'k.id', 'u.kommune_id')
      .innerJoin('loesung as l', 'l.id', 'u.loesung_id')
      .select(['r.id', 'r.anlass', 'u.loesung_id', 'u.kommune_id', 'u.herkunft_kommune_id', 'k.name as kommune', 'l.titel', 'l.status', 'l.version'])
      .where('r.id', '=', rueckmeldungId)
      .where('r.uebernahme_id', '=', id)
      .executeTakeFirst();
    if (!r) throw uebernahmeFehler.rueckmeldungNichtGefunden();
    if (r.status !== 'veroeffentlicht') throw uebernahmeFehler.loesungNichtVeroeffentlicht();
    const offen = await tx.selectFrom('loesung_ueberarbeitung').select(['status', 'daten', 'kommentar']).where('loesung_id', '=', r.loesung_id).forUpdate().executeTakeFirst();
    if (offen?.status === 'eingereicht') throw uebernahmeFehler.ueberarbeitungInPruefung();
    const absatz = t.lernen.absatz(r.kommune, text);
    const vermerk = t.lernen.vermerk(r.kommune);
    if (offen) {
      await tx
        .updateTable('loesung_ueberarbeitung')
        .set({
          status: 'entwurf',
          daten: sql`jsonb_set(daten, '{ansatz}', to_jsonb(coalesce(daten->>'ansatz', '') || ${absatz}::text))` as unknown as string,
          kommentar: offen.kommentar ? `${offen.kommentar} ${vermerk}` : vermerk,
          geaendert_von: konto.id,
          aktualisiert_am: new Date(),
        })
        .where('loesung_id', '=', r.loesung_id)
        .execute();
    } else {
      // The content of the live row in the format of loesung_ueberarbeitung.daten, with the paragraph added.
      await sql`
        insert into loesung_ueberarbeitung (loesung_id, kommune_id, status, basis_version, daten, kommentar, erstellt_von, geaendert_von)
        select l.id, l.kommune_id, 'entwurf', l.version,
          jsonb_build_object('titel', l.titel, 'zusammenfassung', l.zusammenfassung, 'problem', l.problem, 'ansatz', l.ansatz || ${absatz}::text,
            'voraussetzungen', l.voraussetzungen, 'aufwand_von', l.aufwand_von, 'aufwand_bis', l.aufwand_bis, 'kosten_von', l.kosten_von,
            'kosten_bis', l.kosten_bis, 'dauer_monate', l.dauer_monate, 'kontakt', l.kontakt, 'handlungsfeld', l.handlungsfeld, 'tags', to_jsonb(l.tags),
            'links', l.links, 'wirkungsstufe', l.wirkungsstufe, 'wirkung_text', l.wirkung_text, 'wirkung_quellen', l.wirkung_quellen, 'sprache', l.sprache),
          ${vermerk}, ${konto.id}, ${konto.id}
        from loesung l where l.id = ${r.loesung_id}`.execute(tx);
    }
    // The other adopters (responsible persons of projects that are not aborted) are told.
    const andere = await tx
      .selectFrom('uebernahme as u')
      .innerJoin('konto as k', 'k.id', 'u.verantwortlich_id')
      .select(['k.email', 'u.id'])
      .where('u.loesung_id', '=', r.loesung_id)
      .where('u.id', '!=', id)
      .where('u.phase', '!=', 'abgebrochen')
      .execute();
    for (const a of andere) {
      await legeMailAb(tx, { an: a.email, art: 'uebernahme.anpassung_uebernommen', betreff: t.lernen.betreff(r.titel), text: t.lernen.mail(r.titel, r.kommune, text, `/uebernahmen/${a.id}`) });
    }
    await protokolliere(tx, { kommuneId: r.herkunft_kommune_id, kontoId: konto.id, aktion: 'loesung.anpassung_uebernommen', objektTyp: 'loesung', objektId: r.loesung_id, details: { uebernahmeId: id, rueckmeldungId, kommune: r.kommune_id, benachrichtigt: andere.length } });
    return { loesungId: r.loesung_id, ueberarbeitung: 'entwurf' as const, benachrichtigt: andere.length };
  });
}
