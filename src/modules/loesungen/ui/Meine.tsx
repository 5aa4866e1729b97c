import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { loesungen as loesungenTexte } from './texte.ts';
import { useKonto } from '../../../web/konto.tsx';
import type { LoesungKarte } from './typen.ts';

const t = loesungenTexte;
const m = t.meine;

function Liste({ kommuneId, kommuneName }: { kommuneId: string; kommuneName: string }) {
  const [items, setItems] = useState<LoesungKarte[] | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    api<{ items: LoesungKarte[] }>(`/api/loesungen/eigene?kommuneId=${kommuneId}`, { signal: ac.signal })
      .then((r) => setItems(r.items))
      .catch((e) => !ac.signal.aborted && setFehler(e instanceof ApiFehler ? e.message : texte.kern.fehlerAllgemein));
    return () => ac.abort();
  }, [kommuneId]);
  const id = `meine-${kommuneId}`;
  return (
    <section className="lotse-abschnitt" aria-labelledby={id}>
      <h2 className="kern-heading-medium" id={id}>{kommuneName}</h2>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {!items && !fehler ? <Ladeanzeige /> : null}
      {items && !items.length ? <p className="kern-body">{m.keine}</p> : null}
      {items && items.length ? (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--striped">
            <caption className="kern-sr-only">{m.tabelle(kommuneName)}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{m.spalteTitel}</th>
                <th scope="col" className="kern-table__header">{m.spalteStatus}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{m.spalteVersion}</th>
                <th scope="col" className="kern-table__header">{m.spalteGeaendert}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {items.map((l) => (
                <tr key={l.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header"><Link className="kern-link" to={`/loesungen/${l.id}`}>{l.titel}</Link></th>
                  <td className="kern-table__cell">
                    {t.status[l.status ?? ''] ?? l.status}{l.siegel ? ` · ${t.siegel}` : ''}
                    {l.ueberarbeitung ? <><br /><span className="kern-body--small">{t.ueberarbeitungStatus[l.ueberarbeitung.status] ?? l.ueberarbeitung.status}</span></> : null}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric">{l.version}</td>
                  <td className="kern-table__cell">{l.aktualisiertAm ? new Date(l.aktualisiertAm).toLocaleDateString('de-DE') : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

export default function Meine() {
  const { konto, geladen } = useKonto();
  if (!geladen) return <Ladeanzeige />;
  return (
    <>
      <Seitentitel titel={m.titel} einleitung={m.einleitung} />
      {!konto?.mitgliedschaften.length ? <Alert typ="info" ansage="keine">{t.formular.nurMitglieder}</Alert> : (
        <>
          <p className="kern-body"><Link className="kern-link" to="/loesungen/neu"><span className="kern-icon kern-icon--add" aria-hidden="true" />{t.katalog.neu}</Link></p>
          {konto.mitgliedschaften.map((x) => <Liste key={x.kommuneId} kommuneId={x.kommuneId} kommuneName={x.kommuneName} />)}
        </>
      )}
    </>
  );
}
