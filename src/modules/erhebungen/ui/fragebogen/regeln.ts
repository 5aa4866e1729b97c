/** Pure rules of the questionnaire page: visibility, progress, where a question lives, hints, field checks. */
import type { Antwort, Antworten, Fragebogen, Item } from '../../frageboegen/fragebogen.schemas.ts';
import { pruefeAntworten } from '../../runden/runden.schemas.ts';
import { erhebungen as erhebungenTexte } from '../texte.ts';

const t = erhebungenTexte.ausfuellen;

/** Visibility as on the server (frageboegen.rules.ts), rebuilt here so the questionnaire files stay out of the web bundle. */
export function istSichtbar(item: Item, antworten: Antworten): boolean {
  if (!item.sichtbarWenn) return true;
  const a = antworten[item.sichtbarWenn.item];
  if (typeof a === 'string') return item.sichtbarWenn.werte.includes(a);
  if (Array.isArray(a)) return a.some((w) => item.sichtbarWenn!.werte.includes(w));
  return false;
}

export const istWeissNicht = (a: Antwort | undefined) => typeof a === 'object' && a !== null && !Array.isArray(a);

export function fortschritt(fb: Fragebogen, antworten: Antworten) {
  const sichtbar = fb.abschnitte.flatMap((a) => a.items).filter((i) => istSichtbar(i, antworten));
  return { beantwortet: sichtbar.filter((i) => antworten[i.id] !== undefined).length, anzahl: sichtbar.length };
}

/** Sets or removes one answer (empty text and empty multiple choice count as unanswered). Hidden answers stay: the server only scores visible ones. */
export function setze(antworten: Antworten, id: string, a: Antwort | undefined): Antworten {
  const neu = { ...antworten };
  if (a === undefined || a === '' || (Array.isArray(a) && a.length === 0)) delete neu[id];
  else neu[id] = a;
  return neu;
}

/** Index of the step (section) that holds the item, or -1. */
export function schrittVon(fb: Fragebogen, itemId: string): number {
  return fb.abschnitte.findIndex((a) => a.items.some((i) => i.id === itemId));
}

/**
 * The first visible question of a dimension that still counts as missing when finishing: first an unanswered one,
 * otherwise one answered with "weiß nicht" (those do not count towards the minimum either).
 */
export function ersteFehlende(fb: Fragebogen, antworten: Antworten, dimension: string): Item | undefined {
  const items = fb.abschnitte.flatMap((a) => a.items).filter((i) => i.dimension === dimension && istSichtbar(i, antworten));
  return items.find((i) => antworten[i.id] === undefined) ?? items.find((i) => istWeissNicht(antworten[i.id]));
}

/** Link target of a question: its step in the URL, the question as fragment (the form moves the focus there). */
export function frageZiel(fb: Fragebogen, itemId: string): { search: string; hash: string } {
  const schritt = Math.max(0, schrittVon(fb, itemId));
  return { search: schritt === 0 ? '' : `?schritt=${schritt + 1}`, hash: `#frage-${itemId}` };
}

/** Splits answers into those the server accepts and field messages for the others (same check as the server). */
export function trenneUngueltige(fb: Fragebogen, antworten: Antworten): { gueltig: Antworten; fehler: Record<string, string> } {
  const fehler: Record<string, string> = {};
  for (const f of pruefeAntworten(fb, antworten)) fehler[f.pfad.slice('/antworten/'.length)] = f.meldung;
  const gueltig = Object.fromEntries(Object.entries(antworten).filter(([id]) => !(id in fehler)));
  return { gueltig, fehler };
}

/**
 * The hint under a question. Questionnaire versions are stored unchanged (answers refer to them), so hints of
 * version 1 that repeat the multiple-choice note or reveal the scoring are corrected here, not in the data.
 */
export function hinweisText(fb: Fragebogen, item: Item): string | null {
  const korrektur = (t.hinweisKorrekturen as Record<string, string | null>)[`${fb.id}@${fb.version}:${item.id}`];
  let hilfe = korrektur === undefined ? (item.hilfe ?? '') : (korrektur ?? '');
  if (item.typ === 'mehrfach') hilfe = [t.mehrfachHinweis, hilfe.replace(t.mehrfachHinweis, '').trim()].filter(Boolean).join(' ');
  return hilfe.trim() || null;
}
