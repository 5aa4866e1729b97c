import { konten as kontenTexte } from './texte.ts';

const p = kontenTexte.pruefung;

/** Client-side checks mirroring the API's zod rules (the API checks again). */
export function pruefeEmail(wert: string): string | undefined {
  const v = wert.trim();
  if (!v) return p.emailFehlt;
  if (v.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return p.emailUngueltig;
  return undefined;
}

export function pruefeNeuesPasswort(wert: string): string | undefined {
  if (!wert) return p.passwortFehlt;
  if (wert.length < 10) return p.passwortZuKurz;
  if (wert.length > 200) return p.passwortZuLang;
  return undefined;
}

/** Only same-site paths are allowed as redirect targets after login (no open redirect); one definition in the web shell. */
export { sichererPfad } from '../../../web/weiterleitung.ts';
