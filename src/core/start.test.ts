import { describe, expect, it } from 'vitest';
import type { Db } from './db/db.ts';
import type { LotseModul } from './modul.ts';
import { Einrichtung } from './start.ts';

// The background tasks here only record their order; they never touch the database handle.
const keineDb = {} as Db;
const opts = (log: string[]) => ({ demo: true, log: (m: string) => log.push(m) });

describe('Einrichtung im Hintergrund', () => {
  it('führt die Hintergrund-Aufgaben aller Module nacheinander in Listenreihenfolge aus und meldet den Fortschritt', async () => {
    const reihenfolge: string[] = [];
    let freigabe!: () => void;
    const wartet = new Promise<void>((r) => (freigabe = r));
    const module: LotseModul[] = [
      { name: 'a', start: [async () => { reihenfolge.push('a.start'); }], hintergrund: [async () => { reihenfolge.push('a1'); await wartet; }] },
      { name: 'b' },
      { name: 'c', hintergrund: [async () => { reihenfolge.push('c1'); }, async () => { reihenfolge.push('c2'); }] },
    ];
    const e = new Einrichtung(module);
    expect(e.stand()).toEqual({ fertig: false, erledigt: 0, gesamt: 3, modul: null, fehler: null });
    const lauf = e.starte(keineDb, opts([]));
    await Promise.resolve();
    expect(e.stand()).toMatchObject({ fertig: false, erledigt: 0, modul: 'a' });
    freigabe();
    await lauf;
    expect(reihenfolge).toEqual(['a1', 'c1', 'c2']); // `start` gehört nicht zur Einrichtung im Hintergrund
    expect(e.stand()).toEqual({ fertig: true, erledigt: 3, gesamt: 3, modul: null, fehler: null });
  });

  it('bricht nach einem Fehler ab, meldet ihn ohne Einzelheiten und protokolliert den Grund', async () => {
    const log: string[] = [];
    const module: LotseModul[] = [
      { name: 'a', hintergrund: [async () => { throw new Error('Platte voll'); }, async () => { log.push('nie'); }] },
    ];
    const e = new Einrichtung(module);
    await e.starte(keineDb, opts(log));
    expect(e.stand()).toMatchObject({ fertig: true, erledigt: 0, fehler: 'Einrichtung im Modul a fehlgeschlagen' });
    expect(log.join('\n')).toContain('Platte voll');
    expect(log).not.toContain('nie');
  });

  it('beende() lässt die laufende Aufgabe zu Ende laufen und überspringt die übrigen', async () => {
    const erledigt: string[] = [];
    let freigabe!: () => void;
    const wartet = new Promise<void>((r) => (freigabe = r));
    const e = new Einrichtung([{ name: 'a', hintergrund: [async () => { await wartet; erledigt.push('1'); }, async () => { erledigt.push('2'); }] }]);
    void e.starte(keineDb, opts([]));
    const ende = e.beende();
    freigabe();
    await ende;
    expect(erledigt).toEqual(['1']);
    expect(e.stand()).toMatchObject({ fertig: false, erledigt: 1 });
  });

  it('ohne Hintergrund-Aufgaben ist die Einrichtung sofort fertig', () => {
    expect(new Einrichtung([{ name: 'x' }]).stand()).toMatchObject({ fertig: true, gesamt: 0 });
  });
});
