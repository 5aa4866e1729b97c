/**
 * Qualität der Lösungsvorschläge zu Selbstcheck-Lücken (Issue 10, Punkt 3).
 *
 * Katalog: der Demo-Katalog (bench/matching/loesungen.json, deutsch, und die JRC-Fälle, englisch) in einem frischen
 * PGlite im Speicher. Für jede Dimension der Lernenden Organisation und jedes Thema der Digitalen Kommune wird eine
 * Lücke nachgestellt: die Dimension (bzw. die Dimension des Themas) ist schwach, ihre schwächsten Fragen sind die
 * ersten zwei Fragen der Dimension bzw. des Themas. Ohne Kommune (kein Größenklassen-Signal, keine Vorreiter).
 *
 * Gemessen wird, welche Lösungen die Seite vorschlägt, und wie viele davon in der von Hand geschriebenen Labeldatei
 * (luecken-labels.json, vor der Messung festgelegt) als passend stehen:
 *  - vorher:  der Stand vor Entscheidung 0126 (Suchtext aus Titel, Beschreibung, Fragen und den Begriffen der
 *             Konstante DIMENSION_SUCHE; nur „gut“; hier wörtlich nachgebildet, damit beide in einem Lauf laufen),
 *  - ungefiltert: wie vorher, aber alle Treffer (der Stand vor dem Passungsfilter, nur zum Vergleich),
 *  - nachher: die Lücken-Suche der Anwendung (`loesungenZurLuecke`, kuratierte Suchbegriffe aus den Fragebogendaten).
 * Dazu, ob der aus der Lücke angelegte Bedarf im Matching dasselbe Urteil bekommt wie die Lücke (Text des
 * Bedarfsentwurfs und Suchbegriffe der Lücke, wie `pruefeBedarf` sie prüft: gibt es einen „gut“-Treffer?) – sonst zählte ein Bedarf als ungedeckt,
 * obwohl die Lücke Lösungen zeigt, oder umgekehrt.
 *
 *   npx tsx bench/erhebungen/luecken-qualitaet.ts      (gibt JSON aus; --details listet die Vorschläge)
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../src/core/config.ts';
import { openDb, type Db } from '../../src/core/db/db.ts';
import { indexiereAlle } from '../../src/modules/matching/matching.index.ts';
import { findeLoesungen } from '../../src/modules/matching/index.ts';
import { leseJrc } from '../../src/modules/loesungen/loesungen.jrc.ts';
import { alleItems, ladeFragebogen } from '../../src/modules/erhebungen/frageboegen/frageboegen.rules.ts';
import type { Fragebogen } from '../../src/modules/erhebungen/frageboegen/fragebogen.schemas.ts';
import { bedarfBeschreibung } from '../../src/modules/erhebungen/luecken/luecken.rules.ts';
import { bereiteVor, ladeKatalog } from '../matching/qualitaet.ts';

const DIR = path.join(ROOT_DIR, 'bench', 'erhebungen');
const ANZEIGE = 5;

interface Labels {
  akzeptiert: Record<string, string[]>;
  themen: Record<string, string[]>;
}

/** Wörtliche Kopie der Konstante aus luecken.rules.ts vor Entscheidung 0126 (nur für „vorher“). */
const DIMENSION_SUCHE_VORHER: Record<string, { handlungsfeld: string; begriffe: string[] }> = {
  motivation: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Ideenmanagement', 'Vorschlagswesen', 'Anerkennung', 'Beteiligung der Beschäftigten'] },
  fuehrung: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Führung', 'Führungskräfte', 'Kulturwandel'] },
  kompetenz: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Wissensmanagement', 'Fortbildung', 'Qualifizierung', 'Wissenstransfer'] },
  fehlerkultur: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Experimentierraum', 'Innovationslabor', 'Fehlerkultur', 'Pilotprojekt'] },
  rahmen: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Innovationsmanagement', 'agile Verwaltung', 'Freiraum'] },
  lernerfolg: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Evaluation', 'Wirkungsmessung', 'Prozessoptimierung', 'Lessons Learned'] },
  strategie: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Digitalisierungsstrategie', 'Digitalstrategie', 'Smart-City-Strategie'] },
  binnen: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['E-Akte', 'Dokumentenmanagement', 'Onlinezugang', 'OZG', 'Bürgerportal', 'Open Data'] },
  aussen: { handlungsfeld: 'Digitale Infrastruktur', begriffe: ['Breitband', 'WLAN', 'Glasfaser', 'Bürgerbeteiligung', 'digitale Teilhabe'] },
};

