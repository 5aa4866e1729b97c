/** Lücken → Bedarfe → Lösungen: die schwächsten Bereiche mit Bedarfsentwurf und passenden Lösungen (über den Matcher). */
import type { Db } from '../../../core/db/db.ts';
import { findeLoesungen } from '../../matching/index.ts';
import { erhebungFehler } from '../erhebungen.errors.ts';
import type { Fragebogen } from '../frageboegen/fragebogen.schemas.ts';
import { fragebogen } from '../frageboegen/frageboegen.usecases.ts';
import { kommuneInfo, type KommuneInfo } from '../runden/runden.repository.ts';
import { schwaechsteDimensionen, schwaechsteItems } from '../runden/runden.rules.ts';
import { ladeRunde, scoresDerRunde } from '../runden/runden.usecases.ts';
import { nimmtAn } from '../team/team.rules.ts';
import { sichtAufGruppe, vorreiterDerGruppe, type Gruppe } from '../vergleich/vergleich.repository.ts';
import { K_MINDEST, bereicheMitMindestens, vorreiterSchwelle } from '../vergleich/vergleich.rules.ts';
import { DIMENSION_SUCHE, LUECKEN_HINWEIS, bedarfBeschreibung, dringlichkeit } from './luecken.rules.ts';
import * as repo from './luecken.repository.ts';

interface LoesungTreffer {
  id: string;
  titel: string;
  zusammenfassung: string;
  herkunft: string | null;
  /** Sprache der Lösung ('de' oder 'en'): der PDF-Bericht kennzeichnet englische Titel. */
  sprache: string;
  /** Genutzt von Kommunen gleicher Größenklasse, die in dieser Dimension weiter sind (und als Vorreiter genannt werden wollen). */
  vonKommunenWieIhrer: boolean;
}

async function sucheLoesungen(db: Db, text: string, suche: { handlungsfeld: string } | undefined, kommuneId: string): Promise<string[]> {
  // Only hits a Lotse would propose (calibrated fit „gut“, issue 10); none → the page says no solution exists yet.
  return (await findeLoesungen(db, { text, handlungsfeld: suche?.handlungsfeld ?? null, kommune: kommuneId, limit: 8 })).filter((t) => t.passung === 'gut').map((t) => t.id);
}

/** Die 2–3 schwächsten Dimensionen mit ihren schwächsten Fragen, je einem Bedarfsentwurf und passenden Lösungen. */
export async function luecken(db: Db, id: string) {
  const z = await ladeRunde(db, id);
  const fb = await fragebogen(db, z.fragebogen_id, z.version);
  const k = await kommuneInfo(db, z.kommune_id);
  if (z.modus === 'team' && nimmtAn(z)) throw erhebungFehler.teamLaeuft(Number(z.eingereicht), z.schliesst_am);
  const basis = await scoresDerRunde(db, z, fb);
  if (!basis) throw erhebungFehler.zuWenigeFuerLuecken();
  const vorreiterIds = await vorreiterFuerLoesungen(db, k, fb);
  const anzahl = fb.dimensionen.length > 3 ? 3 : 2;
  const schwach = schwaechsteDimensionen(basis.ergebnis, anzahl);
  const items = schwaechsteItems(fb, basis.antworten, 1000);
  const bestehend = await repo.bedarfeAusLuecken(db, z.kommune_id, schwach.map((d) => `${z.id}:${d.id}`));

  const ergebnisse = [];
  for (const d of schwach) {
    const dim = fb.dimensionen.find((x) => x.id === d.id)!;
    const fragen = items.filter((i) => i.dimension === d.id).slice(0, 2);
    const suche = DIMENSION_SUCHE[d.id];
    const beschreibung = bedarfBeschreibung(fb.titel, dim, d, fragen);
    const ids = await sucheLoesungen(db, `${dim.titel}\n${dim.beschreibung}\n${fragen.map((f) => f.text).join('\n')}\n${suche?.begriffe.join(' ') ?? ''}`, suche, z.kommune_id);
    // Vorreiter zählen nur, wenn die eigene Kommune hier unter Stufe 4 liegt: dann sind sie sicher „weiter“, ohne
    // dass ihr genauer Wert mit dem eigenen (in einer offenen Runde beliebig veränderbaren) Wert verglichen wird.
    const weiterIds = d.score !== null && d.score < vorreiterSchwelle(fb.stufen) ? (vorreiterIds.get(d.id) ?? []) : [];
    const loesungen = await bewerteLoesungen(db, ids, weiterIds);
    ergebnisse.push({
      dimension: { id: d.id, titel: d.titel, score: d.score, stufe: d.stufe },
      fragen: fragen.map((f) => ({ itemId: f.itemId, text: f.text, punkte: f.punkte })),
      bedarfEntwurf: {
        kommuneId: z.kommune_id,
        titel: `${dim.titel}: nächste Schritte`.slice(0, 200),
        beschreibung: beschreibung.slice(0, 10_000),
        handlungsfeld: suche?.handlungsfeld ?? null,
        dringlichkeit: dringlichkeit(d.score),
        quelle: 'erhebung' as const,
        quelleRef: `${z.id}:${d.id}`,
      },
      bedarfId: bestehend.find((b) => b.quelle_ref === `${z.id}:${d.id}`)?.id ?? null,
      loesungen,
      hinweis: loesungen.some((l) => l.vonKommunenWieIhrer) ? LUECKEN_HINWEIS : null,
    });
  }
  return { rundeId: z.id, fragebogen: { id: fb.id, version: fb.version, titel: fb.titel }, luecken: ergebnisse };
}

