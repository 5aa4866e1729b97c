/**
 * Reads the JSON output of `npm audit --json` and decides for CI (docs/decisions/0132): high or critical
 * findings fail; an audit service that cannot be reached or refuses the request (e.g. a registry mirror
 * without the advisory endpoint) only warns – it says nothing about the dependencies.
 */
export interface AuditUrteil {
  ergebnis: 'ok' | 'fehlschlag' | 'nicht_pruefbar';
  meldung: string;
}

interface AuditJson {
  metadata?: { vulnerabilities?: Partial<Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number>> };
  vulnerabilities?: Record<string, { severity?: string; name?: string }>;
  statusCode?: number;
  message?: string;
  error?: { code?: string; summary?: string };
}

export function beurteileAudit(ausgabe: string): AuditUrteil {
  let j: AuditJson;
  try {
    j = JSON.parse(ausgabe) as AuditJson;
  } catch {
    return { ergebnis: 'nicht_pruefbar', meldung: 'npm audit lieferte keine lesbare Antwort.' };
  }
  const v = j.metadata?.vulnerabilities;
  if (!v) {
    const grund = j.error?.summary || j.message || 'unbekannter Fehler';
    return { ergebnis: 'nicht_pruefbar', meldung: `Der Prüfdienst der Registry war nicht nutzbar (${grund}).` };
  }
  const hoch = (v.high ?? 0) + (v.critical ?? 0);
  const pakete = Object.entries(j.vulnerabilities ?? {})
    .filter(([, x]) => x.severity === 'high' || x.severity === 'critical')
    .map(([name, x]) => `${name} (${x.severity})`);
  if (hoch > 0) return { ergebnis: 'fehlschlag', meldung: `${hoch} Schwachstellen der Stufe hoch oder kritisch: ${pakete.join(', ')}.` };
  const rest = (v.low ?? 0) + (v.moderate ?? 0);
  return { ergebnis: 'ok', meldung: `Keine Schwachstelle der Stufe hoch oder kritisch${rest ? ` (${rest} niedrig/mittel)` : ''}.` };
}
