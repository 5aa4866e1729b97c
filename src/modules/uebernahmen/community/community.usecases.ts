import type { Db } from '../../../core/db/db.ts';
import type { Konto } from '../../../core/authz/policy.ts';
import type { AnstehendPunkt } from '../../../core/modul.ts';
import { protokolliere } from '../../../core/audit.ts';
import { benachrichtige } from '../../../core/benachrichtigung.ts';
import { istAgsOderArs } from '../projekte/projekte.rules.ts';
import { kommuneNachSchluessel } from '../projekte/projekte.repository.ts';
import { communityFehler } from './community.errors.ts';
import * as repo from './community.repository.ts';
import type { FrageDetail, FragenListe } from './community.schemas.ts';

const iso = (d: Date | string) => new Date(d).toISOString();
/** Answering a question is due within two weeks (for the order on „Was steht an?“). */
const ANTWORT_FRIST_TAGE = 14;

/** The Kommune a person writes for: the named one (AGS/ARS), or the only one they belong to. */
export async function kommuneFuerBeitrag(db: Db, konto: Konto | null, angabe: string | undefined): Promise<string | undefined> {
  if (!konto) return undefined;
  if (angabe) {
    const art = istAgsOderArs(angabe);
    return art ? kommuneNachSchluessel(db.k, angabe, art) : undefined;
  }
  if (konto.mitgliedschaften.length === 1) return konto.mitgliedschaften[0].kommuneId;
  if (konto.mitgliedschaften.length > 1) throw communityFehler.kommuneWaehlen();
  return undefined;
}

async function eigeneKommunen(db: Db, konto: Konto) {
  const namen = await repo.kommuneNamen(db.k, konto.mitgliedschaften.map((m) => m.kommuneId));
  return namen.sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

export async function liste(db: Db, konto: Konto, loesungId: string): Promise<FragenListe> {
  const l = await repo.ladeLoesung(db.k, loesungId);
  if (!l || l.status !== 'veroeffentlicht') throw communityFehler.loesungNichtGefunden();
  const fragen = await repo.fragenDerLoesung(db.k, loesungId);
  return {
    loesung: { id: l.id, titel: l.titel, herkunft: l.kommune_id ? { id: l.kommune_id, name: l.kommune_name ?? '' } : null },
    fragen: fragen.map((f) => ({
      id: f.id, titel: f.titel, kommune: { id: f.kommune_id, name: f.kommune_name }, erstelltAm: iso(f.erstellt_am),
      antworten: Number(f.antworten ?? 0), beantwortet: f.akzeptierte_antwort_id !== null,
    })),
    eigeneKommunen: await eigeneKommunen(db, konto),
  };
}

export async function detail(db: Db, konto: Konto, frageId: string): Promise<FrageDetail> {
  const f = await repo.ladeFrage(db.k, frageId);
  if (!f || f.loesung_status !== 'veroeffentlicht') throw communityFehler.frageNichtGefunden();
  const [antworten, uebernehmer] = await Promise.all([repo.antwortenDerFrage(db.k, frageId), repo.uebernehmendeKommunen(db.k, f.loesung_id)]);
  return {
    id: f.id, titel: f.titel, text: f.text, kommune: { id: f.kommune_id, name: f.kommune_name }, autor: f.autor, erstelltAm: iso(f.erstellt_am),
    loesung: { id: f.loesung_id, titel: f.loesung_titel },
    antworten: antworten.map((a) => ({
      id: a.id, text: a.text, kommune: { id: a.kommune_id, name: a.kommune_name }, autor: a.autor, erstelltAm: iso(a.erstellt_am),
      akzeptiert: a.id === f.akzeptierte_antwort_id,
      rolle: a.kommune_id === f.herkunft_id ? 'herkunft' as const : uebernehmer.includes(a.kommune_id) ? 'uebernahme' as const : 'andere' as const,
    })),
    darfAkzeptieren: konto.mitgliedschaften.some((m) => m.kommuneId === f.kommune_id),
    eigeneKommunen: await eigeneKommunen(db, konto),
  };
}

export async function fragen(db: Db, konto: Konto, kommuneId: string, loesungId: string, b: { titel: string; text: string }): Promise<FrageDetail> {
  const id = await db.k.transaction().execute(async (tx) => {
    const l = await repo.ladeLoesung(tx, loesungId);
    if (!l || l.status !== 'veroeffentlicht') throw communityFehler.loesungNichtGefunden();
    const id = await repo.legeFrageAn(tx, { loesungId, kommuneId, kontoId: konto.id, titel: b.titel, text: b.text });
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: 'community.frage_gestellt', objektTyp: 'community_frage', objektId: id, details: { loesungId } });
    // The origin and the adopting Kommunen are told (not the asking Kommune itself).
    const empfaenger = [...new Set([l.kommune_id, ...(await repo.uebernehmendeKommunen(tx, loesungId))])].filter((k): k is string => !!k && k !== kommuneId);
    const mitglieder = await repo.mitgliederDer(tx, empfaenger);
    const fragende = (await repo.kommuneNamen(tx, [kommuneId]))[0]?.name ?? '';
    const gesehen = new Set<string>();
    await benachrichtige(tx, mitglieder.filter((m) => m.konto_id !== konto.id && !gesehen.has(m.konto_id) && gesehen.add(m.konto_id)).map((m) => ({
      kontoId: m.konto_id, kommuneId: m.kommune_id, art: 'community.frage.neu', gruppe: l.titel,
      titel: `Neue Frage von ${fragende}: „${b.titel}“`, text: m.kommune_id === l.kommune_id ? 'Ihre Kommune hat diese Lösung entwickelt.' : 'Ihre Kommune übernimmt diese Lösung.',
      link: `/fragen/${id}`, handeln: true,
    })));
    return id;
  });
  return detail(db, konto, id);
}

