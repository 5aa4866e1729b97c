import { spawnSync } from 'node:child_process';
import { beurteileAudit } from './audit.ts';

/** `npm run audit:ci` (called by .ci/run): npm audit, judged by beurteileAudit (docs/decisions/0132). */
const r = spawnSync('npm', ['audit', '--json', '--audit-level=high'], { encoding: 'utf8', timeout: 120_000 });
const urteil = beurteileAudit(r.stdout ?? '');
if (urteil.ergebnis === 'fehlschlag') {
  console.error(`npm audit: ${urteil.meldung} Beheben mit „npm audit fix“ oder einer neueren Version.`);
  process.exit(1);
}
if (urteil.ergebnis === 'nicht_pruefbar') console.warn(`WARNUNG npm audit: ${urteil.meldung} Die Abhängigkeiten wurden nicht geprüft.`);
else console.log(`npm audit: ${urteil.meldung}`);
