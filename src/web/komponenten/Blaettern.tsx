import { Link } from 'react-router-dom';
import { komponenten as t } from '../i18n/kern.texte.ts';

interface BlaetternProps {
  total: number;
  limit: number;
  offset: number;
  /** Builds the link target for another offset (keeps the other query parameters). */
  ziel: (offset: number) => string;
}

/** Pagination as a labelled navigation with previous/next links and the current page. */
export function Blaettern({ total, limit, offset, ziel }: BlaetternProps) {
  const seiten = Math.max(1, Math.ceil(total / limit));
  const seite = Math.floor(offset / limit) + 1;
  if (seiten <= 1) return null;
  return (
    <nav className="lotse-blaettern" aria-label={t.blaettern}>
      <ul className="lotse-row">
        <li>
          {seite > 1 ? (
            <Link className="kern-link" to={ziel(Math.max(0, offset - limit))} rel="prev">
              <span className="kern-icon kern-icon--chevron-left" aria-hidden="true" />{t.vorherigeSeite}
            </Link>
          ) : null}
        </li>
        <li className="kern-body">{t.seiteVon(seite, seiten)}</li>
        <li>
          {seite < seiten ? (
            <Link className="kern-link" to={ziel(offset + limit)} rel="next">
              {t.naechsteSeite}<span className="kern-icon kern-icon--chevron-right" aria-hidden="true" />
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