interface Fall {
  schluessel: string;
  fb: Fragebogen;
  dimension: string;
  fragen: { itemId: string; text: string; punkte: number }[];
}

/** Die nachgestellten Lücken: jede LO-Dimension, jedes DK-Thema (Item-Zuordnung aus der Labeldatei). */
function faelle(labels: Labels): Fall[] {
  const lo = ladeFragebogen('lernende-organisation');
  const dk = ladeFragebogen('digitale-kommune');
  const alle: Fall[] = [];
  for (const d of lo.dimensionen) {
    const fragen = alleItems(lo).filter((i) => i.dimension === d.id).slice(0, 2);
    alle.push({ schluessel: `lernende-organisation/${d.id}`, fb: lo, dimension: d.id, fragen: fragen.map((f) => ({ itemId: f.id, text: f.text, punkte: 0 })) });
  }
  for (const [schluessel, itemIds] of Object.entries(labels.themen)) {
    const items = alleItems(dk).filter((i) => itemIds.includes(i.id));
    alle.push({ schluessel, fb: dk, dimension: items[0].dimension!, fragen: items.slice(0, 2).map((f) => ({ itemId: f.id, text: f.text, punkte: 0 })) });
  }
  return alle;
}

/** Der Stand vor Entscheidung 0126 (luecken.usecases.ts: Suchtext, Handlungsfeld, Limit 8, höchstens 5 angezeigt). */
async function vorher(db: Db, f: Fall, nurGut: boolean): Promise<string[]> {
  const dim = f.fb.dimensionen.find((d) => d.id === f.dimension)!;
  const suche = DIMENSION_SUCHE_VORHER[f.dimension];
  const text = `${dim.titel}\n${dim.beschreibung}\n${f.fragen.map((x) => x.text).join('\n')}\n${suche?.begriffe.join(' ') ?? ''}`;
  const r = await findeLoesungen(db, { text, handlungsfeld: suche?.handlungsfeld ?? null, kommune: null, limit: 8 });
  return r.filter((t) => !nurGut || t.passung === 'gut').map((t) => t.externalId ?? '').slice(0, ANZEIGE);
}

type Nachher = (db: Db, f: Fall) => Promise<{ ids: string[]; bedarfGut: boolean; ms: number }>;

async function nachherVerfahren(): Promise<Nachher | null> {
  const m = (await import('../../src/modules/erhebungen/luecken/luecken.usecases.ts')) as Record<string, unknown>;
  type Antwort = { treffer: { externalId: string | null }[]; suchbegriffe: string[]; auftraege: { handlungsfeld: string }[] };
  const fn = m.loesungenZurLuecke as undefined | ((db: Db, fb: Fragebogen, dimension: string, fragen: Fall['fragen'], kommuneId: string | null) => Promise<Antwort>);
  if (!fn) return null;
  return async (db, f) => {
    const t0 = performance.now();
    const r = await fn(db, f.fb, f.dimension, f.fragen, null);
    const ms = performance.now() - t0;
    // Der Bedarfsentwurf, wie ihn die Seite anbietet, und seine Prüfung wie in pruefeBedarf: Titel + Beschreibung (Limit 10)
    // und, seit Entscheidung 0144, jeder Suchbegriff der Lücke wie auf der Seite – deren „gut“-Treffer sind r.treffer.
    const dim = f.fb.dimensionen.find((d) => d.id === f.dimension)!;
    const ergebnis = { id: dim.id, titel: dim.titel, score: 30, stufe: { stufe: 2, label: 'Anfänge' }, beantwortet: 3, anzahl: 5 } as unknown as Parameters<typeof bedarfBeschreibung>[2];
    const text = `${dim.titel}: nächste Schritte\n${bedarfBeschreibung(f.fb.titel, dim, ergebnis, f.fragen.map((x) => ({ ...x, dimension: f.dimension })), r.suchbegriffe)}`.slice(0, 2000);
    const b = await findeLoesungen(db, { text, handlungsfeld: r.auftraege[0]?.handlungsfeld ?? null, kommune: null, limit: 10 });
    return { ids: r.treffer.map((t) => t.externalId ?? '').slice(0, ANZEIGE), bedarfGut: r.treffer.length > 0 || b.some((t) => t.passung === 'gut'), ms };
  };
}

