import { useState } from 'react';
import { Alert, Ladeanzeige, Tabelle, useDaten } from '../../../../web/komponenten/index.ts';
import type { AuditAntwort, AuditEintrag } from '../../konten.schemas.ts';
import { datum, k, rolleText, useNeuLadenBei } from './gemeinsam.ts';

const AUDIT_SEITE = 20;

function detailsText(d: unknown): string {
  if (!d || typeof d !== 'object') return '';
  return Object.entries(d as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([schl, v]) => `${schl}: ${['rolle', 'von', 'zu'].includes(schl) ? rolleText(String(v)) : typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(', ');
}

/** Known actions by name; others ("bedarf.status_geaendert") readable: "Bedarf: Status geändert". */
function aktionText(aktion: string): string {
  if (k.aktionen[aktion]) return k.aktionen[aktion];
  const [objekt, ...rest] = aktion.split('.');
  const lesbar = (s: string) => s.replace(/_/g, ' ').replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/(pr|f|zur)ue/g, '$1ü').replace(/\bueb/g, 'üb');
  const o = lesbar(objekt);
  return rest.length ? `${o.charAt(0).toUpperCase()}${o.slice(1)}: ${lesbar(rest.join(' '))}` : o;
}

/** The Kommune's audit log, page by page ("mehr laden" appends the next page). */
export function Audit({ kommuneId, stand }: { kommuneId: string; stand: number }) {
  // Pages loaded before the current one; the current page comes from useDaten.
  const [frueher, setFrueher] = useState<AuditEintrag[]>([]);
  const { daten, fehler, laedt, neuLaden } = useDaten<AuditAntwort>(`/api/kommunen/${kommuneId}/audit?limit=${AUDIT_SEITE}&offset=${frueher.length}`);
  // After a change elsewhere: from the first page again (a new path loads by itself, the same path anew).
  useNeuLadenBei(stand, () => (frueher.length ? setFrueher([]) : neuLaden()));
  // While the next page loads, the earlier pages stay; after a change elsewhere the old first page stays until the new one is there.
  const items = daten === null ? null : laedt && frueher.length ? frueher : [...frueher, ...daten.items];
  const total = daten?.total ?? 0;
  return (
    <section className="lotse-abschnitt" aria-labelledby={`audit-${kommuneId}`}>
      <h3 className="kern-heading-small" id={`audit-${kommuneId}`}>{k.auditTitel}</h3>
      <p className="kern-body">{k.auditEinleitung}</p>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : !items ? <Ladeanzeige /> : items.length === 0 ? <p className="kern-body">{k.auditLeer}</p> : (
        <>
          <Tabelle
            beschriftung={k.auditTitel}
            klein
            gestreift
            spalten={[{ titel: k.spalteZeitpunkt }, { titel: k.spalteWer }, { titel: k.spalteAktion }, { titel: k.spalteDetails }]}
          >
            {items.map((a) => (
              <tr key={a.id} className="kern-table__row">
                <td className="kern-table__cell"><time dateTime={a.zeitpunkt}>{datum.format(new Date(a.zeitpunkt))}</time></td>
                <td className="kern-table__cell">{a.wer ?? k.auditUnbekannt}</td>
                <td className="kern-table__cell">{aktionText(a.aktion)}</td>
                <td className="kern-table__cell">{detailsText(a.details)}</td>
              </tr>
            ))}
          </Tabelle>
          <p className="kern-body kern-body--small" role="status">{k.auditAnzahl(items.length, total)}</p>
          {items.length < total ? (
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setFrueher(items)}>
              <span className="kern-label">{k.auditMehr}</span>
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
