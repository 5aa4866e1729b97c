/**
 * Abläufe des Vergleichs: der geplante Lauf (Start-Aufgabe mit Zeitgeber), die Sicht einer Runde auf ihre
 * Vergleichsgruppe und die Einwilligungen als „Vorreiter“.
 */
import type { Db } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import type { StartOptionen } from '../../../core/modul.ts';
import { erhebungFehler } from '../erhebungen.errors.ts';
import { fragebogen } from '../frageboegen/frageboegen.usecases.ts';
import { iso, kommuneInfo } from '../runden/runden.repository.ts';
import { endgueltig, ladeRunde, scoresDerRunde } from '../runden/runden.usecases.ts';
import { studie } from '../studie/studie.usecases.ts';
import { K_MINDEST, bereicheMitMindestens, medianBereich, positionIn, type Bereich, type Position } from './vergleich.rules.ts';
import { aktualisiereVergleichsstand, letzterLauf, sichtAufGruppe, vorreiterDerGruppe, vorreiterEinwilligungen, vorreiterErsetzen, type Gruppe } from './vergleich.repository.ts';

/** Abstand der Läufe aus LOTSE_VERGLEICH_STUNDEN (Standard 24; auch Bruchteile, z. B. 0.5). */
export function vergleichIntervallMs(env: NodeJS.ProcessEnv = process.env): number {
  const roh = env.LOTSE_VERGLEICH_STUNDEN;
  const stunden = roh === undefined || roh === '' ? 24 : Number(roh);
  if (!Number.isFinite(stunden) || stunden <= 0) throw new Error(`LOTSE_VERGLEICH_STUNDEN ungültig: ${roh} (erwartet: Stunden > 0)`);
  return stunden * 3600_000;
}

/** Rechnet neu, wenn seit dem letzten Lauf mindestens ein Intervall vergangen ist (oder es noch keinen gibt). */
export async function aktualisiereWennFaellig(db: Db, intervallMs: number, jetzt: Date = new Date()): Promise<boolean> {
  const zuletzt = await letzterLauf(db);
  if (zuletzt && jetzt.getTime() - zuletzt.getTime() < intervallMs) return false;
  await aktualisiereVergleichsstand(db, jetzt);
  return true;
}

/**
 * Start-Aufgabe: beim Start nur rechnen, wenn fällig (häufige Neustarts veröffentlichen also nicht öfter),
 * außer `sofort` (neue Demo-Runden). Danach prüft ein Zeitgeber regelmäßig, ob ein Lauf fällig ist.
 */
export async function vergleichsstandStart(db: Db, opts: StartOptionen, sofort = false): Promise<void> {
  const intervall = vergleichIntervallMs();
  const neu = sofort ? (await aktualisiereVergleichsstand(db), true) : await aktualisiereWennFaellig(db, intervall);
  if (neu) opts.log('Erhebungen: Vergleichsstand berechnet.');
  const timer = setInterval(() => {
    aktualisiereWennFaellig(db, intervall)
      .then((ja) => (ja ? opts.log('Erhebungen: Vergleichsstand neu berechnet.') : undefined))
      .catch((err: unknown) => opts.log(`Warnung: Vergleichsstand konnte nicht berechnet werden: ${err instanceof Error ? err.message : String(err)}`));
  }, Math.min(intervall, 15 * 60_000));
  timer.unref();
}


export interface PeerDimension {
  id: string;
  titel: string;
  /** Eigener Wert – nur für eine abgeschlossene Runde (offene Runden werden nicht verglichen). */
  score: number | null;
  /** false: weniger als 5 andere Kommunen beim letzten Lauf – nichts wird gezeigt. */
  verfuegbar: boolean;
  anzahlKommunen: number | null;
  /** Veröffentlichte Bereiche (Vielfache von 10, lückenlos 0–100), je mindestens 5 andere Kommunen. */
  bereiche: Bereich[];
  /** Bereich, in dem die mittlere Kommune liegt. */
  medianBereich: { von: number; bis: number } | null;
  /** Eigene Position zwischen den Bereichen (nur eigener Wert + Bereiche). */
  position: Position | null;
  vorreiter: string[];
}

