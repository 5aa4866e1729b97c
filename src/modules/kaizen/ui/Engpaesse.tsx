import { Link } from 'react-router-dom';
import { Alert, Ladeanzeige, Seitentitel, Tabelle, useDaten } from '../../../web/komponenten/index.ts';
import { useKonto } from '../../../web/konto.tsx';
import { ideenTexte as t } from './texte-ideen.ts';
import { KommuneWahl, StatusBadge, useKommune, type EngpassListe } from './ideen/teile.tsx';

/** /kaizen/engpaesse: ideas unassigned for 7 days, past their decide-by date, or stuck for 30 days. */
export default function Engpaesse() {
  const { konto, geladen } = useKonto();
  const [kommune, setzeKommune] = useKommune(konto);
  const liste = useDaten<EngpassListe>(kommune ? `/api/kaizen/engpaesse?kommuneId=${kommune}` : null);
  if (!geladen) return <Ladeanzeige />;
  if (!konto) return null;
  return (
    <>
      <Seitentitel titel={t.engpass.titel} einleitung={t.engpass.einleitung} />
      {!kommune ? <Alert typ="info" ansage="keine">{t.board.keineMitgliedschaft}</Alert> : <KommuneWahl konto={konto} kommune={kommune} setze={setzeKommune} />}
      <p className="kern-body"><Link className="kern-link" to={`/kaizen/ideen?kommune=${kommune}`}>{t.detail.zurueck}</Link></p>
      {liste.fehler ? <Alert typ="danger">{liste.fehler}</Alert> : null}
      {kommune && !liste.daten && !liste.fehler ? <Ladeanzeige /> : null}
      {liste.daten && !liste.daten.items.length ? <Alert typ="success" ansage="keine">{t.engpass.leer}</Alert> : null}
      {liste.daten?.items.length ? (
        <Tabelle beschriftung={t.engpass.caption} spalten={[{ titel: t.engpass.spalteIdee }, { titel: t.engpass.spalteStatus }, { titel: t.engpass.spalteGrund }, { titel: t.engpass.spalteFrist }, { titel: t.engpass.spalteVerantwortlich }]} gestreift>
          {liste.daten.items.map((i) => (
            <tr key={i.id} className="kern-table__row">
              <th scope="row" className="kern-table__header"><Link className="kern-link" to={`/kaizen/ideen/${i.id}`}>{i.problem.length > 90 ? `${i.problem.slice(0, 89)}…` : i.problem}</Link></th>
              <td className="kern-table__cell"><StatusBadge status={i.status} /></td>
              <td className="kern-table__cell">{i.gruende.map((g) => t.engpass.grund[g]).join(', ')}</td>
              <td className="kern-table__cell">{t.datum(i.entscheidenBis)}</td>
              <td className="kern-table__cell">{i.verantwortlich ?? t.detail.niemand}</td>
            </tr>
          ))}
        </Tabelle>
      ) : null}
    </>
  );
}
