/**
 * Suchhilfen im Fragebogen (Issue 10, Punkt 3; Entscheidungen 0125, 0126): jede Dimension und jedes Thema trägt
 * kuratierte Suchbegriffe und ein Handlungsfeld des Katalogs; das Schema prüft sie.
 */
import { describe, expect, it } from 'vitest';
import loRoh from './lernende-organisation.v1.json' with { type: 'json' };
import dkRoh from './digitale-kommune.v1.json' with { type: 'json' };
import { HANDLUNGSFELDER } from '../../loesungen/index.ts';
import { alleItems, ladeFragebogen, ohneSuchhilfen, stabil } from './frageboegen.rules.ts';
import { auslieferbarerFragebogenSchema, fragebogenSchema } from './fragebogen.schemas.ts';

const kopie = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const fehler = (roh: unknown) => {
  const r = auslieferbarerFragebogenSchema(HANDLUNGSFELDER).safeParse(roh);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('Suchhilfen der ausgelieferten Fragebögen', () => {
  for (const id of ['lernende-organisation', 'digitale-kommune']) {
    it(`${id}: jede Dimension hat ein Handlungsfeld des Katalogs und mindestens drei verschiedene Suchbegriffe`, () => {
      const fb = ladeFragebogen(id);
      for (const d of fb.dimensionen) {
        expect(HANDLUNGSFELDER, d.id).toContain(d.suche?.handlungsfeld);
        expect(d.suche!.suchbegriffe.length, d.id).toBeGreaterThanOrEqual(3);
        expect(new Set(d.suche!.suchbegriffe.map((b) => b.toLowerCase())).size, d.id).toBe(d.suche!.suchbegriffe.length);
      }
    });
  }

  it('Digitale Kommune: Themen mit Suchhilfen; jede bewertete Frage gehört zu einem Thema ihrer Dimension', () => {
    const fb = ladeFragebogen('digitale-kommune');
    expect(fb.themen?.length).toBeGreaterThanOrEqual(9);
    const themen = new Map(fb.themen!.map((t) => [t.id, t]));
    for (const t of fb.themen!) {
      expect(HANDLUNGSFELDER, t.id).toContain(t.suche.handlungsfeld);
      expect(t.suche.suchbegriffe.length, t.id).toBeGreaterThanOrEqual(3);
    }
    for (const i of alleItems(fb).filter((x) => x.dimension)) {
      expect(themen.get(i.thema ?? '')?.dimension, i.id).toBe(i.dimension);
    }
  });

  it('die Suchhilfen ändern nichts an der Auswertung: ohne sie gleicht die Datei der bisherigen Fassung', () => {
    // Die Auswertung (Punkte, Gewichte, Stufen) hängt nur vom Rest ab; eine gespeicherte v1 ohne Suchhilfen bleibt gültig.
    const alt = ohneSuchhilfen(kopie(dkRoh));
    expect(fragebogenSchema.safeParse(alt).success).toBe(true);
    expect(stabil(ohneSuchhilfen(ladeFragebogen('digitale-kommune')))).toBe(stabil(fragebogenSchema.parse(alt)));
    expect(JSON.stringify(alt)).not.toMatch(/suchbegriffe|"thema"|"themen"/);
  });
});

describe('Schema der Suchhilfen', () => {
  it('die ausgelieferten Dateien bestehen die strenge Prüfung', () => {
    expect(fehler(loRoh)).toEqual([]);
    expect(fehler(dkRoh)).toEqual([]);
  });

  it('eine ausgelieferte Datei ohne Suchhilfen an einer Dimension wird abgelehnt, eine gespeicherte Fassung nicht', () => {
    const roh = kopie(loRoh) as { dimensionen: { suche?: unknown }[] };
    delete roh.dimensionen[0].suche;
    expect(fehler(roh).join()).toMatch(/Dimension motivation: Suchhilfen fehlen/);
    expect(fragebogenSchema.safeParse(roh).success).toBe(true);
  });

  it('unbekanntes Handlungsfeld, zu wenige oder doppelte Suchbegriffe werden abgelehnt', () => {
    const a = kopie(loRoh) as { dimensionen: { suche: { handlungsfeld: string; suchbegriffe: string[] } }[] };
    a.dimensionen[0].suche.handlungsfeld = 'Irgendwas';
    expect(fehler(a).join()).toMatch(/unbekanntes Handlungsfeld Irgendwas/);
    const b = kopie(loRoh) as typeof a;
    b.dimensionen[0].suche.suchbegriffe = ['Ideenmanagement', 'Vorschlagswesen'];
    expect(fehler(b).length).toBeGreaterThan(0);
    const c = kopie(loRoh) as typeof a;
    c.dimensionen[0].suche.suchbegriffe = ['Ideenmanagement', 'ideenmanagement', 'Vorschlagswesen'];
    expect(fehler(c).join()).toMatch(/doppelt/);
  });

  it('Themen: Verweis auf unbekanntes Thema, Thema einer anderen Dimension und Thema ohne Fragen werden abgelehnt', () => {
    type Roh = { abschnitte: { items: { id: string; thema?: string }[] }[]; themen: { id: string; dimension: string }[] };
    const a = kopie(dkRoh) as unknown as Roh;
    a.abschnitte[0].items[0].thema = 'gibt-es-nicht';
    expect(fehler(a).join()).toMatch(/unbekanntes Thema/);
    const b = kopie(dkRoh) as unknown as Roh;
    b.abschnitte[0].items[0].thema = b.themen.find((t) => t.dimension === 'aussen')!.id;
    expect(fehler(b).join()).toMatch(/gehört zur Dimension aussen/);
    const c = kopie(dkRoh) as unknown as Roh;
    c.themen.push({ ...c.themen[0], id: 'leer' });
    expect(fehler(c).join()).toMatch(/Thema leer hat keine Fragen/);
    const d = kopie(dkRoh) as unknown as Roh;
    delete d.abschnitte[0].items[0].thema;
    expect(fehler(d).join()).toMatch(/ohne Thema/);
  });
});
