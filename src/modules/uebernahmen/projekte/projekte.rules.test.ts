import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors.ts';
import { checklisteAus, istAgsOderArs, moeglicheZiele, pruefePhasenwechsel, STANDARD_CHECKLISTE } from './projekte.rules.ts';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as AppError).code;
  }
  return null;
};

describe('Phasenwechsel', () => {
  it('nur vorwärts, Überspringen erlaubt', () => {
    expect(pruefePhasenwechsel('verstehen', 'anpassen', undefined)).toBeNull();
    expect(pruefePhasenwechsel('verstehen', 'verstetigen', undefined)).toBeNull();
    expect(code(() => pruefePhasenwechsel('anpassen', 'verstehen', undefined))).toBe('uebernahme.phase_rueckwaerts');
    expect(code(() => pruefePhasenwechsel('anpassen', 'anpassen', undefined))).toBe('uebernahme.phase_rueckwaerts');
  });
  it('Abbruch nur mit Grund; beendete Projekte ändern sich nicht', () => {
    expect(code(() => pruefePhasenwechsel('anpassen', 'abgebrochen', '  '))).toBe('uebernahme.grund_fehlt');
    expect(pruefePhasenwechsel('anpassen', 'abgebrochen', ' Kein Budget ')).toBe('Kein Budget');
    expect(code(() => pruefePhasenwechsel('abgebrochen', 'verstetigen', undefined))).toBe('uebernahme.beendet');
    expect(code(() => pruefePhasenwechsel('abgeschlossen', 'abgebrochen', 'zu spät'))).toBe('uebernahme.beendet');
  });
  it('mögliche Ziele', () => {
    expect(moeglicheZiele('uebernehmen')).toEqual(['verstetigen', 'abgeschlossen', 'abgebrochen']);
    expect(moeglicheZiele('abgebrochen')).toEqual([]);
  });
});

describe('Checkliste', () => {
  it('ohne Vorlage die Standardliste, fehlende Phasen aus dem Standard, leere Einträge entfernt', () => {
    expect(checklisteAus(null)).toEqual(STANDARD_CHECKLISTE);
    const c = checklisteAus({ verstehen: [' Hospitation ', '', 7], unbekannt: ['x'] });
    expect(c.verstehen).toEqual(['Hospitation']);
    expect(c.anpassen).toEqual(STANDARD_CHECKLISTE.anpassen);
    expect(Object.keys(c)).toEqual(['verstehen', 'anpassen', 'uebernehmen', 'verstetigen']);
  });
  it('AGS oder ARS', () => {
    expect(istAgsOderArs('09162000')).toBe('ags');
    expect(istAgsOderArs('091620000000')).toBe('ars');
    expect(istAgsOderArs('0916')).toBeNull();
  });
});
