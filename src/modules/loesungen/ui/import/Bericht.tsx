import { Link } from 'react-router-dom';
import { Alert, Tabelle } from '../../../../web/komponenten/index.ts';
import type { ImportBerichtAntwort } from '../../loesungen.schemas.ts';
import { loesungen as t } from '../texte.ts';

const im = t.import;
/** How many unresolved origins or error rows are listed at most. */
const ZEIGEN = 50;

export interface ImportFehler {
  message: string;
  details: { zeile?: number; feld?: string; meldung?: string }[];
}

/** Success: the counts, and the rows whose origin Kommune could not be resolved. */
export function Bericht({ bericht }: { bericht: ImportBerichtAntwort }) {
  const offen = bericht.herkunftNichtAufgeloest;
  return (
    <>
      <Alert typ="success" titel={im.ergebnisTitel}>
        <p className="kern-body">{im.ergebnis(bericht.gesamt, bericht.neu, bericht.aktualisiert, bericht.unveraendert)}</p>
        <p className="kern-body"><Link className="kern-link" to="/loesungen">{t.katalog.titel}</Link></p>
      </Alert>
      {offen.length ? (
        <section className="lotse-abschnitt" aria-labelledby="import-herkunft">
          <h2 className="kern-heading-small" id="import-herkunft">{im.herkunftOffen(offen.length)}</h2>
          <Tabelle beschriftung={im.tabelleTitel} klein spalten={[{ titel: im.tabelleZeile, zahl: true }, { titel: im.tabelleId }, { titel: im.tabelleHerkunft }]}>
            {offen.slice(0, ZEIGEN).map((h) => (
              <tr key={h.zeile} className="kern-table__row">
                <td className="kern-table__cell kern-table__cell--numeric">{h.zeile}</td>
                <td className="kern-table__cell">{h.externalId}</td>
                <td className="kern-table__cell">{h.origin}</td>
              </tr>
            ))}
          </Tabelle>
          {offen.length > ZEIGEN ? <p className="kern-body">{im.weitere(offen.length - ZEIGEN)}</p> : null}
        </section>
      ) : null}
    </>
  );
}

/** Failure: the message and the first rows with errors (nothing was imported). */
export function Fehlerbericht({ fehler }: { fehler: ImportFehler }) {
  return (
    <Alert typ="danger" titel={im.fehlerTitel}>
      <p className="kern-body">{fehler.message}</p>
      {fehler.details.length ? (
        <ul className="kern-list">
          {fehler.details.slice(0, ZEIGEN).map((d, i) => <li key={i}>{im.fehlerZeile(d.zeile ?? '?', d.meldung ?? '')}</li>)}
        </ul>
      ) : null}
      {fehler.details.length > ZEIGEN ? <p className="kern-body">{im.weitere(fehler.details.length - ZEIGEN)}</p> : null}
    </Alert>
  );
}
