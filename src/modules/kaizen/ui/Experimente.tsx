import { Link, useLocation } from 'react-router-dom';
import { Alert, Ladeanzeige, Seitentitel, Tabelle, useDaten } from '../../../web/komponenten/index.ts';
import { useKonto } from '../../../web/konto.tsx';
import type { ExperimentKurz } from '../experimente/experimente.schemas.ts';
import { experimenteTexte as t, ideenTexte } from './texte-ideen.ts';
import { KommuneWahl, useKommune } from './ideen/teile.tsx';
import { NeuesExperiment } from './experimente/NeuesExperiment.tsx';

/** /kaizen/experimente (list) and /kaizen/experimente/neu (new, optionally pre-filled). */
export default function Experimente() {
  const { konto, geladen } = useKonto();
  const [kommune, setzeKommune] = useKommune(konto);
  const neu = useLocation().pathname.endsWith('/neu');
  const liste = useDaten<{ items: ExperimentKurz[] }>(kommune && !neu ? `/api/kaizen/experimente?kommuneId=${kommune}` : null);
  if (!geladen) return <Ladeanzeige />;
  if (!konto) return null;
  return (
    <>
      <Seitentitel titel={neu ? t.neuTitel : t.titel} einleitung={t.einleitung} />
      {!kommune ? <Alert typ="info" ansage="keine">{ideenTexte.board.keineMitgliedschaft}</Alert> : <KommuneWahl konto={konto} kommune={kommune} setze={setzeKommune} />}
      {kommune && neu ? <NeuesExperiment kommuneId={kommune} /> : null}
      {kommune && !neu ? (
        <>
          <p className="kern-body"><Link className="kern-link" to={`/kaizen/experimente/neu?kommune=${kommune}`}>{t.neuLink}</Link></p>
          {liste.fehler ? <Alert typ="danger">{liste.fehler}</Alert> : null}
          {!liste.daten ? <Ladeanzeige /> : !liste.daten.items.length ? <p className="kern-body">{t.leer}</p> : (
            <Tabelle beschriftung={t.listeCaption} spalten={[{ titel: t.spalteTitel }, { titel: t.spalteMessgroesse }, { titel: t.spalteStand }, { titel: t.spalteWirkung, zahl: true }]} gestreift>
              {liste.daten.items.map((x) => (
                <tr key={x.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header"><Link className="kern-link" to={`/kaizen/experimente/${x.id}`}>{x.titel}</Link></th>
                  <td className="kern-table__cell">{t.messgroesse[x.messgroesse]}</td>
                  <td className="kern-table__cell">{x.entscheidung ? t.entscheidung[x.entscheidung] : t.stand[x.stand]}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{t.detail.wirkung(x.wirkungProzent)}</td>
                </tr>
              ))}
            </Tabelle>
          )}
        </>
      ) : null}
    </>
  );
}
