/**
 * Zweiter Faktor (TOTP nach RFC 6238, 6 Ziffern, 30 s, SHA-1 – was jede Authenticator-App kann) und
 * Wiederherstellungscodes. Reine Regeln ohne Datenbank; die Kryptografie macht die Bibliothek `otpauth`.
 */
import crypto from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

export const PERIODE_S = 30;
export const AUSSTELLER = 'Lotse';
export const ANZAHL_WIEDERHERSTELLUNGSCODES = 10;
/** Minutes between password and code. */
export const ANMELDUNG_AUSSTEHEND_MINUTEN = 5;
export const MAX_FEHLVERSUCHE = 5;

export function neuesGeheimnis(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(geheimnis: string, email = '') {
  return new TOTP({ issuer: AUSSTELLER, label: email, algorithm: 'SHA1', digits: 6, period: PERIODE_S, secret: Secret.fromBase32(geheimnis) });
}

/** The otpauth:// address the app reads from the QR code. */
export function einrichtungsAdresse(geheimnis: string, email: string): string {
  return totp(geheimnis, email).toString();
}

/** The current code (for tests and for people who type the secret by hand and want to check). */
export function aktuellerCode(geheimnis: string, jetzt = Date.now()): string {
  return totp(geheimnis).generate({ timestamp: jetzt });
}

/** Digits only: „123 456“ and „123-456“ count as „123456“. */
export function normalisiereCode(eingabe: string): string {
  return eingabe.replace(/[\s-]/g, '');
}

/**
 * Checks a 6-digit code, allowing one step of clock drift either way. Returns the time step it belongs to,
 * or null. A step at or before `letzterSchritt` is refused: each code works once.
 */
export function pruefeCode(geheimnis: string, eingabe: string, letzterSchritt: number | null, jetzt = Date.now()): number | null {
  const code = normalisiereCode(eingabe);
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(geheimnis).validate({ token: code, timestamp: jetzt, window: 1 });
  if (delta === null) return null;
  const schritt = Math.floor(jetzt / 1000 / PERIODE_S) + delta;
  if (letzterSchritt !== null && schritt <= letzterSchritt) return null;
  return schritt;
}

const ZEICHEN = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i

/** Ten one-time codes like „k7fq-9x2m“ (8 characters from 31, ≈ 40 bit each). */
export function neueWiederherstellungscodes(anzahl = ANZAHL_WIEDERHERSTELLUNGSCODES): string[] {
  return Array.from({ length: anzahl }, () => {
    const z = Array.from(crypto.randomBytes(8), (b) => ZEICHEN[b % ZEICHEN.length]).join('');
    return `${z.slice(0, 4)}-${z.slice(4)}`;
  });
}

/** Recovery codes are compared by hash; case and hyphens do not matter. */
export function codeHash(code: string): string {
  return crypto.createHash('sha256').update(code.toLowerCase().replace(/[\s-]/g, '')).digest('hex');
}

/** A recovery code looks like „abcd-efgh“ (8 characters of its alphabet, hyphen optional). */
export function istWiederherstellungscode(eingabe: string): boolean {
  return new RegExp(`^[${ZEICHEN}]{8}$`).test(eingabe.toLowerCase().replace(/[\s-]/g, ''));
}
