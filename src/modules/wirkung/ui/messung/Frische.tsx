import { Alert, Tabelle, useDaten } from '../../../../web/komponenten/index.ts';
import type { FrischeAntwort } from '../../messung/messung.schemas.ts';
import { messung as t } from './texte.ts';

/** For the Kommune's administration: share of up-to-date own indicators per unit (never per person). */
export function Frische({ kommuneId }: { kommuneId: string }) {
  const d = useDaten<FrischeAntwort>(`/api/wirkung/frische?kommuneId=${kommuneId}`);
  return (
    <section className="lotse-abschnitt" aria-labelledby="frische-ueberschrift">
      <h2 className="kern-heading-medium" id="frische-ueberschrift">{t.frische.titel}</h2>
      <p className="kern-body lotse-text">{t.frische.einleitung}</p>
      {d.fehler ? <Alert typ="danger">{d.fehler}</Alert> : d.daten?.items.length ? (
        <Tabelle beschriftung={t.frische.titel} spalten={[{ titel: t.frische.einheit }, { titel: t.frische.aktuell, zahl: true }, { titel: t.frische.anteil, zahl: true }]}>
          {d.daten.items.map((e) => (
            <tr className="kern-table__row" key={e.einheit}>
              <th scope="row" className="kern-table__header">{e.einheit || t.frische.ohneEinheit}</th>
              <td className="kern-table__cell kern-table__cell--numeric">{t.frische.vonGesamt(e.aktuell, e.gesamt)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{Math.round(e.anteil * 100).toLocaleString('de-DE')} %</td>
            </tr>
          ))}
        </Tabelle>
      ) : d.daten ? <p className="kern-body">{t.frische.leer}</p> : null}
    </section>
  );
}
