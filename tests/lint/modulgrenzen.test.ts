import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint rule `lotse/modulgrenzen` (eslint/modulgrenzen.js) with the project's own configuration:
 * each case lints a small file as if it lay at the given place in src/.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function fehler(datei: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: path.join(ROOT, datei) });
  return r.messages.filter((m) => m.ruleId === 'lotse/modulgrenzen').map((m) => m.message);
}

describe('Modulgrenzen (Lint)', () => {
  it('weist einen tiefen Import in ein anderes Modul ab', async () => {
    const f = await fehler('src/modules/bedarfe/beispiel.ts', "import { findeLoesungen } from '../matching/matching.ts';\nexport const x = findeLoesungen;\n");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatch(/nur über src\/modules\/matching\/index\.ts/);
  });

  it('lässt den Import über das öffentliche Gesicht zu', async () => {
    expect(await fehler('src/modules/bedarfe/beispiel.ts', "import { findeLoesungen } from '../matching/index.ts';\nexport const x = findeLoesungen;\n")).toEqual([]);
    expect(await fehler('src/modules/bedarfe/beispiel.ts', "import { x } from './bedarfe.service.ts';\nexport const y = x;\n")).toEqual([]);
  });

  it('verbietet core jeden Import aus den Modulen', async () => {
    const f = await fehler('src/core/beispiel.ts', "import { module } from '../modules/index.ts';\nexport const x = module;\n");
    expect(f[0]).toMatch(/src\/core darf nichts aus src\/modules importieren/);
  });

  it('Seiten erreichen andere Module nur über deren Web-Gesicht (kein Servercode im Browser)', async () => {
    expect(await fehler('src/modules/transfer/ui/Beispiel.tsx', "import { BEDARF_STATUS } from '../../bedarfe/index.ts';\nexport const x = BEDARF_STATUS;\n")).toHaveLength(1);
    expect(await fehler('src/modules/transfer/ui/Beispiel.tsx', "import { StatusBadge } from '../../bedarfe/ui/index.ts';\nexport const x = StatusBadge;\n")).toEqual([]);
  });
});
