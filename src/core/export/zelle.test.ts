import { describe, expect, it } from 'vitest';
import { csvDatei, csvZeile, istFormel, zelle, zelleZurueck } from './zelle.ts';

const FORMELN = [
  '=1+1', '+1+1', '-2+3', '@SUM(1,2)', '=HYPERLINK("https://evil.example","x")', "=cmd|' /C calc'!A0",
  ' =1+1', '   +1', '\t=1+1', '\r=1+1', '\n=1+1', '\r\n-1', '\u00A0=1', '\u3000=1', '\uFEFF=1', '\u200B=1',
  '＝1+1', '＋1', '－1', '＠A1', '﹦1', '﹢1', '﹣1', '﹫A1', '\u22121',
  '\tText', '\rText', '\nText', ' \tText',
];
const HARMLOS = ['', 'Text', 'Gießen', ' Text mit Leerzeichen', 'a=b', 'E-Mail', '1+1', '12,5', 'x\n=1', "'s-Hertogenbosch", "'", "'Zitat'", 'https://example.org/?a=1'];

describe('istFormel', () => {
  it.each(FORMELN)('erkennt %j als Formel', (s) => expect(istFormel(s)).toBe(true));
  it.each(HARMLOS)('lässt %j als Text', (s) => expect(istFormel(s)).toBe(false));
});

describe('zelle', () => {
  it('stellt Formeln ein Apostroph voran, sonst bleibt der Text gleich', () => {
    for (const s of FORMELN) expect(zelle(s), JSON.stringify(s)).toBe(`'${s}`);
    for (const s of HARMLOS) expect(zelle(s), JSON.stringify(s)).toBe(s);
  });

  it('schützt auch Text, der schon mit Apostroph vor einer Formel beginnt (damit der Import ihn eindeutig zurückholt)', () => {
    expect(zelle("'=1+1")).toBe("''=1+1");
    expect(zelle("''-2")).toBe("'''-2");
    expect(zelle("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
  });

  it('Zahlen sind Zahlenzellen und bleiben, wie sie sind – auch negative', () => {
    expect(zelle(-2)).toBe('-2');
    expect(zelle(-2.5)).toBe('-2.5');
    expect(zelle(0)).toBe('0');
    expect(zelle(-1234.5, (n) => new Intl.NumberFormat('de-DE').format(n))).toBe('-1.234,5');
    expect(zelle(Number.NaN)).toBe('');
    expect(zelle(Number.POSITIVE_INFINITY)).toBe('');
    // The same characters as text are neutralised: a text column never turns into a number or formula.
    expect(zelle('-2')).toBe("'-2");
  });

  it('leere Werte', () => {
    expect(zelle(null)).toBe('');
    expect(zelle(undefined)).toBe('');
  });
});

describe('zelleZurueck (Import einer exportierten Datei)', () => {
  it('holt jeden Text unverändert zurück', () => {
    for (const s of [...FORMELN, ...HARMLOS, "'=1+1", "''=1", "'s-Hertogenbosch", "' =1"]) expect(zelleZurueck(zelle(s)), JSON.stringify(s)).toBe(s);
  });
  it('lässt fremde Dateien in Ruhe: ein Apostroph vor normalem Text bleibt, eine Formel ohne Apostroph auch', () => {
    expect(zelleZurueck("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
    expect(zelleZurueck('=1+1')).toBe('=1+1');
  });
});

describe('CSV', () => {
  it('quotet nach RFC 4180 und entschärft dabei', () => {
    expect(csvZeile(['a', 'b;c', 'd"e', 'f\ng', '=1+1', -3, null], ';')).toBe('a;"b;c";"d""e";"f\ng";\'=1+1;-3;');
    expect(csvZeile([' =1', '\t=1', 'x,y'], ',')).toBe("' =1,'\t=1,\"x,y\"");
    expect(csvZeile(['\r=1'], ',')).toBe('"\'\r=1"');
  });
  it('Datei: BOM, Kopfzeile, CRLF', () => {
    expect(csvDatei(['A', 'B'], [['=x', 1]], ';')).toBe('\uFEFFA;B\r\n\'=x;1\r\n');
    expect(csvDatei(['A'], [], ',', { bom: false })).toBe('A\r\n');
  });
});
