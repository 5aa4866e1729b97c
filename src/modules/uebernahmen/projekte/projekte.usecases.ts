/**
 * Use cases of transfer projects: start, change phase and people, checklist, milestones, documents, the
 * per-solution checklist template. Transactions and audit entries here; SQL in projekte.repository.ts.
 */
import type { Db, Tx } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import { darf, rolleIn, type Konto } from '../../../core/authz/policy.ts';
import { uebernahmeFehler } from '../uebernahmen.errors.ts';
import * as repo from './projekte.repository.ts';
import { ARBEITS_PHASEN, checklisteAus, istAgsOderArs, istBeendet, moeglicheZiele, pruefePhasenwechsel, type Checkliste } from './projekte.rules.ts';
import { offeneRueckmeldungen } from '../rueckmeldungen/rueckmeldungen.rules.ts';
import { aktualisiereNutzung } from '../rueckmeldungen/nutzung.ts';
import type { Aendern, Anlegen, ListeQuery, UebernahmeDetail } from './projekte.schemas.ts';
import type { ArbeitsPhase } from '../uebernahmen.table.ts';

/**
 * Hooks that other parts of the module run when a project starts (e.g. the transferability check adds its
 * milestones). Registered in the module's index.ts, so projekte/ does not import its neighbours.
 */
export type StartHaken = (tx: Tx, p: { id: string; kommuneId: string; loesungId: string; kontoId: string }) => Promise<void>;
const startHaken: StartHaken[] = [];
export function beimStart(h: StartHaken) {
  if (!startHaken.includes(h)) startHaken.push(h);
}

/**
 * The Kommune a project is started for: the one named (AGS or ARS), or the only one the account belongs to.
 * Used by the access layer's resolver, which then checks `kommune.schreiben`.
 */
export async function kommuneFuerStart(db: Db, konto: Konto | null, angabe: string | undefined): Promise<string | undefined> {
  if (!konto) return undefined;
  if (angabe) {
    const art = istAgsOderArs(angabe);
    return art ? repo.kommuneNachSchluessel(db.k, angabe, art) : undefined;
  }
  if (konto.mitgliedschaften.length === 1) return konto.mitgliedschaften[0].kommuneId;
  if (konto.mitgliedschaften.length > 1) throw uebernahmeFehler.kommuneWaehlen();
  return undefined;
}

export async function anlegen(db: Db, konto: Konto, kommuneId: string, b: Anlegen): Promise<UebernahmeDetail> {
  const id = await db.k.transaction().execute(async (tx) => {
    const l = await repo.ladeLoesung(tx, b.loesungId);
    if (!l) throw uebernahmeFehler.loesungNichtGefunden();
    if (l.status !== 'veroeffentlicht') throw uebernahmeFehler.loesungNichtVeroeffentlicht();
    if (l.kommune_id === kommuneId) throw uebernahmeFehler.eigeneLoesung();
    if (b.bedarfId && !(await repo.bedarfDerKommune(tx, b.bedarfId, kommuneId))) throw uebernahmeFehler.bedarfNichtGefunden();
    if (await repo.laufendeUebernahme(tx, kommuneId, l.id)) throw uebernahmeFehler.laeuftSchon();
    const id = await repo.legeAn(tx, {
      kommuneId,
      loesungId: l.id,
      loesungVersion: l.version,
      herkunftKommuneId: l.kommune_id,
      herkunftKontakt: l.kontakt,
      bedarfId: b.bedarfId ?? null,
      verantwortlichId: konto.id,
      kontoId: konto.id,
    });
    const liste = checklisteAus((await repo.ladeVorlage(tx, l.id))?.punkte);
    await repo.legePunkteAn(tx, id, kommuneId, ARBEITS_PHASEN.flatMap((p) => liste[p].map((text) => ({ phase: p, text }))));
    for (const h of startHaken) await h(tx, { id, kommuneId, loesungId: l.id, kontoId: konto.id });
    await aktualisiereNutzung(tx, l.id);
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: 'uebernahme.gestartet', objektTyp: 'uebernahme', objektId: id, details: { loesungId: l.id, version: l.version, bedarfId: b.bedarfId ?? null } });
    return id;
  });
  return detail(db, konto, id);
}

const heute = () => new Date().toISOString().slice(0, 10);

