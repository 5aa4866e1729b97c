import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Db, Tx } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import { legeMailAb } from '../../../core/mail.ts';
import { pruefePasswort } from '../../../core/auth/passwort.ts';
import { einheitlicheSitzung, schnappschuss } from '../betrieb.repository.ts';
import * as repo from './dsgvo.repository.ts';
import { dsgvoFehler } from './dsgvo.errors.ts';
import { alsCsv, AUFBEWAHRUNG_STANDARD, bestaetigungPasst, faelligAm, loeschReihenfolge, WARTEFRIST_TAGE, type Aufbewahrung } from './dsgvo.rules.ts';
import type { LoeschungStand } from './dsgvo.schemas.ts';

/**
 * DSGVO use cases: a Kommune's data as one archive (Art. 15/20), the deletion of a Kommune's data after a
 * waiting period, a person's own account (export and deletion, Art. 15, 17, 20) and the scheduled clean-up.
 */

const tag = (d: Date) => d.toISOString().slice(0, 10);

export interface KommuneExport {
  dateiname: string;
  zip: Uint8Array;
  tabellen: Record<string, number>;
}

/**
 * All rows of every table with `kommune_id` for this Kommune, each table as JSON and as CSV, plus the
 * directory entry and the members (name, e-mail, role) in one ZIP. Read in one consistent snapshot.
 */
export async function exportiereKommune(db: Db, kommuneId: string, kontoId: string | null, jetzt = new Date()): Promise<KommuneExport> {
  const { dateien, tabellen } = await db.k.transaction().execute(async (tx) => {
    await schnappschuss(tx);
    await einheitlicheSitzung(tx);
    const dateien: Zippable = {};
    const tabellen: Record<string, number> = {};
    const lege = (name: string, spalten: string[], zeilen: Record<string, unknown>[]) => {
      dateien[`json/${name}.json`] = strToU8(JSON.stringify(zeilen, null, 2));
      dateien[`csv/${name}.csv`] = strToU8(alsCsv(spalten, zeilen));
      tabellen[name] = zeilen.length;
    };
    for (const t of (await repo.kommuneTabellen(tx)).sort((a, b) => a.name.localeCompare(b.name))) {
      lege(t.name, t.spalten.map((s) => s.name), await repo.zeilenDerKommune(tx, t, kommuneId));
    }
    const mitglieder = await tx
      .selectFrom('mitgliedschaft as m')
      .innerJoin('konto as k', 'k.id', 'm.konto_id')
      .select(['k.id as konto_id', 'k.name', 'k.email', 'm.rolle', 'm.erstellt_am'])
      .where('m.kommune_id', '=', kommuneId)
      .orderBy('k.name')
      .execute();
    lege('mitglieder', ['konto_id', 'name', 'email', 'rolle', 'erstellt_am'], mitglieder.map((m) => ({ ...m, erstellt_am: new Date(m.erstellt_am).toISOString() })));
    const kommune = await tx.selectFrom('kommune').selectAll().where('id', '=', kommuneId).executeTakeFirst();
    dateien['kommune.json'] = strToU8(JSON.stringify(kommune ?? null, null, 2));
    return { dateien, tabellen };
  });
  dateien['inhalt.json'] = strToU8(JSON.stringify({
    erstellt: jetzt.toISOString(),
    kommuneId,
    hinweis: 'Alle Daten der Kommune in Lotse: je Tabelle eine JSON-Datei (json/) und eine CSV-Datei (csv/, Semikolon, UTF-8).',
    tabellen,
  }, null, 2));
  await db.k.transaction().execute((tx) =>
    protokolliere(tx, { kommuneId, kontoId, aktion: 'kommune.daten_exportiert', objektTyp: 'kommune', objektId: kommuneId, details: { tabellen: Object.keys(tabellen).length } }));
  return { dateiname: `lotse-daten-${kommuneId}-${tag(jetzt)}.zip`, zip: zipSync(dateien, { level: 6, mtime: jetzt }), tabellen };
}

// ---- Deleting a Kommune's data --------------------------------------------------------------------------

export async function loeschungsStand(db: Db, kommuneId: string): Promise<LoeschungStand> {
  return db.k.transaction().execute(async (tx) => {
    const auftrag = await repo.offenerAuftrag(tx, kommuneId);
    return {
      kommuneName: (await repo.kommuneName(tx, kommuneId)) ?? kommuneId,
      wartefristTage: WARTEFRIST_TAGE,
      auftrag: auftrag ? { beantragtAm: new Date(auftrag.beantragt_am).toISOString(), faelligAm: new Date(auftrag.faellig_am).toISOString() } : null,
      fremdeVerweise: await repo.fremdeVerweise(tx, kommuneId, await repo.kommuneTabellen(tx)),
    };
  });
}

