import { describe, expect, it } from 'vitest';
import { beurteileAudit } from './audit.ts';

describe('npm audit in CI', () => {
  it('schlägt bei hoch oder kritisch fehl', () => {
    const u = beurteileAudit(JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: { lodash: { name: 'lodash', severity: 'critical' }, minimist: { name: 'minimist', severity: 'low' } },
      metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 0, critical: 1, total: 2 } },
    }));
    expect(u.ergebnis).toBe('fehlschlag');
    expect(u.meldung).toContain('lodash (critical)');
    expect(u.meldung).not.toContain('minimist');
  });
  it('lässt niedrig und mittel durch', () => {
    const u = beurteileAudit(JSON.stringify({ vulnerabilities: {}, metadata: { vulnerabilities: { low: 2, moderate: 1, high: 0, critical: 0 } } }));
    expect(u).toEqual({ ergebnis: 'ok', meldung: 'Keine Schwachstelle der Stufe hoch oder kritisch (3 niedrig/mittel).' });
  });
  it('warnt nur, wenn der Prüfdienst nicht antwortet (z. B. 405 eines Spiegels)', () => {
    const u = beurteileAudit(JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405 }));
    expect(u.ergebnis).toBe('nicht_pruefbar');
    expect(beurteileAudit('').ergebnis).toBe('nicht_pruefbar');
  });
});
