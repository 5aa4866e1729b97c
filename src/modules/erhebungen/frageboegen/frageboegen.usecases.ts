/** Abläufe rund um die Fragebögen: beim Start in die Datenbank legen, lesen, auflisten. */
import type { Db } from '../../../core/db/db.ts';
import { erhebungFehler } from '../erhebungen.errors.ts';
import { alleItems, ladeFragebogen, ohneSuchhilfen, stabil, verfuegbareFrageboegen } from './frageboegen.rules.ts';
import type { Fragebogen } from './fragebogen.schemas.ts';
import * as repo from './frageboegen.repository.ts';

/**
 * Start-Aufgabe: legt jede mitgelieferte Fragebogen-Version in der Tabelle `fragebogen` ab. Eine vorhandene
 * Version wird nie überschrieben (gespeicherte Antworten verweisen darauf); weicht die Datei von der
 * gespeicherten Fassung ab, gibt es eine Warnung – Änderungen brauchen eine neue Version. Ausgenommen sind die
 * Suchhilfen (Suchbegriffe, Handlungsfeld, Themen; Entscheidung 0125): Sie bestimmen keine Auswertung und werden in
 * der gespeicherten Fassung nachgetragen, wenn sonst alles gleich ist.
 */
export async function ladeFrageboegenInDb(db: Db, log: (m: string) => void = () => {}): Promise<number> {
  let neu = 0;
  for (const { id, version } of verfuegbareFrageboegen()) {
    const fb = ladeFragebogen(id, version);
    if (await repo.fragebogenEinfuegen(db, fb)) {
      neu++;
      continue;
    }
    const gespeichert = await repo.gespeicherteDefinition(db, id, version);
    if (stabil(gespeichert) === stabil(fb)) continue;
    if (stabil(ohneSuchhilfen(gespeichert)) === stabil(ohneSuchhilfen(fb))) {
      await repo.suchhilfenNachtragen(db, fb);
      log(`Erhebungen: Suchhilfen von Fragebogen ${id} v${version} nachgetragen (Auswertung unverändert).`);
      continue;
    }
    log(`Warnung: Fragebogen ${id} v${version} weicht von der gespeicherten Fassung ab; sie bleibt unverändert. Änderungen brauchen eine neue Version.`);
  }
  if (neu) log(`Erhebungen: ${neu} Fragebogen-Version(en) geladen.`);
  return neu;
}

/** Eine Fragebogen-Version aus der Datenbank (ohne `version`: die neueste). */
export async function fragebogen(db: Db, id: string, version?: number): Promise<Fragebogen> {
  const v = version ?? (await repo.neuesteVersion(db, id));
  if (v === undefined) throw erhebungFehler.fragebogenNichtGefunden();
  const fb = await repo.fragebogenLesen(db, id, v);
  if (!fb) throw erhebungFehler.fragebogenNichtGefunden();
  return fb;
}

export async function listeFrageboegen(db: Db) {
  const items = [];
  for (const z of await repo.neuesteVersionen(db)) {
    const fb = await fragebogen(db, z.id, z.version);
    items.push({
      id: fb.id,
      version: fb.version,
      titel: fb.titel,
      beschreibung: fb.beschreibung,
      quelle: fb.quelle,
      dimensionen: fb.dimensionen.map((d) => ({ id: d.id, titel: d.titel, beschreibung: d.beschreibung })),
      anzahlFragen: alleItems(fb).length,
    });
  }
  return { items, total: items.length };
}