async function adminAdressen(tx: Tx, kommuneId: string): Promise<string[]> {
  const r = await tx
    .selectFrom('mitgliedschaft as m')
    .innerJoin('konto as k', 'k.id', 'm.konto_id')
    .select('k.email')
    .where('m.kommune_id', '=', kommuneId)
    .where('m.rolle', '=', 'admin')
    .execute();
  return r.map((x) => x.email);
}

const datumDe = (d: Date) => d.toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' });

/**
 * A Kommune admin asks to delete all of the Kommune's data. Typed confirmation (the Kommune's name); the
 * deletion runs after the waiting period, until then every admin can cancel it. All admins get a mail.
 */
export async function beantrageLoeschung(db: Db, kommuneId: string, kontoId: string, bestaetigung: string, jetzt = new Date()): Promise<LoeschungStand> {
  await db.k.transaction().execute(async (tx) => {
    const name = (await repo.kommuneName(tx, kommuneId)) ?? kommuneId;
    if (!bestaetigungPasst(bestaetigung, name)) throw dsgvoFehler.bestaetigungFalsch();
    const offen = await repo.offenerAuftrag(tx, kommuneId, true);
    if (offen) throw dsgvoFehler.auftragVorhanden(new Date(offen.faellig_am));
    const faellig = faelligAm(jetzt);
    const a = await repo.legeAuftragAn(tx, kommuneId, kontoId, faellig);
    await protokolliere(tx, { kommuneId, kontoId, aktion: 'kommune.loeschung_beantragt', objektTyp: 'kommune_loeschung', objektId: a.id, details: { faelligAm: faellig.toISOString() } });
    for (const an of await adminAdressen(tx, kommuneId)) {
      await legeMailAb(tx, {
        an,
        art: 'dsgvo.loeschung_beantragt',
        betreff: `Lotse: Löschen der Daten von ${name} beantragt`,
        text: `In Lotse wurde beantragt, alle Daten von ${name} zu löschen. Das Löschen wird am ${datumDe(faellig)} ausgeführt.\n\n`
          + 'Bis dahin kann jede Administration der Kommune den Antrag auf der Seite „Mein Konto“ widerrufen. '
          + 'Laden Sie vorher bei Bedarf alle Daten als Archiv herunter.',
      });
    }
  });
  return loeschungsStand(db, kommuneId);
}

export async function widerrufeLoeschung(db: Db, kommuneId: string, kontoId: string): Promise<void> {
  await db.k.transaction().execute(async (tx) => {
    const a = await repo.offenerAuftrag(tx, kommuneId, true);
    if (!a) throw dsgvoFehler.keinAuftrag();
    await repo.widerrufeAuftrag(tx, a.id);
    await protokolliere(tx, { kommuneId, kontoId, aktion: 'kommune.loeschung_widerrufen', objektTyp: 'kommune_loeschung', objektId: a.id });
  });
}

/** Deletes every row with this `kommune_id` (children first) and returns the count per table. */
async function loescheKommuneDaten(tx: Tx, kommuneId: string): Promise<Record<string, number>> {
  const zeilen: Record<string, number> = {};
  for (const t of loeschReihenfolge(await repo.kommuneTabellen(tx))) {
    const n = await repo.loescheZeilenDerKommune(tx, t.name, kommuneId);
    if (n) zeilen[t.name] = n;
  }
  return zeilen;
}

export interface AusgefuehrteLoeschung {
  kommuneId: string;
  zeilen: Record<string, number>;
}

/**
 * Runs the due deletion orders, each in its own transaction. The Kommune's audit log goes with its data;
 * one new entry keeps the fact (when asked, when done, how many rows), without naming a person.
 */
export async function fuehreFaelligeLoeschungenAus(db: Db, jetzt = new Date()): Promise<AusgefuehrteLoeschung[]> {
  const erledigt: AusgefuehrteLoeschung[] = [];
  for (;;) {
    const ergebnis = await db.k.transaction().execute(async (tx) => {
      const [a] = await repo.faelligeAuftraege(tx, jetzt);
      if (!a) return null;
      const zeilen = await loescheKommuneDaten(tx, a.kommune_id);
      await repo.schliesseAuftrag(tx, a.id, zeilen);
      await protokolliere(tx, {
        kommuneId: a.kommune_id,
        kontoId: null,
        aktion: 'kommune.daten_geloescht',
        objektTyp: 'kommune_loeschung',
        objektId: a.id,
        details: { beantragtAm: new Date(a.beantragt_am).toISOString(), zeilen },
      });
      return { kommuneId: a.kommune_id, zeilen };
    });
    if (!ergebnis) return erledigt;
    erledigt.push(ergebnis);
  }
}

