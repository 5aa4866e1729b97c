import { WIRKUNGSTREPPE } from '../../loesungen.schemas.ts';
import type { DetailAntwort as Detail } from '../../loesungen.schemas.ts';
import { loesungen as t } from '../texte.ts';

const d = t.detail;

/** The seven steps of the Wirkungstreppe; the highest proven step is marked in text, not only by colour. */
function Wirkungstreppe({ stufe }: { stufe: number | null }) {
  return (
    <ol className="kern-list kern-list--number" aria-label={d.wirkungstreppe}>
      {Object.entries(WIRKUNGSTREPPE).map(([n, s]) => {
        const nr = Number(n);
        const erreicht = stufe != null && nr <= stufe;
        return (
          <li key={n} className={nr === stufe ? 'kern-body--bold' : undefined} style={erreicht ? undefined : { color: 'var(--kern-color-layout-text-muted)' }}>
            {s.label} <span className="kern-body--small">({s.ebene})</span>
            {nr === stufe ? <> – <span>{d.hoechsteStufe}</span></> : erreicht ? <span className="kern-sr-only"> – {d.erreicht}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Proven impact: the step reached, the Wirkungstreppe, the description and its sources. */
export function Wirkung({ l, fremdsprachig }: { l: Detail; fremdsprachig?: string }) {
  return (
    <section className="lotse-abschnitt" aria-labelledby="l-wirkung">
      <h2 className="kern-heading-medium" id="l-wirkung">{d.wirkung}</h2>
      {l.wirkungsstufe ? (
        <p className="kern-body kern-body--bold">{t.stufe(l.wirkungsstufe)}: {l.wirkungsstufeLabel}</p>
      ) : (
        <p className="kern-body">{d.wirkungKeine}</p>
      )}
      <p className="kern-body kern-body--small lotse-text">{d.wirkungEinleitung}</p>
      <Wirkungstreppe stufe={l.wirkungsstufe} />
      {l.wirkungText ? <p className="kern-body lotse-text" lang={fremdsprachig} style={{ whiteSpace: 'pre-line' }}>{l.wirkungText}</p> : null}
      {l.wirkungQuellen.length ? (
        <>
          <h3 className="kern-heading-small">{d.quellen}</h3>
          <ul className="kern-list">
            {l.wirkungQuellen.map((q, i) => <li key={i}>{q.url ? <a className="kern-link" href={q.url} rel="noopener noreferrer">{q.titel}</a> : q.titel}</li>)}
          </ul>
        </>
      ) : null}
    </section>
  );
}
