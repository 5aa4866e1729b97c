import { groessenklasseName } from '../../kommunen/ui/index.ts';
import { Tabelle } from '../../../web/komponenten/index.ts';
import type { Nutzung } from './teile.tsx';
import { uebernahmen as t } from './texte.ts';

const klasse = (art: string, k: number | null) => (k == null || art === 'land' ? t.nutzung.ohneKlasse : groessenklasseName(art as 'gemeinde' | 'kreis', k));

/**
 * The public figures of a solution's use (from transfer projects and consented report-backs): one sentence
 * and a table per Größenklasse; medians only where at least 3 Kommunen reported („zu wenige Rückmeldungen“).
 */
export function NutzungAbschnitt({ n }: { n: Nutzung }) {
  if (!n.kommunen && !n.rueckmeldungen) return <p className="kern-body">{t.nutzung.keine}</p>;
  return (
    <>
      <p className="kern-body" data-testid="nutzung-satz">
        {t.nutzung.satz(n.kommunen, n.kleineGemeinden)}
        {n.wirkungAbStufe4 != null ? ` ${t.nutzung.wirkung(n.wirkungAbStufe4)}` : ''}
        {n.medianAufwandPersonentage != null ? ` ${t.nutzung.median(n.medianAufwandPersonentage)}` : ''}
      </p>
      {n.medianAufwandPersonentage == null ? <p className="kern-body">{t.nutzung.zuWenige}</p> : null}
      <p className="kern-body kern-body--small lotse-gedaempft">{t.nutzung.stand(n.laufend, n.abgeschlossen, n.rueckmeldungen)}</p>
      <Tabelle beschriftung={t.nutzung.tabelle} klein spalten={[{ titel: t.nutzung.spalteKlasse }, { titel: t.nutzung.spalteAnzahl, zahl: true }, { titel: t.nutzung.spalteAufwand, zahl: true }, { titel: t.nutzung.spalteWirkung, zahl: true }]}>
        {n.nachGroessenklasse.map((g) => (
          <tr className="kern-table__row" key={`${g.art}-${g.groessenklasse}`}>
            <th scope="row" className="kern-table__header">{klasse(g.art, g.groessenklasse)}</th>
            <td className="kern-table__cell kern-table__cell--numeric">{t.zahl(g.anzahl)}</td>
            <td className="kern-table__cell kern-table__cell--numeric">{g.medianAufwandPersonentage == null ? t.nutzung.zuWenigeZelle : t.zahl(g.medianAufwandPersonentage)}</td>
            <td className="kern-table__cell kern-table__cell--numeric">{g.medianWirkungsstufe == null ? t.nutzung.zuWenigeZelle : t.zahl(g.medianWirkungsstufe)}</td>
          </tr>
        ))}
      </Tabelle>
    </>
  );
}
