/**
 * Abläufe des zweiten Faktors: einrichten → mit dem ersten Code bestätigen (dann zehn Wiederherstellungscodes,
 * einmal gezeigt) → bei jeder Anmeldung nach dem Passwort ein Code; abschalten mit Passwort und Code;
 * zurücksetzen durch eine Administration (protokolliert). Durchgesetzt wird die Pflicht an einer Stelle:
 * beim Laden des Kontos zur Sitzung (core/auth/sitzung.ts).
 */
import QRCode from 'qrcode';
import { protokolliere } from '../../../core/audit.ts';
import { erstelleSitzung, neuesToken, tokenHash } from '../../../core/auth/sitzung.ts';
import { pruefePasswort } from '../../../core/auth/passwort.ts';
import { brauchtZweitenFaktor, hatRolle, rolleIn, type Konto } from '../../../core/authz/policy.ts';
import type { Db, Tx } from '../../../core/db/db.ts';
import * as repo from './zweiter-faktor.repository.ts';
import { zweiterFaktorFehler as f } from './zweiter-faktor.errors.ts';
import {
  ANMELDUNG_AUSSTEHEND_MINUTEN, MAX_FEHLVERSUCHE, codeHash, einrichtungsAdresse, istWiederherstellungscode, neueWiederherstellungscodes, neuesGeheimnis, pruefeCode,
} from './zweiter-faktor.rules.ts';

export async function status(db: Db, konto: Konto) {
  const z = await repo.zustand(db.k, konto.id);
  const { rollen, mitgliedschaften } = await repo.rollenUndMitgliedschaften(db.k, konto.id);
  return {
    aktiv: !!z?.totp_aktiv_seit,
    aktivSeit: z?.totp_aktiv_seit ? new Date(z.totp_aktiv_seit).toISOString() : null,
    erforderlich: brauchtZweitenFaktor({ rollen, mitgliedschaften: mitgliedschaften.map((m) => ({ kommuneId: m.kommune_id, rolle: m.rolle })) }),
    wiederherstellungscodesUebrig: z?.totp_aktiv_seit ? await repo.offeneCodes(db.k, konto.id) : 0,
  };
}

async function pruefePasswortVon(db: Db, kontoId: string, passwort: string) {
  const z = await repo.zustand(db.k, kontoId);
  if (!z || !(await pruefePasswort(z.passwort_hash, passwort))) throw f.passwortFalsch();
  return z;
}

