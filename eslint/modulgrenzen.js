// Local ESLint rule `lotse/modulgrenzen`: keeps the module boundaries that docs/how-to/neues-modul.md
// describes. Written by hand (about 60 lines) because it resolves each relative import to its file and
// checks the target folder; a pattern list per folder depth would be longer and easier to get wrong.
//
// - src/core/** imports nothing from src/modules/**.
// - A file in src/modules/<a>/** imports another module <b> only through its public faces:
//   src/modules/<b>/index.ts (server) or src/modules/<b>/ui/index.ts (web).
// - A page (src/modules/<a>/ui/**) imports another module only through its web face ui/index.ts: the
//   server face would pull server code into the browser bundle.
// - Test files (*.test.ts) may seed data through another module's internals; product code may not.
// - src/web/** (the app shell) imports modules only through their web face src/modules/<b>/ui/index.ts.
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '..', 'src');
const MODULES = path.join(SRC, 'modules');
const CORE = path.join(SRC, 'core');
const WEB = path.join(SRC, 'web');

/** Module folder name of an absolute path inside src/modules, or null. */
function modulVon(datei) {
  const rel = path.relative(MODULES, datei);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [erstes] = rel.split(path.sep);
  return erstes && erstes !== rel ? erstes : null;
}

function istGesicht(ziel, modul) {
  return ziel === path.join(MODULES, modul, 'index.ts') || ziel === path.join(MODULES, modul, 'ui', 'index.ts');
}

export const modulgrenzen = {
  meta: {
    type: 'problem',
    docs: { description: 'Module nur über ihre öffentlichen Gesichter (index.ts, ui/index.ts) importieren; core importiert keine Module.' },
    messages: {
      kern: 'src/core darf nichts aus src/modules importieren ({{ziel}}). Module hängen von core ab, nicht umgekehrt.',
      tief: 'Das Modul „{{modul}}“ wird nur über src/modules/{{modul}}/index.ts (Server) oder ui/index.ts (Web) importiert, nicht über {{ziel}}.',
      seite: 'Eine Seite importiert das Modul „{{modul}}“ nur über sein Web-Gesicht src/modules/{{modul}}/ui/index.ts, nicht über {{ziel}}.',
      web: 'Die Web-Hülle importiert Module nur über ihr Web-Gesicht src/modules/{{modul}}/ui/index.ts, nicht über {{ziel}}.',
    },
    schema: [],
  },
  create(context) {
    const datei = path.resolve(context.filename);
    const eigenesModul = /\.test\.tsx?$/.test(datei) ? null : modulVon(datei);
    const inKern = datei.startsWith(CORE + path.sep);
    const inWeb = datei.startsWith(WEB + path.sep);
    const inSeite = !!eigenesModul && datei.startsWith(path.join(MODULES, eigenesModul, 'ui') + path.sep);
    const pruefe = (knoten, quelle) => {
      if (typeof quelle !== 'string' || !quelle.startsWith('.')) return;
      const ziel = path.resolve(path.dirname(datei), quelle);
      const anzeige = path.relative(SRC, ziel);
      if (inKern) {
        if (ziel.startsWith(MODULES + path.sep)) context.report({ node: knoten, messageId: 'kern', data: { ziel: anzeige } });
        return;
      }
      const zielModul = modulVon(ziel);
      if (!zielModul) return;
      if (inWeb && ziel !== path.join(MODULES, zielModul, 'ui', 'index.ts')) context.report({ node: knoten, messageId: 'web', data: { ziel: anzeige, modul: zielModul } });
      else if (inSeite && zielModul !== eigenesModul && ziel !== path.join(MODULES, zielModul, 'ui', 'index.ts')) context.report({ node: knoten, messageId: 'seite', data: { ziel: anzeige, modul: zielModul } });
      else if (eigenesModul && zielModul !== eigenesModul && !istGesicht(ziel, zielModul)) context.report({ node: knoten, messageId: 'tief', data: { ziel: anzeige, modul: zielModul } });
    };
    return {
      ImportDeclaration: (n) => pruefe(n, n.source.value),
      ExportNamedDeclaration: (n) => n.source && pruefe(n, n.source.value),
      ExportAllDeclaration: (n) => pruefe(n, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && pruefe(n, n.source.value),
    };
  },
};

export default { rules: { modulgrenzen } };
