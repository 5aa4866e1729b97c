/** Studienwerte „Digitale Kommune“ (ÖFIT/KGSt 2019): zu den Antworten einer Runde und als Referenz-Endpunkt. */
import type { Antworten, Fragebogen } from '../frageboegen/fragebogen.schemas.ts';
import { alleItems } from '../frageboegen/frageboegen.rules.ts';
import { ladeReferenzdaten, referenzFuer, studienvergleiche } from './studie.rules.ts';

/** Studienwerte zu den Antworten: Sätze je Frage und Werte für das Balkendiagramm. */
export function studie(fb: Fragebogen, antworten: Antworten, name: string, art: 'gemeinde' | 'kreis', klasse: number) {
  const daten = ladeReferenzdaten(name);
  const items = new Map(alleItems(fb).map((i) => [i.id, i]));
  const saetze = studienvergleiche(fb, antworten, daten, art, klasse).map((s) => ({ itemId: s.itemId, frage: items.get(s.itemId)?.text ?? s.itemId, satz: s.satz }));
  const werte: { itemId: string; frage: string; merkmal: string; auspraegung: string; prozent: number; ebene: 'groessenklasse' | 'gesamt'; ihreAntwort: string }[] = [];
  for (const item of alleItems(fb)) {
    const a = antworten[item.id];
    const gewaehlt = typeof a === 'string' ? [a] : Array.isArray(a) ? a : [];
    for (const o of item.optionen ?? []) {
      if (!o.referenz || !gewaehlt.includes(o.wert) || !o.referenz.auspraegung) continue;
      const t = referenzFuer(daten, art, klasse, o.referenz.merkmal, o.referenz.auspraegung);
      const m = t?.merkmale[0];
      if (t && m) werte.push({ itemId: item.id, frage: item.text, merkmal: m.merkmal, auspraegung: m.auspraegung, prozent: m.prozent, ebene: t.ebene, ihreAntwort: o.label });
    }
  }
  const g = daten.gruppen.find((x) => x.art === art && x.groessenklasse === klasse);
  return {
    quelle: { titel: daten.quelle.titel, herausgeber: daten.quelle.herausgeber, jahr: daten.quelle.jahr, url: daten.quelle.weitereInformationen ?? null },
    gruppe: g ? { art, groessenklasse: klasse, label: g.label, n: g.n } : null,
    saetze,
    werte,
  };
}

/** Studienwerte in der Form aus Issue 4: {quelle, gruppen: [{art, groessenklasse, n, merkmale}], gesamt: {merkmale}}. */
export function referenzDigitaleKommune() {
  const d = ladeReferenzdaten('digitale-kommune-2019');
  const m = (x: { bereich: string; merkmal: string; auspraegung: string; prozent: number }) => ({ bereich: x.bereich, merkmal: x.merkmal, auspraegung: x.auspraegung, prozent: x.prozent });
  return {
    quelle: { ...d.quelle, version: d.version },
    gruppen: d.gruppen.map((g) => ({ art: g.art, groessenklasse: g.groessenklasse, n: g.n, merkmale: g.merkmale.map(m) })),
    gesamt: { merkmale: d.gesamt.merkmale.map(m) },
  };
}
