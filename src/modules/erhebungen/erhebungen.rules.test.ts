import { describe, expect, it } from 'vitest';
import loRoh from './frageboegen/lernende-organisation.v1.json' with { type: 'json' };
import dkRoh from './frageboegen/digitale-kommune.v1.json' with { type: 'json' };
import refRoh from '../../../data/referenz/digitale-kommune-2019.json' with { type: 'json' };
import { fragebogenSchema, type Antworten, type Fragebogen } from './frageboegen/fragebogen.schemas.ts';
import { referenzdatenSchema } from './studie/referenz.schemas.ts';
import { groessenklasse } from '../kommunen/index.ts';
import { alleItems, ladeFragebogen, UnbekannterFragebogenFehler } from './frageboegen/frageboegen.rules.ts';
import { bewerte, itemPunkte, schwaechsteDimensionen, schwaechsteItems, selbstbildVergleich, stufeFuer } from './runden/runden.rules.ts';
import { bereicheMitMindestens, feinHaeufigkeiten, feinklasse, kAnonym, medianBereich, positionIn } from './vergleich/vergleich.rules.ts';
import { teamAuswertung } from './team/team.rules.ts';
import { ladeReferenzdaten, referenzFuer, studienvergleiche, vergleichssatz } from './studie/studie.rules.ts';
import { antwortenAlsCsv } from './export/export.rules.ts';

const WN = { weissNicht: true } as const;

/** Kleiner Test-Fragebogen mit bekannten Gewichten, Umkehrungen und Regeln. */
function testFragebogen(): Fragebogen {
  return fragebogenSchema.parse({
    id: 'test',
    version: 1,
    titel: 'Test',
    beschreibung: 'Nur für Tests',
    quelle: { titel: 'Test', hinweis: 'Test' },
    zustimmungsskala: [1, 2, 3, 4, 5].map((wert) => ({ wert, label: `Stufe ${wert}`, punkte: (wert - 1) * 25 })),
    weissNichtLabel: 'weiß nicht',
    auswertung: { mindestanteilBeantwortet: 0.5 },
    rollenItem: 'rolle',
    abschnitte: [
      {
        id: 'a',
        titel: 'A',
        items: [
          { id: 'a1', text: 'a1', typ: 'zustimmung5', dimension: 'd1', gewicht: 3, weissNicht: true },
          { id: 'a2', text: 'a2', typ: 'zustimmung5', dimension: 'd1', weissNicht: true },
          { id: 'a3', text: 'a3', typ: 'zustimmung5', dimension: 'd1', umgekehrt: true, weissNicht: true },
          { id: 'a4', text: 'a4', typ: 'zustimmung5', dimension: 'd1', weissNicht: true },
          {
            id: 'b1',
            text: 'b1',
            typ: 'einfach',
            dimension: 'd2',
            optionen: [
              { wert: 'ja', label: 'Ja', punkte: 100 },
              { wert: 'teils', label: 'Teils', punkte: 40 },
              { wert: 'nein', label: 'Nein', punkte: 0 },
            ],
          },
          {
            id: 'b2',
            text: 'b2',
            typ: 'mehrfach',
            dimension: 'd2',
            mehrfachWertung: 'anteil',
            sichtbarWenn: { item: 'b1', werte: ['ja', 'teils'] },
            optionen: [
              { wert: 'x', label: 'X', punkte: 10 },
              { wert: 'y', label: 'Y', punkte: 30 },
              { wert: 'keine', label: 'Keine', punkte: 0, exklusiv: true },
            ],
          },
          {
            id: 'b3',
            text: 'b3',
            typ: 'mehrfach',
            dimension: 'd2',
            mehrfachWertung: 'summe',
            optionen: [
              { wert: 'p', label: 'P', punkte: 60 },
              { wert: 'q', label: 'Q', punkte: 60 },
            ],
          },
          {
            id: 'z1',
            text: 'z1',
            typ: 'zahl',
            dimension: 'd2',
            min: 0,
            max: 100,
            schwellen: [
              { ab: 0, punkte: 0 },
              { ab: 10, punkte: 50 },
              { ab: 30, punkte: 100 },
            ],
            weissNicht: true,
          },
          {
            id: 'rolle',
            text: 'Rolle',
            typ: 'einfach',
            optionen: [
              { wert: 'fk', label: 'Führungskraft' },
              { wert: 'ma', label: 'Beschäftigte' },
            ],
          },
          { id: 'frei', text: 'Frei', typ: 'freitext' },
        ],
      },
    ],
    dimensionen: [
      { id: 'd1', titel: 'Dimension 1', beschreibung: 'eins' },
      { id: 'd2', titel: 'Dimension 2', beschreibung: 'zwei', gewicht: 3 },
    ],
    stufen: [
      { stufe: 1, label: 'Anfang', abMin: 0 },
      { stufe: 2, label: 'Zwei', abMin: 20 },
      { stufe: 3, label: 'Drei', abMin: 40 },
      { stufe: 4, label: 'Vier', abMin: 60 },
      { stufe: 5, label: 'Vorreiter', abMin: 80 },
    ],
  });
}

