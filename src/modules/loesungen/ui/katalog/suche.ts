import { api, ApiFehler } from '../../../../web/api.ts';
import { SUCHTEXT_MAX, type LoesungKarte } from '../../loesungen.schemas.ts';
import { loesungen as t } from '../texte.ts';

/** Result of POST /api/matching (the matching module's ui/index.ts does not export its answer type yet). */
interface Treffer {
  id: string;
  externalId: string | null;
  title: string;
  score: number;
  reasons: { art: string; text: string }[];
  /** calibrated fit of the matcher (issue 10): only „gut“ and „moeglich“ are listed */
  passung?: 'gut' | 'moeglich' | 'schwach';
}

/** Cards per page. */
export const LIMIT = 20;
/** How many ranked matches the search box asks for (the matcher's maximum; then filtered and paged here). */
const TREFFER_MAX = 50;

export type Filter = { q: string; handlungsfeld: string; land: string; groessenklasse: string; wirkungsstufe: string; siegel: string };
export const FILTER: (keyof Filter)[] = ['q', 'handlungsfeld', 'land', 'groessenklasse', 'wirkungsstufe', 'siegel'];

export interface Ergebnis {
  items: (LoesungKarte & { gruende?: Treffer['reasons']; passung?: Treffer['passung'] })[];
  total: number;
  rangiert: boolean;
  /** With a search text: how many hits fit well, possibly, or only weakly (weak ones are not listed). */
  passung?: { gut: number; moeglich: number; schwach: number };
}

/**
 * Why a search cannot run: `feld` (a problem of the search text, shown at the box) or `eingabe` (another
 * value of the address, e.g. an unknown filter) – both are the user's to fix, never an outage.
 */
export type Pruefung = { art: 'feld' | 'eingabe'; text: string };

/** The search text's own check before anything is asked (its limit, said with the actual length). */
export function pruefeSuchtext(q: string): Pruefung | null {
  const n = q.trim().length;
  return n > SUCHTEXT_MAX ? { art: 'feld', text: t.katalog.suchtextZuLang(n, SUCHTEXT_MAX) } : null;
}

/** A 400 of the server names the fields it refused: the search text (at the box) or something else. */
export function pruefungAusAntwort(details: unknown[]): Pruefung {
  const liste = details.filter((d): d is { pfad?: string; meldung?: string } => typeof d === 'object' && d !== null);
  const amText = liste.find((d) => d.pfad === '/q' || d.pfad === '/text');
  if (amText) return { art: 'feld', text: amText.meldung ?? t.katalog.suchtextUngueltig };
  const meldungen = liste.map((d) => d.meldung).filter(Boolean);
  return { art: 'eingabe', text: meldungen.length ? meldungen.join(' ') : t.katalog.eingabeUngueltig };
}

export function filterQuery(f: Filter, ohneQ = false) {
  const sp = new URLSearchParams();
  for (const key of FILTER) {
    if (ohneQ && key === 'q') continue;
    const v = f[key].trim();
    if (v) sp.set(key, key === 'siegel' ? 'true' : v);
  }
  return sp;
}

/** Address of the catalogue page for these filters (and page offset). */
export function ziel(f: Filter, off = 0) {
  const sp = filterQuery(f);
  if (off) sp.set('offset', String(off));
  const s = sp.toString();
  return s ? `/loesungen?${s}` : '/loesungen';
}

/** Search box → POST /api/matching (ranked, explained); filters and paging → GET /api/loesungen. */
export async function lade(f: Filter, offset: number, signal: AbortSignal, kommune?: string): Promise<Ergebnis> {
  if (f.q.trim()) {
    let treffer: Treffer[] | null = null;
    try {
      const r = await api<Treffer[] | { items: Treffer[] }>('/api/matching', {
        body: { text: f.q.trim(), ...(f.handlungsfeld ? { handlungsfeld: f.handlungsfeld } : {}), ...(kommune ? { kommune } : {}), limit: TREFFER_MAX },
        signal,
      });
      treffer = Array.isArray(r) ? r : r.items;
    } catch (e) {
      // Without the matcher (e.g. not installed) the catalogue falls back to a plain text search.
      if (!(e instanceof ApiFehler) || (e.status !== 404 && e.status < 500)) throw e;
    }
    if (treffer) {
      const passung = { gut: 0, moeglich: 0, schwach: 0 };
      for (const x of treffer) passung[x.passung ?? 'moeglich']++;
      // Weak hits share words, not the problem: they are counted, not listed.
      treffer = treffer.filter((x) => x.passung !== 'schwach');
      if (!treffer.length) return { items: [], total: 0, rangiert: true, passung };
      const sp = filterQuery(f, true);
      sp.set('ids', treffer.map((x) => x.id).join(','));
      sp.set('limit', String(TREFFER_MAX));
      const r = await api<{ items: LoesungKarte[]; total: number }>(`/api/loesungen?${sp}`, { signal });
      const nachId = new Map(r.items.map((i) => [i.id, i]));
      const sortiert = treffer.flatMap((x) => {
        const l = nachId.get(x.id);
        return l ? [{ ...l, gruende: x.reasons, passung: x.passung }] : [];
      });
      const gezaehlt = { gut: sortiert.filter((x) => x.passung === 'gut').length, moeglich: sortiert.filter((x) => x.passung !== 'gut').length, schwach: passung.schwach };
      return { items: sortiert.slice(offset, offset + LIMIT), total: sortiert.length, rangiert: true, passung: gezaehlt };
    }
  }
  const sp = filterQuery(f);
  sp.set('limit', String(LIMIT));
  sp.set('offset', String(offset));
  const r = await api<{ items: LoesungKarte[]; total: number }>(`/api/loesungen?${sp}`, { signal });
  return { ...r, rangiert: false };
}
