import { Link } from 'react-router-dom';
import { Diagramm, Tabelle } from '../../../../web/komponenten/index.ts';
import { StatusBadge } from '../../../bedarfe/ui/index.ts';
import type { NachfrageAntwort as Nachfrage } from '../../transfer.schemas.ts';
import { transfer as t } from '../texte.ts';
import { ganzzahlig } from './diagramm.ts';

function OhneTrefferListe({ n }: { n: Nachfrage }) {
  if (!n.ohneTreffer.gruppen.length) return <p className="kern-body">{t.ohneTrefferLeer}</p>;
  return (
    <div className="lotse-stapel">
      {n.ohneTreffer.gruppen.map((g) => {
        const feld = g.handlungsfeld ?? t.ohneHandlungsfeld;
        return (
          <details key={feld} className="lotse-details">
            <summary className="kern-body kern-body--bold">{t.bedarfeDerGruppe(feld, g.anzahl)}</summary>
            <Tabelle
              beschriftung={t.bedarfeDerGruppe(feld, g.anzahl)}
              klein
              spalten={[{ titel: t.spalteBedarf }, { titel: t.spalteKommune }, { titel: t.spalteStatus }, { titel: t.spalteAlter, zahl: true }]}
            >
              {g.bedarfe.map((b) => (
                <tr key={b.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header"><Link className="kern-link" to={`/bedarfe/${b.id}`}>{b.titel}</Link></th>
                  <td className="kern-table__cell">{b.kommuneName}</td>
                  <td className="kern-table__cell"><StatusBadge status={b.status} /></td>
                  <td className="kern-table__cell kern-table__cell--numeric">{t.alterTage(b.alterTage)}</td>
                </tr>
              ))}
            </Tabelle>
            {g.anzahl > g.bedarfe.length ? <p className="kern-body kern-body--small">{t.weitere(g.anzahl - g.bedarfe.length)}</p> : null}
          </details>
        );
      })}
    </div>
  );
}

/** Bedarfe ohne passenden Treffer, nach Handlungsfeld: Diagramm und aufklappbare Listen. */
export function OhneTreffer({ n }: { n: Nachfrage }) {
  return (
    <section className="lotse-abschnitt" aria-labelledby="nachfrage-ohne">
      <h2 className="kern-heading-medium" id="nachfrage-ohne">{t.ohneTrefferTitel}</h2>
      <Diagramm
        titel={t.ohneTrefferDiagramm}
        beschreibung={t.ohneTrefferBeschreibung(n.ohneTreffer.ohneVorschlagSeitTagen)}
        art="balken-horizontal"
        gestapelt
        kategorieTitel={t.handlungsfeld}
        kategorien={n.ohneTreffer.gruppen.map((g) => g.handlungsfeld ?? t.ohneHandlungsfeld)}
        reihen={[
          { name: t.reiheKeinePassende, werte: n.ohneTreffer.gruppen.map((g) => g.keinePassende) },
          { name: t.reiheOhneVorschlag, werte: n.ohneTreffer.gruppen.map((g) => g.ohneVorschlag) },
        ]}
        tabelle="aufklappbar"
        hoehe={Math.max(200, 48 * n.ohneTreffer.gruppen.length + 80)}
        option={ganzzahlig('x')}
      />
      <OhneTrefferListe n={n} />
    </section>
  );
}
