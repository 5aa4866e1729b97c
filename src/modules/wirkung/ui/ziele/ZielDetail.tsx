import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { TransferZiel } from '../transfer/TransferZiel.tsx';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert, Ladeanzeige, Seitentitel, Tabelle, useDaten } from '../../../../web/komponenten/index.ts';
import type { ZielDetail as Ziel } from '../../ziele/ziele.schemas.ts';
import { knotenVon, LogikDiagramm } from './LogikDiagramm.tsx';
import { ElementFormular, MassnahmeFormular, VerbindungFormular } from './LogikFormulare.tsx';
import { IndikatorFormular } from '../messung/IndikatorFormular.tsx';
import { EBENE_TEXT, IOOI_TEXT, SDG_TEXT, STUFEN_TEXT, ziele as t } from './texte.ts';

/** /wirkung/ziele/:id – a goal, its logic as diagram plus tables, and forms to extend the logic by keyboard. */
export default function ZielDetail() {
  const { id } = useParams();
  const d = useDaten<Ziel>(`/api/wirkung/ziele/${id}`);
  const [fehler, setFehler] = useState<string | null>(null);
  if (d.fehler && !d.daten) return <><Seitentitel titel={t.liste.titel} /><Alert typ="danger">{d.fehler}</Alert></>;
  if (!d.daten) return <Ladeanzeige text={t.laden} />;
  const z = d.daten;
  const titel = new Map(knotenVon(z).map((k) => [k.id, `${EBENE_TEXT[k.ebene]}: ${k.titel}`]));
  const entferne = async (pfad: string) => {
    setFehler(null);
    try {
      await api(pfad, { method: 'DELETE' });
      d.neuLaden();
    } catch (e) {
      setFehler(e instanceof ApiFehler ? e.message : String(e));
    }
  };
  return (
    <>
      <p className="kern-body"><Link className="kern-link" to="/wirkung/ziele">{t.detail.zurueck}</Link></p>
      <Seitentitel titel={z.aussage} />
      <dl className="lotse-angaben">
        <dt>{t.detail.zielgruppe}</dt><dd>{z.zielgruppe || t.detail.keine}</dd>
        <dt>{t.detail.handlungsfeld}</dt><dd>{z.handlungsfeld ?? t.detail.keine}</dd>
        <dt>{t.detail.verantwortlich}</dt><dd>{z.verantwortlich || t.detail.keine}</dd>
        <dt>{t.detail.stufe}</dt><dd>{STUFEN_TEXT[z.stufe]}</dd>
        <dt>{t.detail.iooi}</dt><dd>{IOOI_TEXT[z.iooi]}</dd>
        <dt>{t.detail.sdg}</dt><dd>{z.sdg ? `${z.sdg} – ${SDG_TEXT[z.sdg]}` : t.detail.keine}</dd>
      </dl>
      {z.darfSchreiben ? <p className="kern-body"><Link className="kern-link" to={`/wirkung/dialoge?ziel=${z.id}`}>{t.detail.dialog}</Link></p> : null}
      {z.hinweise.nurOutputGemessen ? <Alert typ="warning" titel={t.detail.nurOutputTitel}><p className="kern-body">{t.detail.nurOutput}</p></Alert> : null}
      <section className="lotse-abschnitt" aria-labelledby="logik-titel">
        <h2 className="kern-heading-medium" id="logik-titel">{t.detail.logik}</h2>
        <p className="kern-body lotse-text">{t.detail.logikEinleitung}</p>
        {fehler ? <Alert typ="danger" ansage="alert">{fehler}</Alert> : null}
        {knotenVon(z).length ? <LogikDiagramm ziel={z} /> : <p className="kern-body">{t.detail.logikLeer}</p>}
        {z.verbindungen.length ? (
          <Tabelle beschriftung={t.detail.tabelle} beschriftungSichtbar spalten={[{ titel: t.detail.spalteVon }, { titel: t.detail.spalteNach }, { titel: t.detail.spalteAnnahme }, ...(z.darfSchreiben ? [{ titel: t.detail.spalteAktion }] : [])]}>
            {z.verbindungen.map((v) => (
              <tr className="kern-table__row" key={v.id}>
                <th scope="row" className="kern-table__header">{titel.get(v.von)}</th>
                <td className="kern-table__cell">{titel.get(v.nach)}</td>
                <td className="kern-table__cell">{v.annahme || t.detail.ohneAnnahme}</td>
                {z.darfSchreiben ? (
                  <td className="kern-table__cell">
                    <button type="button" className="kern-btn kern-btn--tertiary" aria-label={t.detail.entfernenVerbindung(titel.get(v.von) ?? '', titel.get(v.nach) ?? '')} onClick={() => entferne(`/api/wirkung/ziele/${z.id}/verbindungen/${v.id}`)}>
                      <span className="kern-label">{t.detail.entfernen}</span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </Tabelle>
        ) : null}
        {knotenVon(z).length ? (
          <Tabelle beschriftung={t.detail.bausteineTabelle} beschriftungSichtbar spalten={[{ titel: t.detail.spalteTitel }, { titel: t.detail.spalteEbene }, { titel: t.detail.spalteBudget, zahl: true }, { titel: t.detail.spalteProdukt }, ...(z.darfSchreiben ? [{ titel: t.detail.spalteAktion }] : [])]}>
            {z.massnahmen.map((m) => (
              <tr className="kern-table__row" key={m.id}>
                <th scope="row" className="kern-table__header">{m.titel}</th>
                <td className="kern-table__cell">{EBENE_TEXT.massnahme}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{m.budget === null ? t.detail.keine : t.euro(m.budget)}</td>
                <td className="kern-table__cell">{m.haushaltsprodukt || t.detail.keine}</td>
                {z.darfSchreiben ? <td className="kern-table__cell" /> : null}
              </tr>
            ))}
            {z.elemente.map((e) => (
              <tr className="kern-table__row" key={e.id}>
                <th scope="row" className="kern-table__header">{e.titel}</th>
                <td className="kern-table__cell">{EBENE_TEXT[e.ebene]}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{t.detail.keine}</td>
                <td className="kern-table__cell">{t.detail.keine}</td>
                {z.darfSchreiben ? (
                  <td className="kern-table__cell">
                    <button type="button" className="kern-btn kern-btn--tertiary" aria-label={t.detail.entfernenElement(e.titel)} onClick={() => entferne(`/api/wirkung/ziele/${z.id}/elemente/${e.id}`)}>
                      <span className="kern-label">{t.detail.entfernen}</span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </Tabelle>
        ) : null}
        {z.darfSchreiben ? (
          <>
            <MassnahmeFormular ziel={z} fertig={d.neuLaden} />
            <ElementFormular ziel={z} fertig={d.neuLaden} />
            <VerbindungFormular ziel={z} fertig={d.neuLaden} />
          </>
        ) : null}
      </section>
      <section className="lotse-abschnitt" aria-labelledby="indikatoren-titel">
        <h2 className="kern-heading-medium" id="indikatoren-titel">{t.detail.indikatoren}</h2>
        {z.indikatoren.length ? (
          <ul className="kern-list">{z.indikatoren.map((i) => <li key={i.id}><Link className="kern-link" to={`/wirkung/indikatoren/${i.id}`}>{i.name}</Link>{i.stufe ? ` (${STUFEN_TEXT[i.stufe]})` : ''}</li>)}</ul>
        ) : <p className="kern-body">{t.detail.keineIndikatoren}</p>}
        {z.darfSchreiben ? <IndikatorFormular kommuneId={z.kommuneId} zielId={z.id} verantwortlich={z.verantwortlich} andere={z.indikatoren} /> : null}
      </section>
      <TransferZiel kommuneId={z.kommuneId} zielId={z.id} darfSchreiben={z.darfSchreiben} />
    </>
  );
}