/** Starts (or restarts) the setup: a new secret, shown as QR code and as text. Not active until confirmed. */
export async function einrichten(db: Db, konto: Konto, passwort: string) {
  const z = await pruefePasswortVon(db, konto.id, passwort);
  if (z.totp_aktiv_seit) throw f.schonAktiv();
  const geheimnis = neuesGeheimnis();
  await repo.setzeGeheimnis(db.k, konto.id, geheimnis);
  const adresse = einrichtungsAdresse(geheimnis, konto.email);
  const qrSvg = await QRCode.toString(adresse, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { geheimnis, adresse, qrSvg };
}

/** The first correct code activates the factor and returns ten recovery codes (shown once). */
export async function bestaetigen(db: Db, konto: Konto, code: string, jetzt = Date.now()) {
  const codes = neueWiederherstellungscodes();
  await db.k.transaction().execute(async (tx) => {
    const z = await repo.zustand(tx, konto.id);
    if (z?.totp_aktiv_seit) throw f.schonAktiv();
    if (!z?.totp_geheimnis) throw f.keineEinrichtungOffen();
    const schritt = pruefeCode(z.totp_geheimnis, code, null, jetzt);
    if (schritt === null) throw f.codeFalsch();
    await repo.aktiviere(tx, konto.id, schritt, codes.map(codeHash));
    await protokolliere(tx, { kommuneId: null, kontoId: konto.id, aktion: 'zweiter_faktor.eingerichtet', objektTyp: 'konto', objektId: konto.id });
  });
  return { wiederherstellungscodes: codes };
}

/** Turning it off needs the password and a current code; other sessions end. */
export async function abschalten(db: Db, konto: Konto, sitzungToken: string, passwort: string, code: string, jetzt = Date.now()) {
  const z = await pruefePasswortVon(db, konto.id, passwort);
  if (!z.totp_aktiv_seit || !z.totp_geheimnis) throw f.nichtEingerichtet();
  await db.k.transaction().execute(async (tx) => {
    if (!(await codeStimmt(tx, konto.id, z.totp_geheimnis!, code, jetzt))) throw f.codeFalsch();
    await repo.schalteAb(tx, konto.id);
    await repo.beendeSitzungen(tx, konto.id, tokenHash(sitzungToken));
    await protokolliere(tx, { kommuneId: null, kontoId: konto.id, aktion: 'zweiter_faktor.abgeschaltet', objektTyp: 'konto', objektId: konto.id });
  });
}

/** A TOTP code (each step once) or an unused recovery code. */
async function codeStimmt(tx: Tx, kontoId: string, geheimnis: string, eingabe: string, jetzt: number): Promise<boolean> {
  const z = await repo.zustand(tx, kontoId);
  const letzter = z?.totp_letzter_schritt === null || z?.totp_letzter_schritt === undefined ? null : Number(z.totp_letzter_schritt);
  const schritt = pruefeCode(geheimnis, eingabe, letzter, jetzt);
  if (schritt !== null) return repo.merkeSchritt(tx, kontoId, schritt);
  if (istWiederherstellungscode(eingabe)) return repo.verbraucheCode(tx, kontoId, codeHash(eingabe));
  return false;
}

export type NachPasswort = { art: 'sitzung'; token: string } | { art: 'zweiter-faktor'; token: string };

/** After a correct password: a session, or – with an active second factor – a short-lived pending login. */
export async function nachPasswort(db: Db, kontoId: string): Promise<NachPasswort> {
  const z = await repo.zustand(db.k, kontoId);
  if (!z?.totp_aktiv_seit) return { art: 'sitzung', token: await erstelleSitzung(db, kontoId) };
  const token = neuesToken();
  await repo.legeAusstehendAn(db.k, tokenHash(token), kontoId, ANMELDUNG_AUSSTEHEND_MINUTEN);
  return { art: 'zweiter-faktor', token };
}

/** Second step of the login: code → session. Five wrong codes end the pending login. */
export async function anmeldenMitCode(db: Db, ausstehendToken: string | undefined, code: string, jetzt = Date.now()): Promise<string> {
  if (!ausstehendToken) {
    throw f.anmeldungAbgelaufen();
  }
  const id = tokenHash(ausstehendToken);
  const kontoId = await db.k.transaction().execute(async (tx) => {
    const a = await repo.ausstehend(tx, id);
    if (!a || a.fehlversuche >= MAX_FEHLVERSUCHE) return null;
    const z = await repo.zustand(tx, a.konto_id);
    if (!z?.totp_geheimnis || !z.totp_aktiv_seit) return null;
    if (!(await codeStimmt(tx, a.konto_id, z.totp_geheimnis, code, jetzt))) {
      await repo.zaehleFehlversuch(tx, id);
      return 'falsch' as const;
    }
    await repo.loescheAusstehend(tx, id);
    return a.konto_id;
  });
  if (kontoId === null) throw f.anmeldungAbgelaufen();
  if (kontoId === 'falsch') throw f.codeFalsch();
  return erstelleSitzung(db, kontoId);
}

/**
 * Reset by an administration (lost phone, no recovery code): the platform admin for anyone; a Kommune admin
 * only for people of its Kommune without a platform role. Audited; the person's sessions end.
 */
export async function zuruecksetzen(db: Db, durch: Konto, kontoId: string, kommuneId: string | null) {
  await db.k.transaction().execute(async (tx) => {
    const z = await repo.zustand(tx, kontoId);
    if (!z) throw f.kontoNichtGefunden();
    const ziel = await repo.rollenUndMitgliedschaften(tx, kontoId);
    if (kommuneId !== null) {
      const darf = rolleIn(durch, kommuneId) === 'admin' && ziel.rollen.length === 0 && ziel.mitgliedschaften.some((m) => m.kommune_id === kommuneId) && kontoId !== durch.id;
      if (!darf) throw f.zuruecksetzenNichtErlaubt();
    } else if (!hatRolle(durch, 'plattform-admin')) {
      throw f.zuruecksetzenNichtErlaubt();
    }
    if (!z.totp_aktiv_seit && !z.totp_geheimnis) throw f.nichtEingerichtet();
    await repo.schalteAb(tx, kontoId);
    await repo.beendeSitzungen(tx, kontoId);
    await protokolliere(tx, { kommuneId, kontoId: durch.id, aktion: 'zweiter_faktor.zurueckgesetzt', objektTyp: 'konto', objektId: kontoId });
  });
}