/**
 * Vergleich einer Runde mit anderen Kommunen derselben Art und Größenklasse – aus dem veröffentlichten Stand des
 * letzten geplanten Laufs (vergleich.repository.ts), ohne die eigene Kommune. Was über andere gesagt wird, hängt
 * weder von den eigenen Antworten noch von Runden ab, die seit dem Lauf abgeschlossen wurden (Entscheidung 0042).
 */
export async function vergleich(db: Db, id: string) {
  const z = await ladeRunde(db, id);
  const fb = await fragebogen(db, z.fragebogen_id, z.version);
  const k = await kommuneInfo(db, z.kommune_id);
  if (!k.art || !k.groessenklasse) throw erhebungFehler.keineGroessenklasse();
  const fest = endgueltig(z);
  const basis = await scoresDerRunde(db, z, fb);
  const eigen = new Map(fest && basis ? basis.ergebnis.dimensionen.map((d) => [d.id, d.score]) : []);
  const gruppe: Gruppe = { kommuneId: k.id, fragebogenId: fb.id, version: fb.version, art: k.art, groessenklasse: k.groessenklasse };
  const [sicht, vorreiter, lauf] = [await sichtAufGruppe(db, gruppe), await vorreiterDerGruppe(db, gruppe), await letzterLauf(db)];

  const dimensionen: PeerDimension[] = fb.dimensionen.map((d) => {
    const score = eigen.get(d.id) ?? null;
    const bereiche = bereicheMitMindestens(sicht.get(d.id) ?? [], K_MINDEST);
    const frei = bereiche.length > 0;
    return {
      id: d.id,
      titel: d.titel,
      score,
      verfuegbar: frei,
      anzahlKommunen: frei ? bereiche.reduce((s, b) => s + b.anzahl, 0) : null,
      bereiche,
      medianBereich: frei ? medianBereich(bereiche) : null,
      position: frei ? positionIn(bereiche, score) : null,
      // Namen nur, wenn mindestens 5 andere Kommunen hinter dem Vergleich stehen.
      vorreiter: frei ? (vorreiter.get(d.id) ?? []).slice(0, 5).map((v) => v.name) : [],
    };
  });

  return {
    rundeId: z.id,
    fragebogen: { id: fb.id, version: fb.version, titel: fb.titel },
    gruppe: { art: k.art, groessenklasse: k.groessenklasse },
    kMindest: K_MINDEST,
    eigeneRundeAbgeschlossen: fest,
    stand: { berechnetAm: lauf ? iso(lauf) : null },
    dimensionen,
    // Auch die Studienwerte erst für eine abgeschlossene Runde: die Antwort hängt dann nicht von Zwischenständen ab.
    studie: fest && basis && fb.referenzdaten ? studie(fb, basis.antworten, fb.referenzdaten, k.art, k.groessenklasse) : null,
  };
}

// ---- Vorreiter -----------------------------------------------------------------------------------

export async function vorreiterSetzen(db: Db, kontoId: string, kommuneId: string, fragebogenId: string, dimensionen: string[]) {
  const fb = await fragebogen(db, fragebogenId);
  const bekannt = new Set(fb.dimensionen.map((d) => d.id));
  const unbekannt = dimensionen.filter((d) => !bekannt.has(d));
  if (unbekannt.length) throw erhebungFehler.unbekannteDimensionen(unbekannt);
  const liste = [...new Set(dimensionen)];
  await db.k.transaction().execute(async (tx) => {
    await vorreiterErsetzen(tx, kommuneId, fb.id, liste);
    await protokolliere(tx, { kommuneId, kontoId, aktion: 'erhebung.vorreiter_geaendert', objektTyp: 'vorreiter_optin', objektId: fb.id, details: { dimensionen: liste } });
  });
  return { fragebogenId: fb.id, dimensionen: liste };
}

export async function vorreiterLesen(db: Db, kommuneId: string) {
  const items: Record<string, string[]> = {};
  for (const r of await vorreiterEinwilligungen(db, kommuneId)) (items[r.fragebogen_id] ??= []).push(r.dimension);
  return { items };
}