export async function antworten(db: Db, konto: Konto, kommuneId: string, frageId: string, b: { text: string }): Promise<FrageDetail> {
  await db.k.transaction().execute(async (tx) => {
    const f = await repo.ladeFrage(tx, frageId);
    if (!f || f.loesung_status !== 'veroeffentlicht') throw communityFehler.frageNichtGefunden();
    const id = await repo.legeAntwortAn(tx, { frageId, kommuneId, kontoId: konto.id, text: b.text });
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: 'community.antwort_gegeben', objektTyp: 'community_antwort', objektId: id, details: { frageId } });
    const frager = await tx.selectFrom('community_frage').select('konto_id').where('id', '=', frageId).executeTakeFirst();
    if (frager?.konto_id && frager.konto_id !== konto.id) {
      const antwortende = (await repo.kommuneNamen(tx, [kommuneId]))[0]?.name ?? '';
      await benachrichtige(tx, [{
        kontoId: frager.konto_id, kommuneId: f.kommune_id, art: 'community.antwort.neu', gruppe: f.loesung_titel,
        titel: `Neue Antwort von ${antwortende} auf Ihre Frage „${f.titel}“`, link: `/fragen/${frageId}`, handeln: false,
      }]);
    }
  });
  return detail(db, konto, frageId);
}

export async function akzeptieren(db: Db, konto: Konto, frageId: string, antwortId: string | null): Promise<FrageDetail> {
  await db.k.transaction().execute(async (tx) => {
    const f = await repo.ladeFrage(tx, frageId);
    if (!f) throw communityFehler.frageNichtGefunden();
    if (antwortId && !(await repo.antwortenDerFrage(tx, frageId)).some((a) => a.id === antwortId)) throw communityFehler.antwortNichtGefunden();
    await repo.setzeAkzeptiert(tx, frageId, antwortId);
    await protokolliere(tx, { kommuneId: f.kommune_id, kontoId: konto.id, aktion: 'community.antwort_akzeptiert', objektTyp: 'community_frage', objektId: frageId, details: { antwortId } });
  });
  return detail(db, konto, frageId);
}

/** „Was steht an?“: questions to answer on solutions the person's Kommunen developed or adopt. */
export async function anstehend(db: Db, konto: Konto): Promise<AnstehendPunkt[]> {
  const eigene = konto.mitgliedschaften.map((m) => m.kommuneId);
  const offen = await repo.offeneFragenFuer(db.k, eigene);
  return offen.map((f) => {
    const herkunft = f.herkunft_id && eigene.includes(f.herkunft_id);
    const faellig = new Date(new Date(f.erstellt_am).getTime() + ANTWORT_FRIST_TAGE * 86_400_000).toISOString().slice(0, 10);
    return {
      art: 'community.frage.beantworten',
      titel: herkunft ? `Frage „${f.titel}“ zu Ihrer Lösung „${f.loesung_titel}“ beantworten` : `Frage „${f.titel}“ zur Lösung „${f.loesung_titel}“ beantworten, die Ihre Kommune übernimmt`,
      link: `/fragen/${f.id}`,
      faellig,
      handeln: true,
      kommuneId: herkunft ? f.herkunft_id : f.uebernehmer_id,
    };
  });
}
