import { describe, expect, it } from 'vitest';
import type { Konto } from '../../core/authz/policy.ts';
import {
  BEDARF_STATUS,
  OFFENE_STATUS,
  UEBERGAENGE,
  alterInTagen,
  beteiligungen,
  darfVorschlagen,
  erlaubteZiele,
  pruefeUebergang,
  type BedarfStatus,
} from './bedarfe.rules.ts';

const K = ['kommune'] as const;
const B = ['begleitung'] as const;
const mitVorschlag = { vorschlaege: 1, kommentar: 'weil' };

describe('Statusfluss der Bedarfe', () => {
  it('erlaubt den Hauptweg neu → in Klärung → Lösungen vorgeschlagen → in Umsetzung → erledigt', () => {
    expect(pruefeUebergang('neu', 'in_klaerung', B, { vorschlaege: 0 })).toEqual({ ok: true });
    expect(pruefeUebergang('in_klaerung', 'loesungen_vorgeschlagen', B, { vorschlaege: 1 })).toEqual({ ok: true });
    expect(pruefeUebergang('loesungen_vorgeschlagen', 'in_umsetzung', K, { vorschlaege: 1 })).toEqual({ ok: true });
    expect(pruefeUebergang('in_umsetzung', 'erledigt', K, { vorschlaege: 1 })).toEqual({ ok: true });
  });

  it('führt jeden offenen Status zu „keine passende Lösung“ – nur für die Begleitung und mit Begründung', () => {
    for (const von of OFFENE_STATUS) {
      expect(pruefeUebergang(von, 'keine_passende_loesung', B, mitVorschlag)).toEqual({ ok: true });
      expect(pruefeUebergang(von, 'keine_passende_loesung', B, { vorschlaege: 1, kommentar: '  ' })).toEqual({ ok: false, grund: 'kommentar_fehlt' });
      expect(pruefeUebergang(von, 'keine_passende_loesung', K, mitVorschlag)).toEqual({ ok: false, grund: 'rolle' });
    }
  });

  it('trennt die Rollen: die Kommune setzt ihren Fortschritt, die Begleitung klärt und schlägt vor', () => {
    expect(pruefeUebergang('neu', 'in_klaerung', K, mitVorschlag)).toEqual({ ok: false, grund: 'rolle' });
    expect(pruefeUebergang('loesungen_vorgeschlagen', 'in_umsetzung', B, mitVorschlag)).toEqual({ ok: false, grund: 'rolle' });
    expect(pruefeUebergang('in_umsetzung', 'erledigt', B, mitVorschlag)).toEqual({ ok: false, grund: 'rolle' });
    // Wer beides ist (z. B. Lotse und Mitglied), darf beides.
    expect(pruefeUebergang('in_umsetzung', 'erledigt', ['kommune', 'begleitung'], mitVorschlag)).toEqual({ ok: true });
    // Ohne Beteiligung geht nichts.
    for (const u of UEBERGAENGE) expect(pruefeUebergang(u.von, u.nach, [], mitVorschlag)).toEqual({ ok: false, grund: 'rolle' });
  });

  it('verlangt für „Lösungen vorgeschlagen“ mindestens einen Vorschlag', () => {
    expect(pruefeUebergang('in_klaerung', 'loesungen_vorgeschlagen', B, { vorschlaege: 0 })).toEqual({ ok: false, grund: 'vorschlag_fehlt' });
    expect(pruefeUebergang('keine_passende_loesung', 'loesungen_vorgeschlagen', B, { vorschlaege: 0 })).toEqual({ ok: false, grund: 'vorschlag_fehlt' });
  });

  it('kennt die dokumentierten Rückwege und sonst keine', () => {
    expect(pruefeUebergang('loesungen_vorgeschlagen', 'in_klaerung', K, mitVorschlag)).toEqual({ ok: true });
    expect(pruefeUebergang('loesungen_vorgeschlagen', 'in_klaerung', B, mitVorschlag)).toEqual({ ok: true });
    expect(pruefeUebergang('in_umsetzung', 'loesungen_vorgeschlagen', K, mitVorschlag)).toEqual({ ok: true });
    expect(pruefeUebergang('erledigt', 'in_umsetzung', K, mitVorschlag)).toEqual({ ok: true });
    expect(pruefeUebergang('keine_passende_loesung', 'in_klaerung', B, { vorschlaege: 0 })).toEqual({ ok: true });
    const alle = ['kommune', 'begleitung'] as const;
    for (const ziel of BEDARF_STATUS) {
      if (ziel !== 'in_umsetzung') expect(pruefeUebergang('erledigt', ziel, alle, mitVorschlag).ok).toBe(false);
      expect(pruefeUebergang(ziel, 'neu', alle, mitVorschlag).ok).toBe(false); // zurück auf „neu“ gibt es nicht
    }
    expect(pruefeUebergang('in_klaerung', 'in_klaerung', B, mitVorschlag)).toEqual({ ok: false, grund: 'unveraendert' });
    expect(pruefeUebergang('neu', 'in_umsetzung', K, mitVorschlag)).toEqual({ ok: false, grund: 'nicht_vorgesehen' });
  });

  it('hat für jeden Übergang eine gültige Beteiligung und keine Dubletten', () => {
    const schluessel = UEBERGAENGE.map((u) => `${u.von}>${u.nach}`);
    expect(new Set(schluessel).size).toBe(schluessel.length);
    for (const u of UEBERGAENGE) {
      expect(u.wer.length).toBeGreaterThan(0);
      expect(u.von).not.toBe(u.nach);
    }
  });

  it('nennt der Oberfläche die möglichen Ziele je Rolle', () => {
    const ziele = (von: BedarfStatus, wer: readonly ('kommune' | 'begleitung')[], vorschlaege = 0) => erlaubteZiele(von, wer, { vorschlaege }).map((z) => z.status).sort();
    expect(ziele('neu', B)).toEqual(['in_klaerung', 'keine_passende_loesung']);
    expect(ziele('neu', B, 2)).toEqual(['in_klaerung', 'keine_passende_loesung', 'loesungen_vorgeschlagen']);
    expect(ziele('neu', K)).toEqual(['erledigt']);
    expect(ziele('loesungen_vorgeschlagen', K, 1)).toEqual(['erledigt', 'in_klaerung', 'in_umsetzung']);
    expect(erlaubteZiele('neu', B, { vorschlaege: 0 }).find((z) => z.status === 'keine_passende_loesung')?.brauchtKommentar).toBe(true);
  });

  it('lässt nur die Begleitung in passenden Status vorschlagen', () => {
    expect(darfVorschlagen('neu', B)).toBe(true);
    expect(darfVorschlagen('keine_passende_loesung', B)).toBe(true);
    expect(darfVorschlagen('in_umsetzung', B)).toBe(false);
    expect(darfVorschlagen('erledigt', B)).toBe(false);
    expect(darfVorschlagen('neu', K)).toBe(false);
  });
});