export async function aendern(db: Db, konto: Konto, id: string, b: Aendern): Promise<UebernahmeDetail> {
  await db.k.transaction().execute(async (tx) => {
    const u = await repo.ladeZeileZumAendern(tx, id);
    if (!u) throw uebernahmeFehler.nichtGefunden();
    if (istBeendet(u.phase)) throw uebernahmeFehler.beendet();
    const werte: Parameters<typeof repo.aendere>[2] = {};
    if (b.grund !== undefined && b.phase !== 'abgebrochen') throw uebernahmeFehler.grundNurBeimAbbruch();
    if (b.phase !== undefined) {
      const grund = pruefePhasenwechsel(u.phase, b.phase, b.grund);
      werte.phase = b.phase;
      werte.abbruch_grund = grund;
      if (b.phase === 'verstetigen' || (b.phase === 'abgeschlossen' && !u.golive_am)) werte.golive_am = b.goliveAm ?? heute();
      await repo.schreibeVerlauf(tx, id, u.kommune_id, b.phase, grund, konto.id);
    } else if (b.goliveAm !== undefined) {
      if (!u.golive_am) throw uebernahmeFehler.goliveNurInBetrieb();
      werte.golive_am = b.goliveAm;
    }
    if (b.verantwortlichId !== undefined) {
      if (!(await repo.istMitglied(tx, b.verantwortlichId, u.kommune_id))) throw uebernahmeFehler.verantwortlichUngueltig();
      werte.verantwortlich_id = b.verantwortlichId;
    }
    if (b.herkunftKontakt !== undefined) werte.herkunft_kontakt = b.herkunftKontakt;
    await repo.aendere(tx, id, werte);
    // After the change: the stored figures and the seal criterion count the new phase.
    if (b.phase !== undefined) await aktualisiereNutzung(tx, u.loesung_id);
    await protokolliere(tx, {
      kommuneId: u.kommune_id,
      kontoId: konto.id,
      aktion: b.phase ? `uebernahme.phase.${b.phase}` : 'uebernahme.geaendert',
      objektTyp: 'uebernahme',
      objektId: id,
      details: { von: u.phase, ...b },
    });
  });
  return detail(db, konto, id);
}

async function mitOffenemProjekt<T>(db: Db, id: string, f: (tx: Tx, kommuneId: string) => Promise<T>): Promise<T> {
  return db.k.transaction().execute(async (tx) => {
    const u = await repo.ladeZeileZumAendern(tx, id);
    if (!u) throw uebernahmeFehler.nichtGefunden();
    if (istBeendet(u.phase)) throw uebernahmeFehler.beendet();
    return f(tx, u.kommune_id);
  });
}

/** Ticks off and/or renames an item of this project's checklist; the solution's template is not touched. */
export async function punktAendern(db: Db, konto: Konto, id: string, punktId: string, werte: { erledigt?: boolean; text?: string }) {
  await mitOffenemProjekt(db, id, async (tx, kommuneId) => {
    if (!(await repo.aenderePunkt(tx, id, punktId, werte))) throw uebernahmeFehler.punktNichtGefunden();
    const aktion = werte.text !== undefined ? 'uebernahme.checkliste.umbenannt' : 'uebernahme.checkliste';
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion, objektTyp: 'uebernahme', objektId: id, details: { punktId, ...werte } });
  });
  return detail(db, konto, id);
}

export async function punktAnlegen(db: Db, konto: Konto, id: string, p: { phase: ArbeitsPhase; text: string }) {
  await mitOffenemProjekt(db, id, async (tx, kommuneId) => {
    const punktId = await repo.legePunktAn(tx, id, kommuneId, p.phase, p.text);
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: 'uebernahme.checkliste.angelegt', objektTyp: 'uebernahme', objektId: id, details: { punktId, ...p } });
  });
  return detail(db, konto, id);
}

export async function punktEntfernen(db: Db, konto: Konto, id: string, punktId: string) {
  await mitOffenemProjekt(db, id, async (tx, kommuneId) => {
    if (!(await repo.loeschePunkt(tx, id, punktId))) throw uebernahmeFehler.punktNichtGefunden();
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: 'uebernahme.checkliste.entfernt', objektTyp: 'uebernahme', objektId: id, details: { punktId } });
  });
  return detail(db, konto, id);
}

