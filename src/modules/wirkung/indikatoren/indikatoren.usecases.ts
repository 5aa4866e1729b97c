/**
 * Use case of the indicator page: a Kommune's reference indicators with history, Kreiswert fallback and
 * comparison figures of its Größenklasse and Land (pre-computed at load time, docs/decisions/0082).
 */
import type { Db } from '../../../core/db/db.ts';
import { groessenklasse } from '../../kommunen/index.ts';
import { indikatorFehler } from './indikatoren.errors.ts';
import * as repo from './indikatoren.repository.ts';
import type { IndikatorEintrag, IndikatorenAntwort } from './indikatoren.schemas.ts';
import { ladeProzent, VERSION } from './indikatoren.laden.ts';
import { kreisVon, landVon, reihenfolgeVon, THEMEN, waehleReihe, type Reihe } from './indikatoren.rules.ts';
import type { Ebene } from './indikatoren.table.ts';

function schluesselArt(key: string): repo.SchluesselArt {
  return key.length === 12 ? 'ars' : key.length === 8 ? 'ags' : key.length === 5 ? 'kreis' : 'land';
}

export async function indikatorenDerKommune(db: Db, key: string): Promise<IndikatorenAntwort> {
  const k = await repo.findeKommune(db, key, schluesselArt(key));
  if (!k) throw indikatorFehler.kommuneNichtGefunden();
  if (k.ags.length === 2) throw indikatorFehler.keineEbene();
  const eigeneEbene: Ebene = k.ags.length === 8 ? 'gemeinde' : 'kreis';
  const kreisAgs = kreisVon(k.ags);
  const land = landVon(k.ags);
  const kreisKlasse = k.kreis_einwohner === null ? null : groessenklasse('kreis', Number(k.kreis_einwohner));
  const gemeindeKlasse = eigeneEbene === 'gemeinde' ? k.groessenklasse : null;
  const kommune = { ars: k.id, ags: k.ags, name: k.name, typ: k.typ, land: k.land, groessenklasse: k.groessenklasse, kreisGroessenklasse: kreisKlasse };

  const version = await repo.geladeneVersion(db);
  if (version !== VERSION) {
    return { kommune, laden: { fertig: false, prozent: ladeProzent() }, version, themen: [...THEMEN], items: [] };
  }

  const agsListe = eigeneEbene === 'gemeinde' ? [k.ags, kreisAgs] : [kreisAgs];
  const gruppen: { ebene: Ebene; gruppe: string }[] = [{ ebene: 'kreis', gruppe: `land:${land}` }];
  if (kreisKlasse !== null) gruppen.push({ ebene: 'kreis', gruppe: `gk:${kreisKlasse}` });
  if (eigeneEbene === 'gemeinde') {
    gruppen.push({ ebene: 'gemeinde', gruppe: `land:${land}` });
    if (gemeindeKlasse !== null) gruppen.push({ ebene: 'gemeinde', gruppe: `gk:${gemeindeKlasse}` });
  }
  const [meta, werte, vergleiche, lagen] = await Promise.all([
    repo.metadaten(db, version), repo.werte(db, agsListe), repo.vergleiche(db, gruppen), repo.lagen(db, agsListe),
  ]);

  const reihen = new Map<string, Reihe[]>(); // `${ags}|${id}`
  for (const w of werte) {
    const s = `${w.ags}|${w.indikator_id}`;
    let r = reihen.get(s);
    if (!r) reihen.set(s, (r = []));
    r.push({ jahr: Number(w.jahr), wert: Number(w.wert) });
  }
  const vergleichNach = new Map(vergleiche.map((v) => [`${v.indikator_id}|${v.ebene}|${v.gruppe}`, v]));
  const lageNach = new Map(lagen.map((l) => [`${l.ags}|${l.indikator_id}`, l]));

  const items: IndikatorEintrag[] = [];
  for (const m of [...meta].sort((a, b) => reihenfolgeVon(a.id) - reihenfolgeVon(b.id))) {
    const gewaehlt = waehleReihe(reihen.get(`${k.ags}|${m.id}`) ?? [], eigeneEbene === 'gemeinde' ? reihen.get(`${kreisAgs}|${m.id}`) ?? [] : [], eigeneEbene);
    if (!gewaehlt) continue;
    const ags = gewaehlt.ebene === 'gemeinde' ? k.ags : kreisAgs;
    const klasse = gewaehlt.ebene === 'gemeinde' ? gemeindeKlasse : kreisKlasse;
    const lage = lageNach.get(`${ags}|${m.id}`);
    const gk = klasse === null ? undefined : vergleichNach.get(`${m.id}|${gewaehlt.ebene}|gk:${klasse}`);
    const ld = vergleichNach.get(`${m.id}|${gewaehlt.ebene}|land:${land}`);
    // The position only counts when the unit has a value in the comparison year.
    const imJahr = (jahr: number) => gewaehlt.werte.some((w) => w.jahr === jahr);
    items.push({
      id: m.id, name: m.name, einheit: m.einheit, richtung: m.richtung, thema: m.thema, quelle: m.quelle, lizenz: m.lizenz,
      stand: m.stand, beschreibung: m.beschreibung, ebene: gewaehlt.ebene, werte: [...gewaehlt.werte],
      vergleich: gk && klasse !== null ? {
        art: gewaehlt.ebene, groessenklasse: klasse, jahr: gk.jahr, n: gk.n, median: gk.median, p25: gk.p25, p75: gk.p75,
        anteilNiedriger: imJahr(gk.jahr) ? lage?.anteil_niedriger_gk ?? null : null,
      } : null,
      vergleichLand: ld ? {
        land, jahr: ld.jahr, n: ld.n, median: ld.median, p25: ld.p25, p75: ld.p75,
        anteilNiedriger: imJahr(ld.jahr) ? lage?.anteil_niedriger_land ?? null : null,
      } : null,
    });
  }
  return { kommune, laden: { fertig: true, prozent: null }, version, themen: [...THEMEN], items };
}
