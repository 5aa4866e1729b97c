import { Link } from 'react-router-dom';
import { Diagramm, Tabelle } from '../../../../web/komponenten/index.ts';
import { StatusBadge } from '../../../bedarfe/ui/index.ts';
import type { NachfrageAntwort as Nachfrage } from '../../transfer.schemas.ts';
import { transfer as t } from '../texte.ts';
import { ganzzahlig } from './diagramm.ts';
import { groesseLabel } from './Verteilung.tsx';

/** Unmet demand (issue 10): open needs for which the matching finds no „gut“ solution, by Handlungsfeld and Größenklasse. */
export function Ungedeckt({ n }: { n: Nachfrage }) {
  const u = n.ungedeckt;
  return (
    <section className="lotse-abschnitt" aria-labelledby="nachfrage-ungedeckt">
      <h2 className="kern-heading-medium" id="nachfrage-ungedeckt">{t.ungedecktTitel}</h2>
      <p className="kern-body">{t.ungedecktBeschreibung}</p>
      <p className="kern-body kern-body--bold" data-testid="ungedeckt-anzahl">{t.ungedecktAnzahl(u.gesamt)}</p>
      {u.ungeprueft > 0 ? <p className="kern-body kern-body--small">{t.ungedecktUngeprueft(u.ungeprueft)}</p> : null}
      {u.gesamt > 0 ? (
        <>
          <Diagramm
            titel={t.ungedecktFeld}
            art="balken-horizontal"
            kategorieTitel={t.handlungsfeld}
            kategorien={u.proHandlungsfeld.map((g) => g.handlungsfeld ?? t.ohneHandlungsfeld)}
            reihen={[{ name: t.reiheUngedeckt, werte: u.proHandlungsfeld.map((g) => g.anzahl) }]}
            tabelle="aufklappbar"
            hoehe={Math.max(200, 40 * u.proHandlungsfeld.length + 80)}
            option={ganzzahlig('x')}
          />
          <Diagramm
            titel={t.ungedecktGroesse}
            beschreibung={t.groesseBeschreibung}
            art="balken"
            kategorieTitel={t.groessenklasse}
            kategorien={u.proGroessenklasse.map(groesseLabel)}
            reihen={[{ name: t.reiheUngedeckt, werte: u.proGroessenklasse.map((g) => g.anzahl) }]}
            tabelle="aufklappbar"
            option={ganzzahlig('y')}
          />
          <Tabelle
            beschriftung={t.ungedecktListe}
            klein
            spalten={[{ titel: t.spalteBedarf }, { titel: t.spalteKommune }, { titel: t.handlungsfeld }, { titel: t.spalteBestePassung }, { titel: t.spalteStatus }]}
          >
            {u.bedarfe.map((b) => (
              <tr key={b.id} className="kern-table__row">
                <th scope="row" className="kern-table__header"><Link className="kern-link" to={`/bedarfe/${b.id}`}>{b.titel}</Link></th>
                <td className="kern-table__cell">{b.kommuneName}</td>
                <td className="kern-table__cell">{b.handlungsfeld ?? t.ohneHandlungsfeld}</td>
                <td className="kern-table__cell">{b.bestePassung === 'gut' && b.status === 'keine_passende_loesung' ? t.gutVerworfen : (t.bestePassung[b.bestePassung] ?? b.bestePassung)}</td>
                <td className="kern-table__cell"><StatusBadge status={b.status} /></td>
              </tr>
            ))}
          </Tabelle>
        </>
      ) : null}
    </section>
  );
}