export async function meilensteinAnlegen(db: Db, konto: Konto, id: string, m: { phase: ArbeitsPhase; titel: string; verantwortlich: string; faelligAm: string | null }) {
  await mitOffenemProjekt(db, id, async (tx, kommuneId) => {
    await repo.legeMeilensteineAn(tx, id, kommuneId, [{ ...m, quelle: 'manuell' }]);
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: 'uebernahme.meilenstein.angelegt', objektTyp: 'uebernahme', objektId: id, details: m });
  });
  return detail(db, konto, id);
}

export async function meilensteinSetzen(db: Db, konto: Konto, id: string, mid: string, erledigt: boolean) {
  await mitOffenemProjekt(db, id, async (tx, kommuneId) => {
    if (!(await repo.setzeMeilenstein(tx, id, mid, erledigt))) throw uebernahmeFehler.meilensteinNichtGefunden();
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: 'uebernahme.meilenstein', objektTyp: 'uebernahme', objektId: id, details: { meilensteinId: mid, erledigt } });
  });
  return detail(db, konto, id);
}

export async function dokumentAnlegen(db: Db, konto: Konto, id: string, d: { titel: string; url: string }) {
  await mitOffenemProjekt(db, id, async (tx, kommuneId) => {
    const dokId = await repo.legeDokumentAn(tx, id, kommuneId, d.titel, d.url);
    await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: 'uebernahme.dokument', objektTyp: 'uebernahme', objektId: id, details: { dokumentId: dokId, ...d } });
  });
  return detail(db, konto, id);
}

export async function liste(db: Db, konto: Konto, q: ListeQuery) {
  return repo.liste(db, konto, q);
}

export async function detail(db: Db, konto: Konto, id: string): Promise<UebernahmeDetail> {
  const d = await repo.ladeDetail(db, id);
  if (!d) throw uebernahmeFehler.nichtGefunden();
  const r = d.zeile;
  const bearbeiten = darf(konto, 'kommune.schreiben', r.kommune_id);
  // Names of the adopting Kommune's members only for its own members.
  const mitglieder = rolleIn(konto, r.kommune_id) ? await repo.mitglieder(db, r.kommune_id) : [];
  const golive = repo.tag(r.golive_am);
  return {
    ...repo.kurz(r),
    bedarfId: r.bedarf_id,
    bedarfTitel: bearbeiten || darf(konto, 'kommune.lesen', r.kommune_id) ? r.bedarf_titel : null,
    herkunftKontakt: r.herkunft_kontakt,
    verantwortlichId: r.verantwortlich_id,
    verlauf: d.verlauf,
    checkliste: d.punkte,
    meilensteine: d.meilensteine,
    dokumente: d.dokumente,
    rueckmeldungen: d.rueckmeldungen,
    offeneRueckmeldungen: r.phase === 'abgebrochen' ? [] : offeneRueckmeldungen(golive, d.rueckmeldungen.map((x) => x.anlass)),
    mitglieder,
    moeglich: {
      bearbeiten: bearbeiten && !istBeendet(r.phase),
      phasenZiele: bearbeiten ? moeglicheZiele(r.phase) : [],
      rueckmelden: bearbeiten && !!golive && r.phase !== 'abgebrochen',
      anpassungUebernehmen: !!r.herkunft_kommune_id && darf(konto, 'kommune.schreiben', r.herkunft_kommune_id),
    },
  };
}

// ---- Vorlage der Checkliste einer Lösung -----------------------------------------------------------

export async function vorlage(db: Db, loesungId: string) {
  const l = await repo.ladeLoesung(db.k, loesungId);
  if (!l) throw uebernahmeFehler.loesungNichtGefunden();
  const v = await repo.ladeVorlage(db.k, loesungId);
  return { loesungId, eigeneVorlage: !!v, punkte: checklisteAus(v?.punkte) };
}

export async function vorlageSpeichern(db: Db, konto: Konto, loesungId: string, punkte: Checkliste) {
  await db.k.transaction().execute(async (tx) => {
    const l = await repo.ladeLoesung(tx, loesungId);
    if (!l) throw uebernahmeFehler.loesungNichtGefunden();
    await repo.speichereVorlage(tx, loesungId, l.kommune_id, punkte);
    await protokolliere(tx, { kommuneId: l.kommune_id, kontoId: konto.id, aktion: 'uebernahme.vorlage.gespeichert', objektTyp: 'loesung', objektId: loesungId, details: {} });
  });
  return vorlage(db, loesungId);
}