function auswerten(labels: Labels, ergebnisse: { schluessel: string; ids: string[] }[]) {
  let vorgeschlagen = 0;
  let passend = 0;
  let ohne = 0;
  let mitPassendem = 0;
  const je = ergebnisse.map((e) => {
    const ok = new Set(labels.akzeptiert[e.schluessel] ?? []);
    const p = e.ids.filter((id) => ok.has(id)).length;
    vorgeschlagen += e.ids.length;
    passend += p;
    if (!e.ids.length) ohne++;
    if (p) mitPassendem++;
    return { schluessel: e.schluessel, vorschlaege: e.ids, passend: p, unpassend: e.ids.filter((id) => !ok.has(id)) };
  });
  const mitVorschlag = je.filter((x) => x.vorschlaege.length);
  return {
    bereiche: ergebnisse.length,
    vorschlaege: vorgeschlagen,
    passend,
    praezision: vorgeschlagen ? Math.round((passend / vorgeschlagen) * 1000) / 1000 : null,
    /** Mittel der Präzision über die Bereiche mit mindestens einem Vorschlag. */
    praezisionJeBereich: mitVorschlag.length ? Math.round((mitVorschlag.reduce((s, x) => s + x.passend / x.vorschlaege.length, 0) / mitVorschlag.length) * 1000) / 1000 : null,
    bereicheOhneVorschlag: ohne,
    bereicheMitPassendem: mitPassendem,
    je,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)] ?? 0);
};

export async function run(opts: { details?: boolean } = {}) {
  const labels = JSON.parse(fs.readFileSync(path.join(DIR, 'luecken-labels.json'), 'utf8')) as Labels;
  const deutsch = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'bench', 'matching', 'loesungen.json'), 'utf8')) as Parameters<typeof ladeKatalog>[1];
  const jrc = leseJrc() as unknown as Parameters<typeof ladeKatalog>[1];
  const db = await openDb({});
  try {
    // wie ein Serverstart: Migrationen und Referenzdaten des Thesaurus (Sinne der Gruppen, Entscheidung 0127)
    await bereiteVor(db);
    await ladeKatalog(db, [...deutsch, ...jrc]);
    await indexiereAlle(db);
    const alle = faelle(labels);
    const v: { schluessel: string; ids: string[] }[] = [];
    const u: { schluessel: string; ids: string[] }[] = [];
    // Aufwärmen (Wörterbücher, Index-Stand), damit die Zeiten je Lücke vergleichbar sind.
    await vorher(db, alle[0], true);
    const zeitVorher: number[] = [];
    const zeitNachher: number[] = [];
    for (const f of alle) {
      const t0 = performance.now();
      v.push({ schluessel: f.schluessel, ids: await vorher(db, f, true) });
      zeitVorher.push(performance.now() - t0);
      u.push({ schluessel: f.schluessel, ids: await vorher(db, f, false) });
    }
    const nachherFn = await nachherVerfahren();
    const n: { schluessel: string; ids: string[]; bedarfGut: boolean }[] = [];
    if (nachherFn) {
      for (const f of alle) {
        const { ms, ...r } = await nachherFn(db, f);
        zeitNachher.push(ms);
        n.push({ schluessel: f.schluessel, ...r });
      }
    }
    // Gleiches Urteil: Lücke mit Vorschlägen ⇔ Bedarfsentwurf mit „gut“-Treffer.
    const gleich = n.filter((x) => (x.ids.length > 0) === x.bedarfGut).length;
    const ohneJe = <T extends { je: unknown }>(x: T) => (opts.details ? x : { ...x, je: undefined });
    return {
      datenbank: 'PGlite (im Speicher)',
      katalog: { deutsch: deutsch.length, englisch: jrc.length },
      vorher: ohneJe(auswerten(labels, v)),
      ungefiltert: ohneJe(auswerten(labels, u)),
      nachher: nachherFn ? ohneJe(auswerten(labels, n)) : 'noch nicht gebaut',
      /** Zeit der Suche je Lücke (ms, Median und Maximum; ein Matcherlauf vorher, bis zu 8 nachher). */
      zeitJeLueckeMs: { vorher: median(zeitVorher), nachher: zeitNachher.length ? median(zeitNachher) : null, vorherMax: Math.round(Math.max(...zeitVorher)), nachherMax: zeitNachher.length ? Math.round(Math.max(...zeitNachher)) : null },
      bedarfGleichesUrteil: nachherFn ? { gleich, bereiche: n.length, abweichend: n.filter((x) => (x.ids.length > 0) !== x.bedarfGut).map((x) => ({ schluessel: x.schluessel, lueckeMitVorschlag: x.ids.length > 0, bedarfGut: x.bedarfGut })) } : undefined,
    };
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run({ details: process.argv.includes('--details') }).then((r) => console.log(JSON.stringify(r, null, 2)), (err) => {
    console.error(err);
    process.exit(1);
  });
}
