import { Alert, Ladeanzeige, Tabelle, useDaten } from '../../../../web/komponenten/index.ts';
import type { CheckAntwort } from '../../check/check.schemas.ts';
import { uebernahmen as t } from '../texte.ts';

/** The transferability check of a project: each precondition, whether it is met, and where the answer comes from. */
export function Check({ id }: { id: string }) {
  const d = useDaten<CheckAntwort>(`/api/uebernahmen/${encodeURIComponent(id)}/check`);
  const c = t.check;
  if (d.fehler) return <Alert typ="danger">{d.fehler}</Alert>;
  if (!d.daten) return <Ladeanzeige text={t.laden} />;
  return (
    <>
      <p className="kern-body">{d.daten.selbstcheck ? c.ausSelbstcheck(t.datum(d.daten.selbstcheck.abgeschlossenAm)) : c.ohneSelbstcheck}</p>
      {d.daten.punkte.length ? (
        <Tabelle beschriftung={c.tabelle} spalten={[{ titel: c.spalteVoraussetzung }, { titel: c.spalteStatus }, { titel: c.spalteQuelle }]}>
          {d.daten.punkte.map((p) => (
            <tr className="kern-table__row" key={p.schluessel}>
              <th scope="row" className="kern-table__header">{p.text}</th>
              <td className="kern-table__cell">{c.status[p.status]}</td>
              <td className="kern-table__cell">{c.quelle[p.quelle]}</td>
            </tr>
          ))}
        </Tabelle>
      ) : <p className="kern-body">{c.keine}</p>}
      <p className="kern-body kern-body--small lotse-gedaempft">{c.hinweis}</p>
    </>
  );
}