describe('Beteiligungen aus der Zugriffsschicht', () => {
  const konto = (teil: Partial<Konto>): Konto => ({ id: 'x', email: 'x@x', name: 'X', rollen: [], mitgliedschaften: [], regionen: [], ...teil });
  const giessen = '065310005005';
  it('leitet Kommune und Begleitung aus policy.ts ab', () => {
    expect(beteiligungen(konto({ mitgliedschaften: [{ kommuneId: giessen, rolle: 'mitglied' }] }), giessen)).toEqual(['kommune']);
    expect(beteiligungen(konto({ rollen: ['lotse'], regionen: ['06'] }), giessen)).toEqual(['begleitung']);
    expect(beteiligungen(konto({ rollen: ['lotse'], regionen: ['06531'] }), giessen)).toEqual(['begleitung']);
    expect(beteiligungen(konto({ rollen: ['lotse'], regionen: ['09'] }), giessen)).toEqual([]);
    expect(beteiligungen(konto({ rollen: ['transferstelle'] }), giessen)).toEqual(['begleitung']);
    expect(beteiligungen(konto({ rollen: ['plattform-admin'] }), giessen)).toEqual([]);
    expect(beteiligungen(null, giessen)).toEqual([]);
  });
});

describe('Alter in Tagen', () => {
  it('rundet ab und wird nie negativ', () => {
    const jetzt = new Date('2025-03-10T12:00:00Z');
    expect(alterInTagen(new Date('2025-03-10T00:00:00Z'), jetzt)).toBe(0);
    expect(alterInTagen(new Date('2025-03-08T12:00:01Z'), jetzt)).toBe(1);
    expect(alterInTagen(new Date('2025-03-11T00:00:00Z'), jetzt)).toBe(0);
  });
});
