import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_PFAD = require.resolve('axe-core/axe.min.js');
let axeQuelle: string | undefined;

interface AxeErgebnis {
  violations: { id: string; impact: string | null; help: string; helpUrl: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

/** WCAG 2.1 A and AA – the level BITV 2.0 / EN 301 549 require. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core in the page and fails on any violation with impact "serious" or "critical".
 *
 * The strict CSP (script-src 'self') blocks <script> injection (addScriptTag). page.evaluate runs through the
 * DevTools protocol, which CSP does not apply to – so axe is injected that way and the page's CSP stays intact.
 */
export async function expectPageToBeAccessible(page: Page, opts: { ausschliessen?: string[] } = {}) {
  axeQuelle ??= fs.readFileSync(AXE_PFAD, 'utf8');
  const geladen = await page.evaluate('typeof window.axe === "object"');
  if (!geladen) await page.evaluate(axeQuelle);
  const ergebnis = (await page.evaluate(
    ([tags, ausschliessen]) =>
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (window as any).axe.run(
        { exclude: (ausschliessen as string[]).map((s) => [s]) },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      ),
    [AXE_TAGS, opts.ausschliessen ?? []] as const,
  )) as AxeErgebnis;
  const schwer = ergebnis.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const bericht = schwer
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
  const kurz = schwer.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  expect(kurz, `axe-core meldet auf ${page.url()}:\n${bericht}`).toEqual([]);
}