// ---- One person's account ------------------------------------------------------------------------------

/** Everything Lotse stores about the account (Art. 15, 20): the account and every row that points to it. */
export async function exportiereKonto(db: Db, kontoId: string, jetzt = new Date()) {
  return db.k.transaction().execute(async (tx) => {
    await schnappschuss(tx);
    await einheitlicheSitzung(tx);
    const verweise: Record<string, Record<string, unknown>[]> = {};
    for (const v of await repo.kontoVerweise(tx)) {
      const zeilen = await repo.zeilenMitKonto(tx, v, kontoId);
      if (zeilen.length) verweise[`${v.tabelle}.${v.spalte}`] = zeilen;
    }
    return {
      erstellt: jetzt.toISOString(),
      hinweis: 'Ihre Daten in Lotse: Ihr Konto (ohne Passwort) und alle Einträge, die auf Ihr Konto verweisen, je Tabelle und Spalte.',
      konto: (await repo.kontoZeile(tx, kontoId)) ?? null,
      verweise,
    };
  });
}

/**
 * Deletes the person's own account after checking the password. Sessions, memberships and roles go with
 * it; content the person wrote stays with the Kommune without the reference; the audit logs keep the
 * facts without the person. The last admin of a Kommune is refused (409).
 */
export async function loescheEigenesKonto(db: Db, kontoId: string, passwort: string): Promise<void> {
  const hash = await db.k.transaction().execute((tx) => repo.passwortHash(tx, kontoId));
  if (!hash || !(await pruefePasswort(hash, passwort))) throw dsgvoFehler.passwortFalsch();
  await db.k.transaction().execute(async (tx) => {
    await repo.sperreAdminsDerKommunen(tx, kontoId);
    const letzte = await repo.letzteAdminVon(tx, kontoId);
    if (letzte.length) {
      const namen = await Promise.all(letzte.map(async (k) => (await repo.kommuneName(tx, k)) ?? k));
      throw dsgvoFehler.letzterAdmin(namen);
    }
    const konto = await repo.kontoZeile(tx, kontoId);
    const kommunen = await tx.selectFrom('mitgliedschaft').select('kommune_id').where('konto_id', '=', kontoId).execute();
    await repo.anonymisiereAudit(tx, kontoId, String(konto?.email ?? ''));
    await repo.loescheMailsAn(tx, String(konto?.email ?? ''));
    await repo.loescheKonto(tx, kontoId);
    await protokolliere(tx, [
      { kommuneId: null, kontoId: null, aktion: 'konto.geloescht', objektTyp: 'konto' },
      ...kommunen.map((m) => ({ kommuneId: m.kommune_id, kontoId: null, aktion: 'mitglied.konto_geloescht', objektTyp: 'mitgliedschaft' })),
    ]);
  });
}

// ---- Scheduled clean-up --------------------------------------------------------------------------------

export interface Aufgeraeumt {
  sitzungen: number;
  einladungen: number;
  mails: number;
  kommunen: AusgefuehrteLoeschung[];
}

/**
 * The scheduled clean-up (CLI `aufraeumen`, and the job queue where there is one): expired sessions,
 * accepted or expired invitations and sent mails past their retention period, then the due deletions
 * of Kommune data.
 */
export async function raeumeAuf(db: Db, jetzt = new Date(), aufbewahrung: Aufbewahrung = AUFBEWAHRUNG_STANDARD): Promise<Aufgeraeumt> {
  const vor = (tage: number) => new Date(jetzt.getTime() - tage * 86_400_000);
  const zahlen = await db.k.transaction().execute(async (tx) => ({
    sitzungen: await repo.loescheAbgelaufeneSitzungen(tx, jetzt),
    einladungen: await repo.loescheErledigteEinladungen(tx, vor(aufbewahrung.einladungenTage)),
    mails: await repo.loescheVersendeteMails(tx, vor(aufbewahrung.mailsTage)),
  }));
  return { ...zahlen, kommunen: await fuehreFaelligeLoeschungenAus(db, jetzt) };
}
