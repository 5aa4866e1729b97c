import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../testing/testApp.ts';
import { fuegeTestLoesungenEin } from './matching.testdaten.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp({ seed: async (db) => void (await fuegeTestLoesungenEin(db)) });
});
afterAll(async () => env?.close());

interface Treffer {
  externalId: string | null;
  passung: 'gut' | 'moeglich' | 'schwach';
  sprache?: string;
  reasons: { art: string; text: string; stelle?: { von: number; bis: number; satz: string } }[];
}
async function suche(text: string): Promise<Treffer[]> {
  const r = await (await env.als('anonym')).post('/api/matching', { text, limit: 10 });
  expect(r.status, r.body).toBe(200);
  return r.json<Treffer[]>();
}

describe('Passung der Treffer (Issue 10, Punkt 1)', () => {
  it('ein klarer Bedarf: die richtige Lösung ist „gut“, der Schwanz nicht', async () => {
    const t = await suche('Online-Terminvergabe für das Bürgerbüro');
    expect(t[0]).toMatchObject({ externalId: 'T-BUERGERBUERO', passung: 'gut' });
    expect(t.slice(1).every((x) => x.passung !== 'gut')).toBe(true);
  });
  it('ein Bedarf, zu dem nichts passt, bekommt keinen „guten“ Treffer', async () => {
    const t = await suche('Unsere Städtepartnerschaft mit einer Gemeinde in der Bretagne schläft ein, wir brauchen einen Termin für die Austauschfahrt');
    // the words „Termin“, „Gemeinde“ still find something, but nothing that fits
    expect(t.length).toBeGreaterThan(0);
    expect(t.every((x) => x.passung === 'moeglich' || x.passung === 'schwach')).toBe(true);
  });
  it('englische Lösungen tragen "sprache": "en", deutsche nicht', async () => {
    const t = await suche('Rechnungen von Lieferanten elektronisch annehmen, invoice workflow');
    const en = t.find((x) => x.externalId === 'T-EN-INVOICE');
    expect(en?.sprache).toBe('en');
    expect(t.find((x) => x.externalId === 'T-RECHNUNG')?.sprache).toBeUndefined();
  });
});

describe('Keine „Korrektur“ richtiger Wörter (Issue 10, Punkt 4)', () => {
  it('„warten“ und „dauernd“ bleiben, wie sie sind; ein echter Tippfehler wird korrigiert', async () => {
    const t = await suche('Unsere Bürger warten dauernd auf Termine im Bürgerbüro');
    const korrigiert = t.flatMap((x) => x.reasons).filter((g) => g.art === 'tippfehler').map((g) => g.text);
    expect(korrigiert.filter((g) => /warten|dauernd/.test(g))).toEqual([]);
    expect(t[0].externalId).toBe('T-BUERGERBUERO');
    const tipp = await suche('Rechnugen digital freigeben');
    expect(tipp[0].externalId).toBe('T-RECHNUNG');
    expect(tipp[0].reasons.some((g) => g.art === 'tippfehler')).toBe(true);
  });
});

describe('Stelle im langen Text je Grund (Issue 10, Punkt 2)', () => {
  it('jeder Grund aus dem Text nennt Position und Satz, aus dem er stammt', async () => {
    const text = 'Wir sind eine kleine Gemeinde im Vogelsberg mit drei Ortsteilen. Unsere Bürger warten montags ewig auf Termine im Bürgerbüro. Der Bürgermeister möchte das ändern.';
    const t = await suche(text);
    expect(t[0].externalId).toBe('T-BUERGERBUERO');
    const ausText = t[0].reasons.filter((g) => ['begriff', 'schreibweise', 'synonym', 'wortteil', 'wortfamilie', 'tippfehler'].includes(g.art));
    expect(ausText.length).toBeGreaterThan(0);
    for (const g of ausText) {
      expect(g.stelle, g.text).toBeDefined();
      expect(text.slice(g.stelle!.von, g.stelle!.bis).length).toBeGreaterThan(1);
      expect(g.text).toContain(`„${text.slice(g.stelle!.von, g.stelle!.bis)}“`);
    }
    const termin = ausText.find((g) => g.text.startsWith('„Termine“'))!;
    expect(termin.stelle!.satz).toBe('Unsere Bürger warten montags ewig auf Termine im Bürgerbüro.');
    // structured signals come from no part of the text
    expect(t[0].reasons.filter((g) => g.art === 'handlungsfeld' || g.art === 'siegel').every((g) => !g.stelle)).toBe(true);
  });
});

describe('Echte Übernahmen im Ranking (Issue 11, Punkt 4)', () => {
  it('Kommunen mit einem Projekt in Betrieb und berichtete Wirkung zählen als Grund, aus dem gespeicherten Stand der Übernahmen', async () => {
    const vorher = (await suche('Online-Terminvergabe für das Bürgerbüro'))[0];
    expect(vorher.externalId).toBe('T-BUERGERBUERO');
    expect(vorher.reasons.map((g) => g.text).join(' | ')).not.toMatch(/berichten Wirkung/);
    const l = await env.db.k.selectFrom('loesung').select('id').where('external_id', '=', 'T-BUERGERBUERO').executeTakeFirstOrThrow();
    // The stored figures of the adoptions (uebernahmen, decisions 0114/0142): two Kommunen in operation,
    // three report an effect from step 4.
    await env.db.k.insertInto('uebernahme_nutzung_stand').values({
      loesung_id: l.id, umgesetzt_in: ['064400001001', '064400002002'],
      daten: JSON.stringify({ laufend: 1, abgeschlossen: 2, rueckmeldungen: 3, kommunen: 3, kleineGemeinden: 0, wirkungAbStufe4: 3, medianAufwandPersonentage: 12, nachGroessenklasse: [] }),
    } as never).execute();
    const nachher = (await suche('Online-Terminvergabe für das Bürgerbüro'))[0];
    expect(nachher.externalId).toBe('T-BUERGERBUERO');
    const texte = nachher.reasons.map((g) => g.text);
    expect(texte).toContain('3 übernehmende Kommunen berichten Wirkung ab Stufe 4 der Wirkungstreppe');
    expect(texte.some((t) => /Bereits von [2-9] Kommunen übernommen/.test(t))).toBe(true);
  });
});
