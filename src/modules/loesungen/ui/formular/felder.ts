import type { DetailAntwort as LoesungDetail, InhaltAntwort as LoesungInhalt } from '../../loesungen.schemas.ts';
import { loesungen as t } from '../texte.ts';

const f = t.formular;

export const FELDER = ['kommuneId', 'titel', 'zusammenfassung', 'problem', 'ansatz', 'voraussetzungen', 'handlungsfeld', 'tags', 'aufwandVon', 'aufwandBis',
  'kostenVon', 'kostenBis', 'dauerMonate', 'kontakt', 'links', 'wirkungsstufe', 'wirkungText', 'wirkungQuellen', 'kommentar'] as const;
export type Feld = (typeof FELDER)[number];
const ZAHLEN: Feld[] = ['aufwandVon', 'aufwandBis', 'kostenVon', 'kostenBis', 'dauerMonate'];
export const leer = Object.fromEntries(FELDER.map((x) => [x, ''])) as Record<Feld, string>;

/** Form values of a solution; a published solution with a pending revision is edited in its revision's wording. */
export function ausDetail(detail: LoesungDetail): Record<Feld, string> {
  const s = (v: number | null) => (v == null ? '' : String(v));
  const l = detail.ueberarbeitung?.inhalt ?? detail;
  return {
    kommuneId: detail.herkunft?.kommuneId ?? '',
    titel: l.titel,
    zusammenfassung: l.zusammenfassung,
    problem: l.problem,
    ansatz: l.ansatz,
    voraussetzungen: l.voraussetzungen,
    handlungsfeld: l.handlungsfeld ?? '',
    tags: l.tags.join(', '),
    aufwandVon: s(l.aufwandVon),
    aufwandBis: s(l.aufwandBis),
    kostenVon: s(l.kostenVon),
    kostenBis: s(l.kostenBis),
    dauerMonate: s(l.dauerMonate),
    kontakt: l.kontakt,
    links: l.links.map((x) => x.url).join('\n'),
    wirkungsstufe: s(l.wirkungsstufe),
    wirkungText: l.wirkungText,
    wirkungQuellen: l.wirkungQuellen.map((q) => q.url ?? q.titel).join('\n'),
    kommentar: detail.ueberarbeitung?.kommentar ?? '',
  };
}

const zeilen = (v: string) => v.split('\n').map((x) => x.trim()).filter(Boolean);
const istUrl = (v: string) => /^https?:\/\/\S+$/.test(v);

export function zuBody(w: Record<Feld, string>, neu: boolean, alt?: Pick<LoesungInhalt, 'links' | 'wirkungQuellen'>) {
  const zahl = (v: string) => (v.trim() === '' ? null : Number(v));
  const body: Record<string, unknown> = {
    titel: w.titel.trim(),
    zusammenfassung: w.zusammenfassung.trim(),
    problem: w.problem.trim(),
    ansatz: w.ansatz.trim(),
    voraussetzungen: w.voraussetzungen.trim(),
    handlungsfeld: w.handlungsfeld || null,
    tags: w.tags.split(',').map((x) => x.trim()).filter(Boolean),
    aufwandVon: zahl(w.aufwandVon),
    aufwandBis: zahl(w.aufwandBis),
    kostenVon: zahl(w.kostenVon),
    kostenBis: zahl(w.kostenBis),
    dauerMonate: zahl(w.dauerMonate),
    kontakt: w.kontakt.trim(),
    links: zeilen(w.links).map((url) => ({ titel: alt?.links.find((x) => x.url === url)?.titel ?? '', url })),
    wirkungsstufe: zahl(w.wirkungsstufe),
    wirkungText: w.wirkungText.trim(),
    wirkungQuellen: zeilen(w.wirkungQuellen).map((q) => (istUrl(q) ? { titel: alt?.wirkungQuellen.find((x) => x.url === q)?.titel ?? q, url: q } : { titel: q })),
  };
  if (neu) body.kommuneId = w.kommuneId;
  else if (w.kommentar.trim()) body.kommentar = w.kommentar.trim();
  return body;
}

/** Checks in the browser before sending (the server checks again). */
export function pruefen(w: Record<Feld, string>) {
  const e: Partial<Record<Feld, string>> = {};
  if (!w.titel.trim()) e.titel = f.pflicht(f.titel);
  if (!w.zusammenfassung.trim()) e.zusammenfassung = f.pflicht(f.zusammenfassung);
  if (!w.problem.trim()) e.problem = f.pflicht(f.problem);
  for (const z of ZAHLEN) if (w[z].trim() && !/^[0-9]+$/.test(w[z].trim())) e[z] = f.zahlFehler;
  if (zeilen(w.links).some((x) => !istUrl(x))) e.links = f.linkFehler;
  return e;
}
