/** Lücken → Bedarfe → Lösungen: die schwächsten Bereiche mit Bedarfsentwurf und passenden Lösungen (über den Matcher). */
import type { Db } from '../../../core/db/db.ts';
import { findeLoesungen, type MatchErgebnis } from '../../matching/index.ts';
import { erhebungFehler } from '../erhebungen.errors.ts';
import type { Fragebogen } from '../frageboegen/fragebogen.schemas.ts';
import { fragebogen } from '../frageboegen/frageboegen.usecases.ts';
import { kommuneInfo, type KommuneInfo } from '../runden/runden.repository.ts';
import { schwaechsteDimensionen, schwaechsteItems } from '../runden/runden.rules.ts';
import { ladeRunde, scoresDerRunde } from '../runden/runden.usecases.ts';
import { nimmtAn } from '../team/team.rules.ts';
import { sichtAufGruppe, vorreiterDerGruppe, type Gruppe } from '../vergleich/vergleich.repository.ts';
import { K_MINDEST, bereicheMitMindestens, vorreiterSchwelle } from '../vergleich/vergleich.rules.ts';
import { LUECKEN_HINWEIS, bedarfBeschreibung, dringlichkeit, reissverschluss, suchauftraege, suchbegriffeDerLuecke, type Suchauftrag } from './luecken.rules.ts';
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

/** So viele Lösungen zeigt eine Lücke höchstens. */
const ANZEIGE = 5;

/**
 * Lösungen zu einer Lücke (Issue 10, Punkt 3; Entscheidung 0126): je kuratiertem Suchbegriff der Themen der schwächsten
 * Fragen (sonst der Dimension) ein Lauf des Matchers mit dem Handlungsfeld des Themas; nur Treffer mit Passung „gut“
 * (die ein Lotse vorschlagen würde), reihum zusammengeführt. Keiner → die Seite sagt, dass es noch keine erprobte Lösung
 * gibt; der angelegte Bedarf zählt dann als ungedeckte Nachfrage (Prüfung im Matching, `ungedeckteNachfrage`).
 */
export async function loesungenZurLuecke(
  db: Db,
  fb: Fragebogen,
  dimensionId: string,
  fragen: { itemId: string; text: string }[],
  kommuneId: string | null,
): Promise<{ treffer: MatchErgebnis[]; auftraege: Suchauftrag[]; suchbegriffe: string[]; begriffe: { begriff: string; handlungsfeld: string }[] }> {
  const auftraege = suchauftraege(fb, dimensionId, fragen);
  const begriffe = suchbegriffeDerLuecke(auftraege);
  const listen: MatchErgebnis[][] = [];
  for (const b of begriffe) {
    const r = await findeLoesungen(db, { text: b.begriff, handlungsfeld: b.handlungsfeld, kommune: kommuneId, limit: 8 });
    listen.push(r.filter((t) => t.passung === 'gut'));
  }
  return { treffer: reissverschluss(listen, 2 * ANZEIGE), auftraege, suchbegriffe: begriffe.map((b) => b.begriff), begriffe };
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
    const suche = await loesungenZurLuecke(db, fb, d.id, fragen, z.kommune_id);
    const handlungsfeld = suche.auftraege[0]?.handlungsfeld ?? null;
    const beschreibung = bedarfBeschreibung(fb.titel, dim, d, fragen, suche.suchbegriffe);
    const ids = suche.treffer.map((t) => t.id);
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
        handlungsfeld,
        dringlichkeit: dringlichkeit(d.score),
        quelle: 'erhebung' as const,
        quelleRef: `${z.id}:${d.id}`,
        ...(suche.begriffe.length ? { suchbegriffe: suche.begriffe } : {}),
      },
      bedarfId: bestehend.find((b) => b.quelle_ref === `${z.id}:${d.id}`)?.id ?? null,
      loesungen,
      // Keine gut passende Lösung: die Seite sagt es offen; als Bedarf angelegt, zählt die Lücke als ungedeckte Nachfrage.
      ungedeckt: loesungen.length === 0,
      suche: { themen: suche.auftraege.map((a) => a.titel), suchbegriffe: suche.suchbegriffe, handlungsfeld },
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
    .slice(0, ANZEIGE);
}
