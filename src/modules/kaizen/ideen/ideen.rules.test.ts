import { describe, expect, it } from 'vitest';
import { darfEntscheiden, darfZuweisen, engpaesse, erlaubteZiele, fristAb, istEntscheidung, pruefeWechsel, type EngpassIdee } from './ideen.rules.ts';

const heute = '2026-03-10';

describe('Statusfluss der Ideen', () => {
  it('führt Neu → In Prüfung → Im Test → Standard; Standard und Verworfen sind Endpunkte', () => {
    expect(pruefeWechsel({ von: 'neu', nach: 'in_pruefung', heute, berechtigt: true })).toEqual({ ok: true });
    expect(pruefeWechsel({ von: 'in_pruefung', nach: 'im_test', heute, berechtigt: true })).toEqual({ ok: true });
    expect(pruefeWechsel({ von: 'im_test', nach: 'standard', heute, berechtigt: true })).toEqual({ ok: true });
    expect(erlaubteZiele('standard')).toEqual([]);
    expect(erlaubteZiele('verworfen')).toEqual([]);
    expect(pruefeWechsel({ von: 'neu', nach: 'standard', heute, berechtigt: true })).toEqual({ ok: false, grund: 'uebergang' });
  });

  it('verlangt für „Verworfen“ einen Grund (Leerzeichen zählen nicht)', () => {
    expect(pruefeWechsel({ von: 'neu', nach: 'verworfen', heute, berechtigt: true })).toEqual({ ok: false, grund: 'grund_fehlt' });
    expect(pruefeWechsel({ von: 'neu', nach: 'verworfen', grund: '   ', heute, berechtigt: true })).toEqual({ ok: false, grund: 'grund_fehlt' });
    expect(pruefeWechsel({ von: 'neu', nach: 'verworfen', grund: 'Rechtlich nicht zulässig', heute, berechtigt: true })).toEqual({ ok: true });
  });

  it('verlangt für „Zurückgestellt“ ein Datum in der Zukunft', () => {
    expect(pruefeWechsel({ von: 'in_pruefung', nach: 'zurueckgestellt', heute, berechtigt: true })).toEqual({ ok: false, grund: 'datum_fehlt' });
    expect(pruefeWechsel({ von: 'in_pruefung', nach: 'zurueckgestellt', wiedervorlageAm: heute, heute, berechtigt: true })).toEqual({ ok: false, grund: 'datum_vergangen' });
    expect(pruefeWechsel({ von: 'in_pruefung', nach: 'zurueckgestellt', wiedervorlageAm: '2026-06-01', heute, berechtigt: true })).toEqual({ ok: true });
  });

  it('lässt nur Verantwortliche und Admins entscheiden', () => {
    expect(pruefeWechsel({ von: 'neu', nach: 'in_pruefung', heute, berechtigt: false })).toEqual({ ok: false, grund: 'nicht_berechtigt' });
    expect(darfEntscheiden('a', false, 'a')).toBe(true);
    expect(darfEntscheiden('a', false, 'b')).toBe(false);
    expect(darfEntscheiden('a', false, null)).toBe(false);
    expect(darfEntscheiden('a', true, null)).toBe(true);
  });

  it('Mitglieder übernehmen nur freie Ideen selbst; Admins weisen jedem zu', () => {
    expect(darfZuweisen('a', false, null, 'a')).toBe(true);
    expect(darfZuweisen('a', false, null, 'b')).toBe(false);
    expect(darfZuweisen('a', false, 'b', 'a')).toBe(false);
    expect(darfZuweisen('a', true, 'b', 'c')).toBe(true);
  });

  it('zählt den ersten Schritt aus Neu/In Prüfung als Entscheidung', () => {
    expect(istEntscheidung('neu', 'in_pruefung')).toBe(false);
    expect(istEntscheidung('in_pruefung', 'im_test')).toBe(true);
    expect(istEntscheidung('neu', 'verworfen')).toBe(true);
    expect(istEntscheidung('im_test', 'standard')).toBe(false);
  });

  it('setzt die Frist auf 28 Tage', () => {
    expect(fristAb(new Date('2026-03-01T10:00:00Z'))).toBe('2026-03-29');
  });
});

describe('Engpässe', () => {
  const jetzt = new Date('2026-03-10T12:00:00Z');
  const tageVorher = (n: number) => new Date(jetzt.getTime() - n * 86_400_000);
  const basis: EngpassIdee = { status: 'neu', verantwortlichId: 'x', erstelltAm: tageVorher(1), statusGeaendertAm: tageVorher(1), entscheidenBis: '2026-04-01', wiedervorlageAm: null };

  it('eine frische, zugewiesene Idee ist kein Engpass', () => expect(engpaesse(basis, jetzt)).toEqual([]));
  it('ohne Verantwortung ab 7 Tagen', () => {
    expect(engpaesse({ ...basis, verantwortlichId: null, erstelltAm: tageVorher(6) }, jetzt)).toEqual([]);
    expect(engpaesse({ ...basis, verantwortlichId: null, erstelltAm: tageVorher(7) }, jetzt)).toEqual(['ohne_verantwortung']);
  });
  it('Frist überschritten nur, solange nicht entschieden', () => {
    expect(engpaesse({ ...basis, entscheidenBis: '2026-03-09' }, jetzt)).toEqual(['frist_ueberschritten']);
    expect(engpaesse({ ...basis, entscheidenBis: '2026-03-10' }, jetzt)).toEqual([]);
    expect(engpaesse({ ...basis, status: 'im_test', entscheidenBis: '2026-03-09' }, jetzt)).toEqual([]);
  });
  it('festgefahren nach 30 Tagen im selben Status; zurückgestellt erst nach der Wiedervorlage', () => {
    expect(engpaesse({ ...basis, status: 'im_test', statusGeaendertAm: tageVorher(29) }, jetzt)).toEqual([]);
    expect(engpaesse({ ...basis, status: 'im_test', statusGeaendertAm: tageVorher(30) }, jetzt)).toEqual(['festgefahren']);
    expect(engpaesse({ ...basis, status: 'zurueckgestellt', statusGeaendertAm: tageVorher(90), wiedervorlageAm: '2026-03-20' }, jetzt)).toEqual([]);
    expect(engpaesse({ ...basis, status: 'zurueckgestellt', statusGeaendertAm: tageVorher(90), wiedervorlageAm: '2026-03-01' }, jetzt)).toEqual(['festgefahren']);
  });
  it('abgeschlossene Ideen sind nie ein Engpass', () => {
    expect(engpaesse({ ...basis, status: 'standard', verantwortlichId: null, erstelltAm: tageVorher(100), entscheidenBis: '2026-01-01' }, jetzt)).toEqual([]);
  });
});
