import { Link } from 'react-router-dom';
import { Diagramm, Tabelle } from '../../../../web/komponenten/index.ts';
import type { NachfrageAntwort as Nachfrage } from '../../transfer.schemas.ts';
import { transfer as t } from '../texte.ts';
import { ganzzahlig } from './diagramm.ts';
import { KohorteBildenLink } from '../../../uebernahmen/ui/index.ts';

function GefragteTabelle({ n }: { n: Nachfrage }) {
  return (
    <Tabelle
      beschriftung={t.gefragtTabelle}
      beschriftungSichtbar
      gestreift
      spalten={[
        { titel: t.loesung },
        { titel: t.spalteVorschlaege, zahl: true },
        { titel: t.spalteInUmsetzung, zahl: true },
        { titel: t.spalteNutzungen, zahl: true },
        { titel: t.spalteSumme, zahl: true },
        { titel: t.spalteKohorte },
      ]}
    >
      {n.gefragteLoesungen.map((l) => (
        <tr key={l.loesungId} className="kern-table__row">
          <th scope="row" className="kern-table__header"><Link className="kern-link" to={`/loesungen/${l.loesungId}`}>{l.titel}</Link></th>
          <td className="kern-table__cell kern-table__cell--numeric">{l.vorschlaege}</td>
          <td className="kern-table__cell kern-table__cell--numeric">{l.inUmsetzung}</td>
          <td className="kern-table__cell kern-table__cell--numeric">{l.nutzungen}</td>
          <td className="kern-table__cell kern-table__cell--numeric">{l.summe}</td>
          <td className="kern-table__cell"><KohorteBildenLink loesungId={l.loesungId} titel={l.titel} /></td>
        </tr>
      ))}
    </Tabelle>
  );
}

/** Meistgefragte Lösungen (Vorschläge und Nutzungen). */
export function Gefragt({ n }: { n: Nachfrage }) {
  return (
    <section className="lotse-abschnitt" aria-labelledby="nachfrage-gefragt">
      <h2 className="kern-heading-medium" id="nachfrage-gefragt">{t.gefragtTitel}</h2>
      {n.gefragteLoesungen.length ? (
        <>
          <Diagramm
            titel={t.gefragtDiagramm}
            beschreibung={t.gefragtBeschreibung}
            art="balken-horizontal"
            gestapelt
            kategorieTitel={t.loesung}
            kategorien={n.gefragteLoesungen.slice(0, 10).map((l) => l.titel)}
            reihen={[
              { name: t.reiheVorschlaege, werte: n.gefragteLoesungen.slice(0, 10).map((l) => l.vorschlaege) },
              { name: t.reiheNutzungen, werte: n.gefragteLoesungen.slice(0, 10).map((l) => l.nutzungen) },
            ]}
            tabelle="aufklappbar"
            hoehe={Math.max(200, 40 * Math.min(10, n.gefragteLoesungen.length) + 80)}
            option={ganzzahlig('x')}
          />
          <GefragteTabelle n={n} />
        </>
      ) : (
        <p className="kern-body">{t.gefragtLeer}</p>
      )}
    </section>
  );
}
