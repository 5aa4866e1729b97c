import { Link } from 'react-router-dom';
import { Alert, Ladeanzeige, Seitentitel, Tabelle, useDaten } from '../../../web/komponenten/index.ts';
import { loesungen as loesungenTexte } from './texte.ts';
import { useKonto } from '../../../web/konto.tsx';
import type { EigeneKarte } from '../loesungen.schemas.ts';

const t = loesungenTexte;
const m = t.meine;

function Liste({ kommuneId, kommuneName }: { kommuneId: string; kommuneName: string }) {
  const { daten, fehler } = useDaten<{ items: EigeneKarte[] }>(`/api/loesungen/eigene?kommuneId=${kommuneId}`);
  const items = daten?.items ?? null;
  const id = `meine-${kommuneId}`;
  return (
    <section className="lotse-abschnitt" aria-labelledby={id}>
      <h2 className="kern-heading-medium" id={id}>{kommuneName}</h2>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {!items && !fehler ? <Ladeanzeige /> : null}
      {items && !items.length ? <p className="kern-body">{m.keine}</p> : null}
      {items && items.length ? (
        <Tabelle beschriftung={m.tabelle(kommuneName)} gestreift
          spalten={[{ titel: m.spalteTitel }, { titel: m.spalteStatus }, { titel: m.spalteVersion, zahl: true }, { titel: m.spalteGeaendert }]}>
          {items.map((l) => (
            <tr key={l.id} className="kern-table__row">
              <th scope="row" className="kern-table__header"><Link className="kern-link" to={`/loesungen/${l.id}`}>{l.titel}</Link></th>
              <td className="kern-table__cell">
                {t.status[l.status] ?? l.status}{l.siegel ? ` · ${t.siegel}` : ''}
                {l.ueberarbeitung ? <><br /><span className="kern-body--small">{t.ueberarbeitungStatus[l.ueberarbeitung.status] ?? l.ueberarbeitung.status}</span></> : null}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">{l.version}</td>
              <td className="kern-table__cell">{l.aktualisiertAm ? new Date(l.aktualisiertAm).toLocaleDateString('de-DE') : ''}</td>
            </tr>
          ))}
        </Tabelle>
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
