import { Link } from 'react-router-dom';
import { Tabelle } from '../../../../web/komponenten/index.ts';
import type { DetailAntwort as Detail } from '../../loesungen.schemas.ts';
import { herkunftText } from '../Karte.tsx';
import { loesungen as t } from '../texte.ts';
import { Eintrag } from './teile.tsx';

const d = t.detail;

/** Key facts: origin, field of action, effort, cost, duration, contact, tags, language. */
export function Eckdaten({ l, fremdsprachig }: { l: Detail; fremdsprachig?: string }) {
  const aufwand = d.spanne(l.aufwandVon, l.aufwandBis, d.personentage);
  const kosten = d.spanne(l.kostenVon, l.kostenBis, d.euro);
  return (
    <section className="lotse-abschnitt" aria-labelledby="l-eckdaten">
      <h2 className="kern-heading-medium" id="l-eckdaten">{d.eckdaten}</h2>
      <dl className="kern-description-list">
        <Eintrag name={d.herkunft}>
          {l.herkunft ? <Link className="kern-link" to={`/kommunen/${l.herkunft.kommuneId}`}>{l.herkunft.name}</Link> : herkunftText(l)}
        </Eintrag>
        {l.handlungsfeld ? <Eintrag name={d.handlungsfeld}>{l.handlungsfeld}</Eintrag> : null}
        {aufwand ? <Eintrag name={d.aufwand}>{aufwand}</Eintrag> : null}
        {kosten ? <Eintrag name={d.kosten}>{kosten}</Eintrag> : null}
        {l.dauerMonate != null ? <Eintrag name={d.dauer}>{d.monate(l.dauerMonate)}</Eintrag> : null}
        {l.kontakt ? <Eintrag name={d.kontakt}>{l.kontakt}</Eintrag> : null}
        {l.tags.length ? <Eintrag name={d.tags}><span lang={fremdsprachig}>{l.tags.join(', ')}</span></Eintrag> : null}
        <Eintrag name={d.sprache}>{t.sprache[l.sprache] ?? l.sprache}</Eintrag>
      </dl>
    </section>
  );
}

export function Links({ l }: { l: Detail }) {
  if (!l.links.length) return null;
  return (
    <section className="lotse-abschnitt" aria-labelledby="l-links">
      <h2 className="kern-heading-medium" id="l-links">{d.links}</h2>
      <ul className="kern-list">
        {l.links.map((x, i) => <li key={i}><a className="kern-link" href={x.url} rel="noopener noreferrer">{x.titel || x.url}</a></li>)}
      </ul>
    </section>
  );
}

/** Which Kommunen use the solution, since when, and what they report. */
export function Nutzungen({ l }: { l: Detail }) {
  return (
    <section className="lotse-abschnitt" aria-labelledby="l-nutzungen">
      <h2 className="kern-heading-medium" id="l-nutzungen">{d.nutzungen}</h2>
      <p className="kern-body">{d.nutzendeKommunen(l.nutzendeKommunen)}</p>
      {l.nutzungen.length ? (
        <ul className="kern-list">
          {l.nutzungen.map((n) => (
            <li key={n.kommuneId}>
              <Link className="kern-link" to={`/kommunen/${n.kommuneId}`}>{n.name}</Link>
              {n.seit ? ` (${d.nutzungSeit(n.seit)})` : null}
              {n.bericht ? <><br /><span className="kern-body--small">{n.bericht}</span></> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body">{d.nutzungenKeine}</p>
      )}
    </section>
  );
}

/** The seal „Bewährt“ with its criteria, or the note that the solution has none. */
export function Siegel({ l }: { l: Detail }) {
  return (
    <section className="lotse-abschnitt" aria-labelledby="l-siegel">
      <h2 className="kern-heading-medium" id="l-siegel">{d.siegelTitel}</h2>
      {l.siegel ? (
        <>
          <p className="kern-body">{t.siegelHinweis} {l.siegel.vergebenAm ? d.siegelVergeben(l.siegel.vergebenAm) : null}</p>
          <Tabelle beschriftung={d.siegelTitel} klein spalten={[{ titel: d.siegelKriterium }, { titel: d.siegelErfuellt }, { titel: d.siegelBegruendung }]}>
            {l.siegel.kriterien.map((k) => (
              <tr key={k.kriterium} className="kern-table__row">
                <th scope="row" className="kern-table__header">{t.kriterien[k.kriterium] ?? k.kriterium}</th>
                <td className="kern-table__cell">{k.erfuellt ? d.ja : d.nein}</td>
                <td className="kern-table__cell">{k.begruendung}</td>
              </tr>
            ))}
          </Tabelle>
        </>
      ) : (
        <p className="kern-body">{d.siegelKeins}</p>
      )}
    </section>
  );
}

export function Versionen({ l }: { l: Detail }) {
  return (
    <section className="lotse-abschnitt" aria-labelledby="l-versionen">
      <h2 className="kern-heading-medium" id="l-versionen">{d.versionen}</h2>
      <ol className="kern-list" reversed>
        {l.versionen.map((v) => (
          <li key={v.version}>
            <strong>{d.version(v.version)}</strong>: {v.geaendertAm ? d.versionZeile(v.geaendertAm, v.autor) : null}
            {v.kommentar ? ` – ${v.kommentar}` : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
