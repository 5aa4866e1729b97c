import { Link } from 'react-router-dom';
import { Alert, Blaettern, Ladeanzeige } from '../../../../web/komponenten/index.ts';
import { Karte } from '../Karte.tsx';
import { loesungen as t } from '../texte.ts';
import { LIMIT, type Ergebnis, type Pruefung } from './suche.ts';

const k = t.katalog;

/** Result count (announced), the cards with the matcher's reasons, and paging. */
export function Ergebnisse({ ergebnis, fehler, pruefung, laedt, offset, ziel, suchtext = '' }: {
  ergebnis: Ergebnis | null; fehler: string | null; pruefung: Pruefung | null; laedt: boolean; offset: number; ziel: (offset: number) => string; suchtext?: string;
}) {
  const p = ergebnis?.passung;
  return (
    <section className="lotse-katalog__ergebnisse" aria-labelledby="loesungen-ergebnisse">
      <h2 className="kern-heading-medium" id="loesungen-ergebnisse">{k.ergebnisse}</h2>
      <div role="status" className="lotse-ergebnis-status">
        {ergebnis && !laedt ? (
          <p className="kern-body kern-body--bold">
            {p ? k.passungAnzahl(p.gut, p.moeglich) : k.anzahl(ergebnis.total)} {ergebnis.rangiert && ergebnis.total > 0 ? <span className="kern-body">{k.sortierungRelevanz}</span> : null}
          </p>
        ) : null}
        {p && p.schwach > 0 && !laedt ? <p className="kern-body kern-body--small">{k.schwachAusgeblendet(p.schwach)}</p> : null}
      </div>
      {p && p.gut === 0 && !laedt ? (
        <Alert typ="info" titel={k.keineErprobteTitel} ansage="keine">
          <p className="kern-body">{k.keineErprobte}</p>
          <p className="kern-body">
            <Link className="kern-link" to={`/bedarfe?beschreibung=${encodeURIComponent(suchtext.trim())}#bedarf-formular-titel`}>{k.bedarfErfassen}</Link>
          </p>
        </Alert>
      ) : null}
      {laedt ? <Ladeanzeige /> : null}
      {fehler ? <Alert typ="danger" titel={k.fehlerTitel}>{fehler}</Alert> : null}
      {pruefung ? (
        <Alert typ="warning" titel={k.pruefenTitel} ansage="alert">
          {pruefung.art === 'feld' ? <p className="kern-body">{k.pruefenFeld} <a className="kern-link" href="#loesungen-q">{k.zumSuchfeld}</a></p> : pruefung.text}
        </Alert>
      ) : null}
      {ergebnis && ergebnis.total === 0 && !laedt && !p ? <p className="kern-body">{k.keineTreffer}</p> : null}
      {ergebnis && ergebnis.items.length > 0 ? (
        <>
          <ul className="lotse-grid lotse-liste-ohne" aria-busy={laedt || undefined}>
            {ergebnis.items.map((l) => (
              <li key={l.id} style={{ display: 'flex', minWidth: 0 }}>
                <Karte l={l} gruende={l.gruende} />
              </li>
            ))}
          </ul>
          <Blaettern total={ergebnis.total} limit={LIMIT} offset={offset} ziel={ziel} />
        </>
      ) : null}
    </section>
  );
}

/** Download links for the whole published catalogue. */
export function Export() {
  return (
    <section className="lotse-abschnitt" aria-labelledby="loesungen-export">
      <h2 className="kern-heading-small" id="loesungen-export">{k.export}</h2>
      <ul className="kern-list">
        <li><a className="kern-link" href="/api/loesungen/export?format=json" download>{k.exportJson}</a></li>
        <li><a className="kern-link" href="/api/loesungen/export?format=csv" download>{k.exportCsv}</a></li>
      </ul>
    </section>
  );
}