const dim = (fb: Fragebogen, antworten: Antworten, id: string) => {
  const d = bewerte(fb, antworten).dimensionen.find((x) => x.id === id);
  if (!d) throw new Error(`Dimension ${id} fehlt`);
  return d;
};

describe('Fragebogen-Dateien', () => {
  it.each([
    ['lernende-organisation', loRoh],
    ['digitale-kommune', dkRoh],
  ])('%s passt zum Schema', (id, roh) => {
    const r = fragebogenSchema.safeParse(roh);
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues, null, 2)).toBe(true);
    expect(r.data?.id).toBe(id);
  });

  it('Lernende Organisation: mindestens 24 Zustimmungs-Items, geforderte Dimensionen, umgekehrte Items, Rollen-Item', () => {
    const fb = fragebogenSchema.parse(loRoh);
    const items = alleItems(fb).filter((i) => i.dimension);
    expect(items.length).toBeGreaterThanOrEqual(24);
    expect(items.filter((i) => i.typ === 'zustimmung5').length / items.length).toBeGreaterThan(0.8);
    const titel = fb.dimensionen.map((d) => d.titel);
    for (const t of ['Motivation & Anreize', 'Führung', 'Kompetenz & Wissensaustausch', 'Fehlerkultur & Experimentierfreude', 'Lernerfolg']) {
      expect(titel).toContain(t);
    }
    expect(items.filter((i) => i.umgekehrt).length).toBeGreaterThanOrEqual(4);
    expect(items.every((i) => i.weissNicht)).toBe(true);
    for (const d of fb.dimensionen) expect(items.filter((i) => i.dimension === d.id).length).toBeGreaterThanOrEqual(3);
    expect(fb.rollenItem).toBe('rolle');
    expect(fb.stufen[0].label).toBe('Anfang');
    expect(fb.stufen[4].label).toBe('Vorreiter');
  });

  it('Digitale Kommune: drei Bereiche, Strategie-Status, Basiskomponenten, Schulnoten', () => {
    const fb = fragebogenSchema.parse(dkRoh);
    expect(fb.dimensionen.map((d) => d.id)).toEqual(['strategie', 'binnen', 'aussen']);
    const status = alleItems(fb).find((i) => i.id === 'strategie-status');
    expect(status?.optionen?.map((o) => o.referenz?.auspraegung)).toEqual(['Ja', 'In Entwicklung', 'Nein']);
    const basis = alleItems(fb).find((i) => i.id === 'binnen-basiskomponenten');
    const labels = basis?.optionen?.map((o) => o.label).join(' ') ?? '';
    for (const wort of ['Suche', 'DMS', 'E-Payment', 'Formular', 'Chatbot', 'App', 'Bürger']) expect(labels).toContain(wort);
    const breitband = alleItems(fb).find((i) => i.id === 'aussen-breitband');
    expect(breitband?.optionen?.map((o) => o.wert)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('jeder Studienverweis der Fragebögen findet einen Wert in den Referenzdaten', () => {
    const daten = referenzdatenSchema.parse(refRoh);
    const alle = [...daten.gesamt.merkmale, ...daten.gruppen.flatMap((g) => g.merkmale)];
    const fb = fragebogenSchema.parse(dkRoh);
    const verweise = alleItems(fb).flatMap((i) => [i.referenz, ...(i.optionen ?? []).map((o) => o.referenz)]);
    const vorhanden = verweise.filter((v) => v !== undefined);
    expect(vorhanden.length).toBeGreaterThan(20);
    for (const v of vorhanden) {
      const ok = alle.some((m) => m.merkmal === v.merkmal && (v.auspraegung === undefined || m.auspraegung === v.auspraegung));
      expect(ok, `${v.merkmal} / ${v.auspraegung}`).toBe(true);
    }
  });

  it('Schema weist fehlerhafte Fragebögen ab', () => {
    const kaputt = structuredClone(loRoh) as { stufen: { abMin: number }[]; abschnitte: { items: { id: string; dimension?: string }[] }[] };
    kaputt.stufen[2].abMin = 10; // nicht mehr steigend
    expect(fragebogenSchema.safeParse(kaputt).success).toBe(false);
    const kaputt2 = structuredClone(loRoh) as typeof kaputt;
    kaputt2.abschnitte[0].items[1].id = kaputt2.abschnitte[0].items[0].id; // doppelte ID
    expect(fragebogenSchema.safeParse(kaputt2).success).toBe(false);
    const kaputt3 = structuredClone(loRoh) as typeof kaputt;
    kaputt3.abschnitte[0].items[0].dimension = 'gibt-es-nicht';
    expect(fragebogenSchema.safeParse(kaputt3).success).toBe(false);
  });

  it('ladeFragebogen liefert Versionen und wirft bei Unbekanntem', () => {
    expect(ladeFragebogen('lernende-organisation', 1).version).toBe(1);
    expect(ladeFragebogen('digitale-kommune').id).toBe('digitale-kommune');
    expect(() => ladeFragebogen('gibt-es-nicht')).toThrow(UnbekannterFragebogenFehler);
    expect(() => ladeFragebogen('digitale-kommune', 99)).toThrow(UnbekannterFragebogenFehler);
  });
});

describe('bewerte', () => {
  const fb = testFragebogen();

  it('gewichteter Mittelwert: a1 (Gewicht 3) = 100, a2 = 0 → 75', () => {
    const d = dim(fb, { a1: 5, a2: 1 }, 'd1');
    expect(d.score).toBe(75);
    expect(d.beantwortet).toBe(2);
    expect(d.anzahl).toBe(4);
    expect(d.stufe).toEqual({ stufe: 4, label: 'Vier' });
  });

  it('umgekehrte Items: volle Zustimmung ergibt 0, volle Ablehnung 100', () => {
    expect(itemPunkte(fb, alleItems(fb)[2], 5)).toBe(0);
    expect(itemPunkte(fb, alleItems(fb)[2], 1)).toBe(100);
    expect(itemPunkte(fb, alleItems(fb)[2], 2)).toBe(75);
    expect(dim(fb, { a2: 5, a3: 5 }, 'd1').score).toBe(50);
    expect(dim(fb, { a2: 5, a3: 1 }, 'd1').score).toBe(100);
  });

  it('„weiß nicht“ und Unbeantwortetes zählen nicht in den Score', () => {
    const d = dim(fb, { a1: WN, a2: 5, a4: 4 }, 'd1');
    expect(d.score).toBe(87.5);
    expect(d.beantwortet).toBe(2);
    expect(d.weissNicht).toBe(1);
  });

  it('unter dem Mindestanteil beantworteter Items gibt es keinen Score', () => {
    const d = dim(fb, { a1: 5, a2: WN, a3: WN, a4: WN }, 'd1'); // 1 von 4 < 0,5
    expect(d.score).toBeNull();
    expect(d.stufe).toBeNull();
    expect(dim(fb, { a1: 5, a2: 5 }, 'd1').score).toBe(100); // 2 von 4 = 0,5 genügt
  });

  it('leere Antworten: alle Dimensionen und Gesamtwert null', () => {
    const e = bewerte(fb, {});
    expect(e.dimensionen.every((d) => d.score === null && d.beantwortet === 0)).toBe(true);
    expect(e.gesamt).toEqual({ score: null, stufe: null });
  });

  it('ungültige Antworten werden ignoriert', () => {
    const d = dim(fb, { a1: 6, a2: 'fünf', a3: [], a4: 0 }, 'd1');
    expect(d.beantwortet).toBe(0);
    expect(itemPunkte(fb, alleItems(fb)[4], 'vielleicht')).toBeNull();
    expect(itemPunkte(fb, alleItems(fb)[5], ['x', 'keine'])).toBeNull(); // exklusiv mit anderem
    expect(itemPunkte(fb, alleItems(fb)[5], ['x', 'unbekannt'])).toBeNull();
    expect(itemPunkte(fb, alleItems(fb)[7], 101)).toBeNull(); // über max
  });

  it('Mehrfachauswahl: Anteil und gekappte Summe', () => {
    const [b2, b3] = [alleItems(fb)[5], alleItems(fb)[6]];
    expect(itemPunkte(fb, b2, ['x'])).toBe(25);
    expect(itemPunkte(fb, b2, ['x', 'y'])).toBe(100);
    expect(itemPunkte(fb, b2, ['keine'])).toBe(0);
    expect(itemPunkte(fb, b3, ['p'])).toBe(60);
    expect(itemPunkte(fb, b3, ['p', 'q'])).toBe(100);
  });

  it('Zahlen über Schwellen', () => {
    const z1 = alleItems(fb)[7];
    expect(itemPunkte(fb, z1, 0)).toBe(0);
    expect(itemPunkte(fb, z1, 9.9)).toBe(0);
    expect(itemPunkte(fb, z1, 10)).toBe(50);
    expect(itemPunkte(fb, z1, 45)).toBe(100);
    expect(itemPunkte(fb, z1, WN)).toBeNull();
  });

  it('bedingte Items zählen nur, wenn sie sichtbar sind', () => {
    const nein = dim(fb, { b1: 'nein', b2: ['x', 'y'], b3: ['p'], z1: 40 }, 'd2');
    expect(nein.anzahl).toBe(3); // b2 ausgeblendet
    expect(nein.score).toBeCloseTo((0 + 60 + 100) / 3, 1);
    const ja = dim(fb, { b1: 'ja', b2: ['x', 'y'], b3: ['p'], z1: 40 }, 'd2');
    expect(ja.anzahl).toBe(4);
    expect(ja.score).toBe(90);
  });

  it('Gesamtwert gewichtet die Dimensionen', () => {
    const e = bewerte(fb, { a1: 5, a2: 5, b1: 'nein', b3: ['p'], z1: 0 }); // d1 = 100, d2 = 20
    expect(e.dimensionen.map((d) => d.score)).toEqual([100, 20]);
    expect(e.gesamt.score).toBe(40); // (100·1 + 20·3) / 4
    expect(e.gesamt.stufe?.stufe).toBe(3);
  });

  it('Lernende Organisation: alle Aussagen im Sinne einer lernenden Organisation → 100, das Gegenteil → 0', () => {
    const lo = ladeFragebogen('lernende-organisation');
    const bestes: Antworten = {};
    const schlechtestes: Antworten = {};
    for (const i of alleItems(lo).filter((x) => x.typ === 'zustimmung5')) {
      bestes[i.id] = i.umgekehrt ? 1 : 5;
      schlechtestes[i.id] = i.umgekehrt ? 5 : 1;
    }
    expect(bewerte(lo, bestes).dimensionen.map((d) => d.score)).toEqual(lo.dimensionen.map(() => 100));
    expect(bewerte(lo, bestes).gesamt.stufe?.label).toBe('Vorreiter');
    expect(bewerte(lo, schlechtestes).dimensionen.map((d) => d.score)).toEqual(lo.dimensionen.map(() => 0));
    expect(bewerte(lo, schlechtestes).gesamt.stufe?.label).toBe('Anfang');
  });

  it('Digitale Kommune: ohne Strategie zählen die Strategie-Detailfragen nicht', () => {
    const dk = ladeFragebogen('digitale-kommune');
    const d = dim(dk, { 'strategie-status': 'nein', 'strategie-verantwortung': 'fachbereich-it', 'strategie-ziele': ['effizienz'] }, 'strategie');
    expect(d.anzahl).toBe(2);
    // Status 0 Punkte mit Gewicht 3, Verantwortung 60 Punkte mit Gewicht 1
    expect(d.score).toBe(15);
  });
});

describe('selbstbildVergleich', () => {
  it('stellt die Selbsteinschätzung dem berechneten Wert gegenüber und bewertet sie nicht mit', () => {
    const dk = ladeFragebogen('digitale-kommune');
    const antworten: Antworten = { 'strategie-status': 'nein', 'strategie-verantwortung': 'niemand', 'strategie-selbsteinschaetzung': 'gut' };
    const e = bewerte(dk, antworten);
    expect(e.dimensionen[0].score).toBe(0);
    expect(selbstbildVergleich(dk, antworten, e)).toEqual([
      { dimension: 'strategie', einschaetzung: 'gut', einschaetzungPunkte: 75, score: 0, differenz: 75 },
    ]);
    expect(selbstbildVergleich(dk, { 'binnen-selbsteinschaetzung': { weissNicht: true } }, e)).toEqual([]);
  });
});

describe('Stufen und schwächste Dimensionen', () => {
  const fb = testFragebogen();
  it('stufeFuer an den Grenzen', () => {
    expect(stufeFuer(fb.stufen, 0)?.stufe).toBe(1);
    expect(stufeFuer(fb.stufen, 19.9)?.stufe).toBe(1);
    expect(stufeFuer(fb.stufen, 20)?.stufe).toBe(2);
    expect(stufeFuer(fb.stufen, 79.9)?.stufe).toBe(4);
    expect(stufeFuer(fb.stufen, 100)?.stufe).toBe(5);
    expect(stufeFuer(fb.stufen, null)).toBeNull();
  });

  it('schwaechsteDimensionen sortiert aufsteigend und lässt Dimensionen ohne Wert weg', () => {
    const lo = ladeFragebogen('lernende-organisation');
    const antworten: Antworten = {};
    const werte: Record<string, number> = { motivation: 5, fuehrung: 2, kompetenz: 4, fehlerkultur: 1, rahmen: 3 }; // lernerfolg bleibt leer
    for (const i of alleItems(lo)) {
      const w = i.dimension ? werte[i.dimension] : undefined;
      if (w !== undefined) antworten[i.id] = i.umgekehrt ? 6 - w : w;
    }
    const e = bewerte(lo, antworten);
    expect(schwaechsteDimensionen(e, 3).map((d) => d.id)).toEqual(['fehlerkultur', 'fuehrung', 'rahmen']);
    expect(schwaechsteDimensionen(e, 10)).toHaveLength(5);
    expect(schwaechsteDimensionen(e, 0)).toEqual([]);
  });

  it('schwaechsteItems nennt die am schwächsten bewerteten Antworten', () => {
    const r = schwaechsteItems(fb, { a1: 5, a2: 2, a3: 5, b1: 'teils' }, 2);
    expect(r.map((x) => x.itemId)).toEqual(['a3', 'a2']);
    expect(r[0].punkte).toBe(0);
  });
});

describe('Statistik', () => {
  it('feinklasse: 10 Punkte breit, 100 gehört zur obersten Klasse', () => {
    expect([0, 9.9, 10, 59.9, 60, 99.9, 100].map(feinklasse)).toEqual([0, 0, 1, 5, 6, 9, 9]);
    expect(feinHaeufigkeiten([0, 5, 100, Number.NaN])).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('bereicheMitMindestens: von unten zusammensetzen, Rest nach unten, immer 0–100, unter k nichts', () => {
    expect(bereicheMitMindestens([0, 0, 1, 3, 8, 9, 4, 2, 0, 0])).toEqual([
      { von: 0, bis: 50, anzahl: 12 },
      { von: 50, bis: 60, anzahl: 9 },
      { von: 60, bis: 100, anzahl: 6 },
    ]);
    expect(bereicheMitMindestens([0, 0, 0, 0, 0, 0, 0, 0, 0, 5])).toEqual([{ von: 0, bis: 100, anzahl: 5 }]);
    expect(bereicheMitMindestens([5, 0, 0, 0, 0, 0, 0, 0, 0, 4])).toEqual([{ von: 0, bis: 100, anzahl: 9 }]);
    expect(bereicheMitMindestens([5, 0, 0, 0, 0, 0, 0, 0, 0, 5])).toEqual([{ von: 0, bis: 10, anzahl: 5 }, { von: 10, bis: 100, anzahl: 5 }]);
    expect(bereicheMitMindestens([1, 1, 1, 1, 0, 0, 0, 0, 0, 0])).toEqual([]);
    expect(bereicheMitMindestens([])).toEqual([]);
    expect(bereicheMitMindestens([1, 1, 1], 3)).toEqual([{ von: 0, bis: 100, anzahl: 3 }]);
  });

  it('medianBereich und positionIn folgen allein aus den Bereichen', () => {
    const b = bereicheMitMindestens([0, 0, 1, 3, 8, 9, 4, 2, 0, 0]);
    expect(medianBereich(b)).toEqual({ von: 50, bis: 60 });
    expect(medianBereich([])).toBeNull();
    expect(positionIn(b, 55)).toEqual({ von: 50, bis: 60, anteilDarunter: 44, anteilImBereich: 33, anteilDarueber: 22 });
    expect(positionIn(b, 100)).toMatchObject({ von: 60, bis: 100, anteilDarueber: 0 });
    expect(positionIn(b, 0)).toMatchObject({ von: 0, bis: 50, anteilDarunter: 0 });
    expect(positionIn(b, null)).toBeNull();
    expect(positionIn([], 50)).toBeNull();
  });

  it('kAnonym: erst ab k Werten', () => {
    expect(kAnonym([1, 2, 3, 4])).toBe(false);
    expect(kAnonym([1, 2, 3, 4, 5])).toBe(true);
    expect(kAnonym([1, 2, 3], 3)).toBe(true);
    expect(kAnonym([], 1)).toBe(false);
  });

  it('teamAuswertung: unter 5 Antworten nichts; Mittelwert und Bereiche mit je 5 Personen, keine Extremwerte', () => {
    const fb = testFragebogen();
    const satz = (a1: number, rolle?: string) => ({ antworten: { a1, a2: a1, ...(rolle ? { rolle } : {}) } });
    const vier = [1, 2, 3, 4].map((w) => satz(w, 'fk'));
    expect(teamAuswertung(fb, vier)).toEqual({ freigegeben: false, anzahl: 4, k: 5 });
    const fuenf = teamAuswertung(fb, [1, 2, 3, 4, 5].map((w) => satz(w, 'fk')));
    if (!fuenf.freigegeben) throw new Error('sollte freigegeben sein');
    expect(fuenf.dimensionen[0]).toEqual({ id: 'd1', titel: 'Dimension 1', anzahl: 5, mittelwert: 50, verteilung: [{ von: 0, bis: 100, anzahl: 5 }], rollen: [{ rolle: 'fk', label: 'Führungskraft', anzahl: 5, mittelwert: 50 }] });
    expect(fuenf.dimensionen[1]).toMatchObject({ anzahl: 0, mittelwert: null, verteilung: [], rollen: [] }); // d2 unbeantwortet
  });

  it('teamAuswertung: Rollenmittel nur, wenn keine Zelle (auch „ohne Rolle“) 1 bis 4 Personen hat', () => {
    const fb = testFragebogen();
    const satz = (a1: number, rolle?: string) => ({ antworten: { a1, a2: a1, ...(rolle ? { rolle } : {}) } });
    const fk = [5, 5, 5, 5, 5].map((w) => satz(w, 'fk'));
    const ma = (n: number) => Array.from({ length: n }, () => satz(1, 'ma'));
    const rollen = (saetze: ReturnType<typeof satz>[]) => {
      const t = teamAuswertung(fb, saetze);
      if (!t.freigegeben) throw new Error('sollte freigegeben sein');
      return t.dimensionen[0].rollen.map((r) => `${r.rolle}:${r.anzahl}:${r.mittelwert}`);
    };
    // 5 + 1: sonst ergäbe 6 × Gesamtmittel − 5 × Führungsmittel die eine Antwort.
    expect(rollen([...fk, ...ma(1)])).toEqual([]);
    expect(rollen([...fk, ...ma(3)])).toEqual([]);
    expect(rollen([...fk, ...ma(5)])).toEqual(['fk:5:100', 'ma:5:0']);
    // 5 + 5 + 1 ohne Rolle: Gesamt − Führung − Beschäftigte wäre die eine Person ohne Angabe.
    expect(rollen([...fk, ...ma(5), satz(3)])).toEqual([]);
    expect(rollen([...fk, ...ma(5), ...[1, 2, 3, 4, 5].map((w) => satz(w))])).toEqual(['fk:5:100', 'ma:5:0']);
  });
});

describe('Referenzdaten der Studie', () => {
  const daten = ladeReferenzdaten();

  // Werte aus den Steckbrief-Tabellen 3–12 (Ja / In Entwicklung / Nein, n, Tabelle)
  const erwartet = [
    ['gemeinde', 7, 3, 51, 5.4, 24, 70],
    ['gemeinde', 6, 4, 165, 9, 39, 52],
    ['gemeinde', 5, 5, 75, 26, 43, 31],
    ['gemeinde', 4, 6, 39, 10, 65, 26],
    ['gemeinde', 3, 7, 15, 17, 67, 17],
    ['gemeinde', 2, 8, 11, 27, 64, 9],
    ['gemeinde', 1, 9, 9, 43, 57, 0],
    ['kreis', 3, 10, 38, 7, 52, 42],
    ['kreis', 2, 11, 26, 19, 48, 33],
    ['kreis', 1, 12, 28, 30, 50, 20],
  ] as const;

  it('enthält genau die zehn Steckbrief-Gruppen', () => {
    expect(daten.gruppen).toHaveLength(10);
    expect(new Set(daten.gruppen.map((g) => g.tabelle))).toEqual(new Set([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
  });

  it.each(erwartet)('%s Klasse %i (Tabelle %i): n und Strategie-Status', (art, klasse, tabelle, n, ja, entw, nein) => {
    const t = referenzFuer(daten, art, klasse, 'Digitalisierungsstrategie');
    expect(t?.ebene).toBe('groessenklasse');
    expect(t?.gruppe).toMatchObject({ art, groessenklasse: klasse, tabelle, n });
    const wert = (a: string) => t?.merkmale.find((m) => m.auspraegung === a)?.prozent;
    expect([wert('Ja'), wert('In Entwicklung'), wert('Nein')]).toEqual([ja, entw, nein]);
    expect(ja + entw + nein).toBeGreaterThanOrEqual(98.5);
    expect(ja + entw + nein).toBeLessThanOrEqual(101.5);
  });

  it('jede Gruppe hat für alle 16 Tabellenzeilen eine häufigste Angabe', () => {
    for (const g of daten.gruppen) {
      const zeilen = new Set(g.merkmale.filter((m) => m.herkunft === 'tabelle' && m.merkmal !== 'Digitalisierungsstrategie').map((m) => m.merkmal));
      expect(zeilen.size, `${g.art} ${g.groessenklasse}`).toBe(16);
    }
  });

  it('Tabelle 12 ist den großen Kreisen (> 250.000) zugeordnet, nicht der Klasse 3', () => {
    const t12 = daten.gruppen.find((g) => g.tabelle === 12);
    expect(t12).toMatchObject({ art: 'kreis', groessenklasse: 1 });
    expect(referenzFuer(daten, 'kreis', 3, 'Digitalisierungsstrategie')?.gruppe?.tabelle).toBe(10);
    expect(daten.quelle.hinweis).toContain('Tabelle 12');
  });

  it('Gesamtwerte aus dem Text', () => {
    const g = (merkmal: string, auspraegung: string) => referenzFuer(daten, 'gemeinde', 99, merkmal, auspraegung)?.merkmale[0]?.prozent;
    expect(g('Digitalisierungsstrategie', 'Ja')).toBe(14);
    expect(g('Digitalisierungsstrategie', 'In Entwicklung')).toBe(45);
    expect(g('Digitalisierungsstrategie', 'Nein')).toBe(41);
    expect(g('Angebote', 'Suchfunktion für Verwaltungsleistungen')).toBe(66);
    expect(g('Angebote', 'DMS')).toBe(54);
    expect(g('Angebote', 'Chatbot')).toBe(1);
    expect(g('Angebote', 'mobile Applikation (App)')).toBe(19);
    expect(g('FIM bekannt', 'Ja')).toBe(29);
    expect(g('Datennutzung', 'zentrale Bereitstellung der Daten (z. B. Data-Warehouse, Datendrehscheibe)')).toBe(37);
    expect(g('Optimierung der Prozesse', 'keine Nutzung von Daten zur Prozessoptimierung')).toBe(40);
  });

  it('referenzFuer: Rückfall auf alle Kommunen, sonst null', () => {
    expect(referenzFuer(daten, 'gemeinde', 6, 'FIM bekannt')?.ebene).toBe('gesamt');
    expect(referenzFuer(daten, 'gemeinde', 7, 'FIM bekannt')?.merkmale[0].prozent).toBe(9);
    expect(referenzFuer(daten, 'kreis', 1, 'gibt es nicht')).toBeNull();
    // gleichauf genannte Angaben („DMS / Suchfunktion …“, Tabelle 10) passen auf jede Einzelangabe
    expect(referenzFuer(daten, 'kreis', 3, 'Angebote', 'DMS')?.merkmale[0].prozent).toBe(72);
    expect(referenzFuer(daten, 'kreis', 3, 'Angebote', 'Suchfunktion für Verwaltungsleistungen')?.ebene).toBe('groessenklasse');
    expect(referenzFuer(daten, 'kreis', 3, 'Angebote', 'Such')).toBeNull(); // nur ganze Angaben
  });

  it('vergleichssatz', () => {
    expect(vergleichssatz(daten, 'gemeinde', 6, { merkmal: 'Digitalisierungsstrategie' })).toBe(
      'In Ihrer Größenklasse hatten 9 % eine Digitalisierungsstrategie, 39 % entwickelten eine, 52 % hatten keine.',
    );
    expect(vergleichssatz(daten, 'gemeinde', 7, { merkmal: 'Digitalisierungsstrategie', auspraegung: 'Nein' })).toBe(
      'In Ihrer Größenklasse hatten 5,4 % eine Digitalisierungsstrategie, 24 % entwickelten eine, 70 % hatten keine.',
    );
    expect(vergleichssatz(daten, 'kreis', 1, { merkmal: 'FIM bekannt', auspraegung: 'Ja' })).toContain('75 %');
    expect(vergleichssatz(daten, 'gemeinde', 6, { merkmal: 'Angebote', auspraegung: 'Chatbot' })).toContain('Unter allen befragten Kommunen');
    expect(vergleichssatz(daten, 'gemeinde', 6, { merkmal: 'gibt es nicht' })).toBeNull();
  });

  it('studienvergleiche liefert Sätze für beantwortete Fragen mit Studienbezug', () => {
    const dk = ladeFragebogen('digitale-kommune');
    const v = studienvergleiche(dk, { 'strategie-status': 'ja', 'binnen-basiskomponenten': ['suchfunktion', 'e-payment'], 'binnen-fim': WN }, daten, 'gemeinde', 6);
    // „weiß nicht“ bekommt keinen Satz (Issue 9, Punkt 5)
    expect(v.map((x) => x.itemId)).toEqual(['strategie-status', 'binnen-basiskomponenten']);
    expect(v[0].satz).toContain('9 %');
    expect(v[1].satz).toContain('66 %');
    // zwei gewählte Bausteine, die in Tabelle 10 gleichauf stehen: je ein Satz, der den eigenen Baustein nennt
    const kreis = studienvergleiche(dk, { 'binnen-basiskomponenten': ['dms', 'suchfunktion'] }, daten, 'kreis', 3);
    expect(kreis.map((k) => k.satz)).toEqual([
      'In Ihrer Größenklasse setzten 72 % diesen Baustein ein: Suchfunktion für Verwaltungsleistungen. Das war eine der gleichauf häufigsten Angaben.',
      'In Ihrer Größenklasse setzten 72 % diesen Baustein ein: DMS. Das war eine der gleichauf häufigsten Angaben.',
    ]);
  });

  it('Klassengrenzen der Referenzdaten stimmen mit groessenklasse() des Moduls kommunen überein', () => {
    expect(daten.groessenklassen).toHaveLength(10);
    for (const d of daten.groessenklassen) {
      expect(groessenklasse(d.art, d.minEinwohner), `${d.art} ${d.minEinwohner}`).toBe(d.groessenklasse);
      if (d.maxEinwohner !== null) expect(groessenklasse(d.art, d.maxEinwohner), `${d.art} ${d.maxEinwohner}`).toBe(d.groessenklasse);
      if (d.minEinwohner > 0) expect(groessenklasse(d.art, d.minEinwohner - 1)).toBe(d.groessenklasse + 1);
    }
  });
});

describe('antwortenAlsCsv', () => {
  const fb = testFragebogen();
  it('Kopfzeile, Werte, weiß nicht, Mehrfachauswahl, Quoting und Formelschutz', () => {
    const csv = antwortenAlsCsv(fb, [
      { antworten: { a1: 5, a2: WN, b1: 'ja', b2: ['x', 'y'], frei: 'Text; mit "Zitat"' } },
      { kennung: 'r2', antworten: { frei: '=SUMME(A1)' } },
    ]);
    const zeilen = csv.trimEnd().split('\r\n');
    expect(zeilen[0]).toBe('kennung;fragebogen;version;a1;a2;a3;a4;b1;b2;b3;z1;rolle;frei');
    expect(zeilen[1]).toBe('1;test;1;5;weiß nicht;;;ja;x | y;;;;"Text; mit ""Zitat"""');
    expect(zeilen[2]).toBe("r2;test;1;;;;;;;;;;'=SUMME(A1)");
  });

  it('mit Beschriftungen und Komma als Trennzeichen', () => {
    const csv = antwortenAlsCsv(fb, [{ antworten: { a1: 2, b1: 'teils', rolle: 'fk' } }], { mitLabels: true, trennzeichen: ',' });
    expect(csv.split('\r\n')[1]).toBe('1,test,1,Stufe 2,,,,Teils,,,,Führungskraft,');
  });
});
