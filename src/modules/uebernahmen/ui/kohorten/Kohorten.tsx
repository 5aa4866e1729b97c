import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Ladeanzeige, Seitentitel, Tabelle, useDaten } from '../../../../web/komponenten/index.ts';
import { fehlertext } from '../teile.tsx';
import { kohortenTexte as t } from '../texte-kohorten.ts';
import { datum, type Board, type KohortenListe } from './typen.ts';

/** `/kohorten`: the cohorts the account may see; open invitations of its Kommunen to accept or decline. */
export default function Kohorten() {
  const { daten, fehler, laedt, neuLaden } = useDaten<KohortenListe>('/api/kohorten');
  const [meldung, setMeldung] = useState<{ typ: 'success' | 'danger'; text: string } | null>(null);
  const antworten = async (kohorteId: string, kommune: string, annehmen: boolean) => {
    try {
      await api<Board>(`/api/kohorten/${kohorteId}/antwort`, { body: { annehmen, kommune } });
      setMeldung({ typ: 'success', text: annehmen ? t.angenommen : t.abgelehnt });
      neuLaden();
    } catch (e) {
      setMeldung({ typ: 'danger', text: fehlertext(e) });
    }
  };
  const einladungen = daten?.kohorten.flatMap((k) => k.einladungen.map((e) => ({ kohorte: k, kommune: e }))) ?? [];
  return (
    <>
      <Seitentitel titel={t.titel} />
      <p className="kern-body">{t.einleitung}</p>
      {meldung ? <Alert typ={meldung.typ}>{meldung.text}</Alert> : null}
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {laedt && !daten ? <Ladeanzeige /> : null}
      {daten?.darfBilden ? <p className="kern-body"><Link className="kern-link" to="/kohorten/neu">{t.bilden}</Link></p> : null}
      {einladungen.length ? (
        <section className="lotse-abschnitt" aria-labelledby="kohorten-einladungen">
          <h2 className="kern-heading-medium" id="kohorten-einladungen">{t.einladungen}</h2>
          <ul className="lotse-liste-ohne">
            {einladungen.map(({ kohorte, kommune }) => (
              <li key={`${kohorte.id}-${kommune.id}`} className="lotse-abschnitt">
                <p className="kern-body"><Link className="kern-link" to={`/kohorten/${kohorte.id}`}>{kohorte.titel}</Link> – {kohorte.loesung.titel}</p>
                <div className="lotse-knopfleiste">
                  <button type="button" className="kern-btn kern-btn--primary" onClick={() => void antworten(kohorte.id, kommune.id, true)}><span className="kern-label">{t.annehmen(kommune.name)}</span></button>
                  <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void antworten(kohorte.id, kommune.id, false)}><span className="kern-label">{t.ablehnen(kommune.name)}</span></button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {daten && !daten.kohorten.length ? <Alert typ="info" ansage="keine">{t.leer}</Alert> : null}
      {daten?.kohorten.length ? (
        <Tabelle beschriftung={t.liste.caption} spalten={[{ titel: t.liste.titel }, { titel: t.liste.loesung }, { titel: t.liste.mitglieder, zahl: true }, { titel: t.liste.transferplan }, { titel: t.liste.review }]}>
          {daten.kohorten.map((k) => (
            <tr key={k.id} className="kern-table__row">
              <th scope="row" className="kern-table__header"><Link className="kern-link" to={`/kohorten/${k.id}`}>{k.titel}</Link></th>
              <td className="kern-table__cell">{k.loesung.titel}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{k.mitglieder} ({k.dabei})</td>
              <td className="kern-table__cell">{datum(k.transferplanBis)}</td>
              <td className="kern-table__cell">{datum(k.reviewAm)}</td>
            </tr>
          ))}
        </Tabelle>
      ) : null}
    </>
  );
}
