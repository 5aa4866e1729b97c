import { describe, expect, it } from 'vitest';
import { bausteineAusAntwort, KEINE_VORAUSSETZUNGEN, meilensteineAus, pruefe, type Voraussetzungen } from './check.rules.ts';

const v: Voraussetzungen = { ...KEINE_VORAUSSETZUNGEN, bausteine: ['dms', 'e-payment'], fachverfahren: ['OK.VORGANG'], groessenklasseVon: 5, groessenklasseBis: 7, budgetEuro: 12000, rechtsgrundlageLaender: ['BY', 'HE'], rechtsgrundlageText: 'Landesbauordnung erlaubt digitale Bauanträge' };

describe('Übertragbarkeits-Check', () => {
  it('Bausteine aus dem Selbstcheck, Größenklasse und Land aus dem Verzeichnis, der Rest zu klären', () => {
    const p = pruefe(v, { groessenklasse: 4, land: 'HE', bausteine: ['dms', 'termine'] });
    expect(p.map((x) => [x.schluessel, x.status, x.quelle])).toEqual([
      ['baustein:dms', 'erfuellt', 'selbstcheck'],
      ['baustein:e-payment', 'offen', 'selbstcheck'],
      ['fachverfahren:OK.VORGANG', 'zu_klaeren', 'angabe'],
      ['groessenklasse', 'offen', 'verzeichnis'],
      ['budget', 'zu_klaeren', 'angabe'],
      ['recht', 'erfuellt', 'verzeichnis'],
    ]);
  });
  it('ohne Selbstcheck sind die Bausteine zu klären; fremdes Land: offen', () => {
    const p = pruefe(v, { groessenklasse: 6, land: 'NW', bausteine: null });
    expect(p.find((x) => x.schluessel === 'baustein:dms')?.status).toBe('zu_klaeren');
    expect(p.find((x) => x.schluessel === 'groessenklasse')?.status).toBe('erfuellt');
    expect(p.find((x) => x.schluessel === 'recht')?.status).toBe('offen');
  });
  it('jede nicht erfüllte Voraussetzung wird ein Meilenstein in „anpassen“', () => {
    const m = meilensteineAus(pruefe(v, { groessenklasse: 6, land: 'HE', bausteine: ['dms'] }));
    expect(m).toEqual([
      { phase: 'anpassen', titel: 'Voraussetzung schaffen: E-Payment ist im Einsatz' },
      { phase: 'anpassen', titel: 'Klären: Fachverfahren „OK.VORGANG“ ist im Einsatz' },
      { phase: 'anpassen', titel: 'Klären: Budget von etwa 12.000 Euro gesichert' },
    ]);
    expect(meilensteineAus(pruefe(KEINE_VORAUSSETZUNGEN, { groessenklasse: 6, land: 'HE', bausteine: null }))).toEqual([]);
  });
  it('Antwort des Selbstchecks: Liste oder „weiß nicht“', () => {
    expect(bausteineAusAntwort(['dms'])).toEqual(['dms']);
    expect(bausteineAusAntwort({ weissNicht: true })).toBeNull();
    expect(bausteineAusAntwort(undefined)).toBeNull();
  });
});
