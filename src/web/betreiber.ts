import { useDaten } from './komponenten/useDaten.ts';
import { texte } from './i18n/de.ts';
import type { BetreiberAntwort } from '../modules/rueckmeldung/ui/index.ts';

const t = texte.seiten.betreiber;
type Schluessel = keyof BetreiberAntwort;

const datum = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The environment variable that sets one detail, e.g. erklaerungDatum → LOTSE_BETREIBER_ERKLAERUNG_DATUM. */
export const variable = (k: string) => `LOTSE_BETREIBER_${k.replace(/[A-Z]/g, (b) => `_${b}`).toUpperCase()}`;

/** One detail as shown in the text: formatted, derived (deletion by e-mail) or „noch nicht eingetragen“. */
function wert(b: BetreiberAntwort | null, k: Schluessel): string | null {
  const v = b?.[k] ?? null;
  if (k === 'loeschung' && !v && b?.email) return t.loeschungPerEmail(b.email);
  if (v && (k === 'erklaerungDatum' || k === 'erklaerungGeprueft')) return datum(v);
  return v;
}

/**
 * The operator details for the legal pages (GET /api/betreiber): `fuellen` replaces `{name}`, `{website}` …
 * in a text, `fehlend(texte)` names the variables still unset among those the texts use.
 */
export function useBetreiber() {
  const { daten, laedt } = useDaten<BetreiberAntwort>('/api/betreiber');
  const fuellen = (text: string) =>
    text.replace(/\{(\w+)\}/g, (ganz, k: string) => {
      if (!(k in t.felder)) return ganz;
      return wert(daten, k as Schluessel) ?? (laedt ? '…' : t.fehlt(t.felder[k as keyof typeof t.felder]));
    });
  const fehlend = (...texteDerSeite: unknown[]) => {
    const genutzt = new Set([...JSON.stringify(texteDerSeite).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((k) => k in t.felder));
    return [...genutzt].filter((k) => !wert(daten, k as Schluessel)).map(variable);
  };
  return { betreiber: daten, geladen: !laedt, fuellen, fehlend };
}