/**
 * Vorreiter der Vergleichsgruppe je Dimension (veröffentlichter Stand, Einwilligung, ohne die eigene Kommune) –
 * nur für Dimensionen, in denen mindestens 5 andere Kommunen hinter dem Vergleich stehen (wie in /vergleich).
 */
async function vorreiterFuerLoesungen(db: Db, k: KommuneInfo, fb: Fragebogen): Promise<Map<string, string[]>> {
  if (!k.art || !k.groessenklasse) return new Map();
  const gruppe: Gruppe = { kommuneId: k.id, fragebogenId: fb.id, version: fb.version, art: k.art, groessenklasse: k.groessenklasse };
  const sicht = await sichtAufGruppe(db, gruppe);
  const vorreiter = await vorreiterDerGruppe(db, gruppe);
  return new Map(
    [...vorreiter].flatMap(([dim, liste]) => (bereicheMitMindestens(sicht.get(dim) ?? [], K_MINDEST).length ? [[dim, liste.map((v) => v.id)] as [string, string[]]] : [])),
  );
}

/**
 * Lösungen zu den Treffern, bevorzugt die, die Vorreiter der Vergleichsgruppe (mit Einwilligung, mindestens
 * Stufe 4 beim letzten Lauf) entwickelt haben oder nutzen. Der Vorzug hängt nur vom veröffentlichten Stand und
 * vom eigenen Wert ab – die Reihenfolge verrät keinen Wert einer anderen Kommune.
 */
async function bewerteLoesungen(db: Db, ids: string[], weiterIds: string[]): Promise<LoesungTreffer[]> {
  if (!ids.length) return [];
  const zeilen = await repo.veroeffentlichteLoesungen(db, ids);
  let weiter = new Set<string>();
  if (weiterIds.length) {
    const genutzt = await repo.genutzteLoesungen(db, weiterIds, ids);
    weiter = new Set([...genutzt, ...zeilen.filter((l) => l.kommune_id && weiterIds.includes(l.kommune_id)).map((l) => l.id)]);
  }
  const reihenfolge = new Map(ids.map((id, i) => [id, i]));
  return zeilen
    .map((l) => ({
      id: l.id,
      titel: l.titel,
      zusammenfassung: l.zusammenfassung,
      herkunft: l.kommune_name ?? l.herkunft_text,
      sprache: l.sprache,
      vonKommunenWieIhrer: weiter.has(l.id),
    }))
    .sort((a, b) => Number(b.vonKommunenWieIhrer) - Number(a.vonKommunenWieIhrer) || reihenfolge.get(a.id)! - reihenfolge.get(b.id)!)
    .slice(0, 5);
}
