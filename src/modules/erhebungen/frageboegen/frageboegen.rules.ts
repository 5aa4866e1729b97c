/**
 * Fragebögen als Daten: die ausgelieferten JSON-Versionen laden und ihre Items durchgehen (rein, ohne Datenbank).
 * Punkte, Gewichte, Umkehrungen und Reifegrad-Stufen stehen in den Daten; der Code wendet sie nur an.
 */
import loV1 from './lernende-organisation.v1.json' with { type: 'json' };
import dkV1 from './digitale-kommune.v1.json' with { type: 'json' };
import { HANDLUNGSFELDER } from '../../loesungen/index.ts';
import { auslieferbarerFragebogenSchema, type Antwort, type Antworten, type Fragebogen, type Item } from './fragebogen.schemas.ts';

/** Alle ausgelieferten Fragebogen-Versionen. Alte Versionen bleiben hier, damit gespeicherte Antworten auswertbar bleiben. */
const FRAGEBOGEN_DATEIEN: readonly unknown[] = [loV1, dkV1];

let fragebogenCache: Fragebogen[] | null = null;

function alleFrageboegen(): Fragebogen[] {
  // Das Schema entsteht erst beim ersten Aufruf: HANDLUNGSFELDER ist beim Laden der Module im Kreis noch nicht belegt.
  fragebogenCache ??= FRAGEBOGEN_DATEIEN.map((d) => auslieferbarerFragebogenSchema(HANDLUNGSFELDER).parse(d));
  return fragebogenCache;
}

export class UnbekannterFragebogenFehler extends Error {}

/** Liste der verfügbaren Fragebögen (neueste Version je id zuerst). */
export function verfuegbareFrageboegen(): { id: string; version: number; titel: string }[] {
  return alleFrageboegen()
    .map((f) => ({ id: f.id, version: f.version, titel: f.titel }))
    .sort((a, b) => a.id.localeCompare(b.id) || b.version - a.version);
}

/** Lädt einen Fragebogen; ohne `version` die neueste. Wirft bei unbekannter id/Version. */
export function ladeFragebogen(id: string, version?: number): Fragebogen {
  const passend = alleFrageboegen().filter((f) => f.id === id && (version === undefined || f.version === version));
  const neueste = passend.sort((a, b) => b.version - a.version)[0];
  if (!neueste) throw new UnbekannterFragebogenFehler(`Fragebogen ${id}${version ? ` v${version}` : ''} ist nicht bekannt.`);
  return neueste;
}

export function alleItems(fb: Fragebogen): Item[] {
  return fb.abschnitte.flatMap((a) => a.items);
}

export function istWeissNicht(antwort: Antwort | undefined): boolean {
  return typeof antwort === 'object' && antwort !== null && !Array.isArray(antwort) && antwort.weissNicht === true;
}

/** Ein Item ist sichtbar, wenn es keine Bedingung hat oder die Antwort auf das Bedingungs-Item passt. */
export function istSichtbar(item: Item, antworten: Antworten): boolean {
  if (!item.sichtbarWenn) return true;
  const a = antworten[item.sichtbarWenn.item];
  const erlaubt = item.sichtbarWenn.werte;
  if (typeof a === 'string') return erlaubt.includes(a);
  if (Array.isArray(a)) return a.some((w) => erlaubt.includes(w));
  return false;
}

/** JSON mit sortierten Schlüsseln: vergleicht eine Datei mit der gespeicherten Fassung unabhängig von der Reihenfolge. */
export function stabil(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stabil).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stabil((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * Eine Fassung ohne Suchhilfen (`suche` der Dimensionen, `themen`, `thema` der Fragen): der Teil, der die Auswertung
 * bestimmt. Zwei Fassungen, die sich nur in den Suchhilfen unterscheiden, werten Antworten gleich aus (Entscheidung 0125).
 */
export function ohneSuchhilfen(definition: unknown): unknown {
  if (!definition || typeof definition !== 'object') return definition;
  const { themen: _themen, ...rest } = definition as Record<string, unknown>;
  const dimensionen = Array.isArray(rest.dimensionen)
    ? rest.dimensionen.map((d) => {
        const { suche: _suche, ...ohne } = d as Record<string, unknown>;
        return ohne;
      })
    : rest.dimensionen;
  const abschnitte = Array.isArray(rest.abschnitte)
    ? rest.abschnitte.map((a) => {
        const ab = a as Record<string, unknown>;
        return {
          ...ab,
          items: Array.isArray(ab.items)
            ? ab.items.map((i) => {
                const { thema: _thema, ...ohne } = i as Record<string, unknown>;
                return ohne;
              })
            : ab.items,
        };
      })
    : rest.abschnitte;
  return { ...rest, dimensionen, abschnitte };
}
