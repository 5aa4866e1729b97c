import { Link } from 'react-router-dom';
import { Alert, Ladeanzeige, Seitentitel, Tabelle, useDaten } from '../../../web/komponenten/index.ts';
import { PhaseBadge, type Liste } from './teile.tsx';
import { uebernahmen as t } from './texte.ts';

/** /uebernahmen – the transfer projects the account may see (own Kommune, region, Transferstelle, adopters of own solutions). */
export default function Uebernahmen() {
  const d = useDaten<Liste>('/api/uebernahmen?limit=200');
  return (
    <>
      <Seitentitel titel={t.liste.titel} />
      <p className="kern-body lotse-text">{t.liste.einleitung}</p>
      <p className="kern-body"><Link className="kern-link" to="/loesungen">{t.liste.zumKatalog}</Link></p>
      {d.fehler ? <Alert typ="danger">{d.fehler}</Alert> : !d.daten ? <Ladeanzeige text={t.laden} /> : (
        <>
          <p className="kern-body" aria-live="polite">{t.liste.anzahl(d.daten.total)}</p>
          {d.daten.items.length ? (
            <Tabelle beschriftung={t.liste.tabelle} spalten={[{ titel: t.liste.spalteLoesung }, { titel: t.liste.spalteKommune }, { titel: t.liste.spaltePhase }, { titel: t.liste.spalteVerantwortlich }, { titel: t.liste.spalteStand }]}>
              {d.daten.items.map((u) => (
                <tr className="kern-table__row" key={u.id}>
                  <th scope="row" className="kern-table__header"><Link className="kern-link" to={`/uebernahmen/${u.id}`}>{u.loesungTitel}</Link></th>
                  <td className="kern-table__cell">{u.kommuneName}</td>
                  <td className="kern-table__cell"><PhaseBadge phase={u.phase} /></td>
                  <td className="kern-table__cell">{u.verantwortlich ?? t.detail.niemand}</td>
                  <td className="kern-table__cell"><time dateTime={u.aktualisiertAm}>{t.datum(u.aktualisiertAm)}</time></td>
                </tr>
              ))}
            </Tabelle>
          ) : <p className="kern-body">{t.liste.leer}</p>}
          {d.daten.total ? (
            <>
              <h2 className="kern-heading-small">{t.export.titel}</h2>
              <ul className="kern-list">
                <li className="kern-body"><a className="kern-link" href="/api/uebernahmen/export/projekte.csv" download>{t.export.projekteCsv}</a></li>
                <li className="kern-body"><a className="kern-link" href="/api/uebernahmen/export/projekte.xlsx" download>{t.export.projekteXlsx}</a></li>
                <li className="kern-body"><a className="kern-link" href="/api/uebernahmen/export/rueckmeldungen.csv" download>{t.export.rueckmeldungenCsv}</a></li>
                <li className="kern-body"><a className="kern-link" href="/api/uebernahmen/export/rueckmeldungen.xlsx" download>{t.export.rueckmeldungenXlsx}</a></li>
              </ul>
            </>
          ) : null}
        </>
      )}
    </>
  );
}
