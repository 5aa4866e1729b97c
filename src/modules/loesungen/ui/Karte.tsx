import { Link } from 'react-router-dom';
import { loesungen as loesungenTexte } from './texte.ts';
import { WIRKUNGSTREPPE } from '../loesungen.schemas.ts';
import type { LoesungKarte } from '../loesungen.schemas.ts';

const t = loesungenTexte;

/** Badge of the seal "Bewährt" (text, not only colour). */
export function SiegelBadge() {
  return (
    <span className="kern-badge kern-badge--success" title={t.siegelHinweis}>
      <span className="kern-icon kern-icon--success" aria-hidden="true" />
      <span className="kern-label kern-label--small">{t.siegel}</span>
    </span>
  );
}

export function herkunftText(l: { herkunft: LoesungKarte['herkunft']; herkunftText: string | null }) {
  return l.herkunft?.name ?? l.herkunftText ?? t.herkunftUnbekannt;
}

/** One solution as a KERN card; the title is the link. `gruende` shows why the matcher found it. */
export function Karte({ l, gruende, ueberschrift = 3 }: { l: LoesungKarte; gruende?: { art: string; text: string }[]; ueberschrift?: 2 | 3 }) {
  const H = ueberschrift === 2 ? 'h2' : 'h3';
  return (
    <article className="kern-card" lang={l.sprache === 'en' ? 'en' : undefined} style={{ width: '100%', minWidth: 0, overflowWrap: 'anywhere' }}>
      <div className="kern-card__container">
        <header className="kern-card__header">
          {l.siegel ? <SiegelBadge /> : null}
          <H className="kern-title kern-title--medium">
            <Link className="kern-link" to={`/loesungen/${l.id}`}>{l.titel}</Link>
          </H>
        </header>
        <div className="kern-card__body">
          <p className="kern-body">{l.zusammenfassung}</p>
          <ul className="lotse-liste-ohne kern-body kern-body--small" lang="de">
            {l.handlungsfeld ? <li><span className="kern-body--bold">{t.katalog.handlungsfeld}:</span> {l.handlungsfeld}</li> : null}
            <li><span className="kern-body--bold">{t.katalog.herkunft}:</span> {herkunftText(l)}</li>
            {l.wirkungsstufe ? (
              <li><span className="kern-body--bold">{t.detail.wirkung}:</span> {t.stufe(l.wirkungsstufe)} – {WIRKUNGSTREPPE[l.wirkungsstufe].label}</li>
            ) : null}
          </ul>
          {l.nutzungen > 0 ? <p className="kern-body kern-body--small" lang="de">{t.katalog.nutzungen(l.nutzungen)}</p> : null}
          {gruende?.length ? (
            <details className="lotse-details" lang="de">
              <summary className="kern-body">{t.katalog.warum}</summary>
              <ul className="kern-list kern-list--small">
                {gruende.map((g, i) => <li key={i}>{g.text}</li>)}
              </ul>
            </details>
          ) : null}
        </div>
      </div>
    </article>
  );
}
