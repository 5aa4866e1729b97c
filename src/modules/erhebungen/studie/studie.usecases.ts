/** Studienwerte „Digitale Kommune“ (ÖFIT/KGSt 2019): zu den Antworten einer Runde und als Referenz-Endpunkt. */
import type { Antworten, Fragebogen } from '../frageboegen/fragebogen.schemas.ts';
import { alleItems } from '../frageboegen/frageboegen.rules.ts';
import type { ReferenzBasis, ReferenzMerkmal } from './referenz.schemas.ts';
import { GRUNDLAGE, ladeReferenzdaten, referenzFuer, studienvergleiche } from './studie.rules.ts';

/** Studienwerte zu den Antworten: Sätze je Frage und Werte für das Balkendiagramm (nur genaue Treffer). */
export function studie(fb: Fragebogen, antworten: Antworten, name: string, art: 'gemeinde' | 'kreis', klasse: number) {
  const daten = ladeReferenzdaten(name);
  const items = new Map(alleItems(fb).map((i) => [i.id, i]));
  const saetze = studienvergleiche(fb, antworten, daten, art, klasse).map((s) => ({ itemId: s.itemId, frage: items.get(s.itemId)?.text ?? s.itemId, art: s.art, satz: s.satz }));
  const werte: StudieWert[] = [];
  for (const item of alleItems(fb)) {
    const a = antworten[item.id];
    const gewaehlt = typeof a === 'string' ? [a] : Array.isArray(a) ? a : [];
    for (const o of item.optionen ?? []) {
      if (!o.referenz || !gewaehlt.includes(o.wert) || !o.referenz.auspraegung) continue;
      const t = referenzFuer(daten, art, klasse, o.referenz.merkmal, o.referenz.auspraegung);
      const m = t?.merkmale[0];
      if (!t || !m) continue;
      const basis = m.basis ?? 'alle';
      werte.push({
        itemId: item.id, frage: item.text, merkmal: m.merkmal, auspraegung: o.referenz.auspraegung, prozent: m.prozent,
        ungefaehr: m.ungefaehr === true, ebene: t.ebene, basis, grundlage: GRUNDLAGE[t.ebene][basis], ihreAntwort: o.label,
      });
    }
  }
  const g = daten.gruppen.find((x) => x.art === art && x.groessenklasse === klasse);
  return {
    quelle: { titel: daten.quelle.titel, herausgeber: daten.quelle.herausgeber, jahr: daten.quelle.jahr, url: daten.quelle.weitereInformationen ?? null, nGesamt: daten.gesamt.n },
    gruppe: g ? { art, groessenklasse: klasse, label: g.label, n: g.n, tabelle: g.tabelle } : null,
    saetze,
    werte,
  };
}

interface StudieWert {
  itemId: string; frage: string; merkmal: string; auspraegung: string; prozent: number; ungefaehr: boolean;
  ebene: 'groessenklasse' | 'gesamt'; basis: ReferenzBasis; grundlage: string; ihreAntwort: string;
}

/** Studienwerte je Größenklasse und über alle Kommunen, mit Herkunft, Hinweis, Grundgesamtheit und n. */
export function referenzDigitaleKommune() {
  const d = ladeReferenzdaten('digitale-kommune-2019');
  const m = (x: ReferenzMerkmal) => ({
    bereich: x.bereich, merkmal: x.merkmal, auspraegung: x.auspraegung, prozent: x.prozent,
    ...(x.weitereProzente ? { weitereProzente: x.weitereProzente } : {}),
    ungefaehr: x.ungefaehr === true, basis: x.basis ?? 'alle', herkunft: x.herkunft,
    ...(x.hinweis ? { hinweis: x.hinweis } : {}),
  });
  return {
    quelle: { ...d.quelle, version: d.version },
    gruppen: d.gruppen.map((g) => ({ art: g.art, groessenklasse: g.groessenklasse, n: g.n, tabelle: g.tabelle, label: g.label, merkmale: g.merkmale.map(m) })),
    gesamt: { n: d.gesamt.n, merkmale: d.gesamt.merkmale.map(m) },
  };
}
