import { Link, useParams } from 'react-router-dom';
import { Alert, Ladeanzeige, Seitentitel, Tabelle, useDaten } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import type { KommuneDetail as KommuneDetailDaten } from '../kommunen.schemas.ts';
import { kommunen as kommunenTexte } from './texte.ts';
import { groessenklasseLang, groessenklassenListe, istKreis } from './groessenklasse.ts';
import { wirkungTexte } from '../../wirkung/ui/index.ts';

const t = kommunenTexte;
const d = t.detail;
/** Unknown key (404) or a malformed one (400): the page says "not found". */
const NICHT_GEFUNDEN = new Set(['kommune.nicht_gefunden', 'anfrage.ungueltig']);

function Eintrag({ name, children }: { name: string; children: React.ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{name}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

function GroessenklassenTabelle({ kreis, aktuell }: { kreis: boolean; aktuell: number | null }) {
  return (
    <Tabelle
      beschriftung={kreis ? d.groessenklasseTabelleKreise : d.groessenklasseTabelleGemeinden}
      beschriftungSichtbar
      klein
      spalten={[{ titel: d.spalteKlasse }, { titel: d.spalteSpanne }]}
    >
      {groessenklassenListe(kreis).map(([klasse, spanne]) => {
        const istAktuell = Number(klasse) === aktuell;
        return (
          <tr key={klasse} className={`kern-table__row${istAktuell ? ' lotse-zeile-aktiv' : ''}`}>
            <th scope="row" className="kern-table__header">{klasse}{istAktuell ? <span className="kern-body--bold"> {d.dieseKommune}</span> : null}</th>
            <td className="kern-table__cell">{t.groessenklassen.spanneText(spanne)}</td>
          </tr>
        );
      })}
    </Tabelle>
  );
}

export default function KommuneDetail() {
  const { key = '' } = useParams();
  const { daten, fehler, fehlerCode, laedt } = useDaten<KommuneDetailDaten>(`/api/kommunen/${encodeURIComponent(key)}`);
  // A new key: the previous Kommune is not shown while the next one loads.
  const kommune = laedt ? null : daten;

  if (fehler && !laedt) {
    const nichtGefunden = fehlerCode !== null && NICHT_GEFUNDEN.has(fehlerCode);
    return (
      <>
        <Seitentitel titel={nichtGefunden ? d.nichtGefundenTitel : texte.kern.fehlerAllgemein} />
        <Alert typ={nichtGefunden ? 'info' : 'danger'} ansage="keine">{nichtGefunden ? d.nichtGefunden : fehler}</Alert>
        <p className="kern-body lotse-abstand-oben"><Link className="kern-link" to="/kommunen">{d.zurSuche}</Link></p>
      </>
    );
  }
  if (!kommune) {
    return (
      <>
        <Seitentitel titel={d.vorzeile} />
        <Ladeanzeige />
      </>
    );
  }

  const land = kommune.land;
  const kreis = istKreis(kommune.typ);
  const hatKlasse = kommune.groessenklasse !== null && kommune.groessenklasse !== undefined;
  const typText = t.typen[kommune.typ] ?? kommune.typ;

  return (
    <article>
      <Seitentitel titel={kommune.name} vorzeile={typText} />
      {kommune.ags.length >= 5 ? (
        <p className="kern-body"><Link className="kern-link" to={`/kommunen/${kommune.ars}/indikatoren`}>{wirkungTexte.indikatoren.linkAufKommunenseite}</Link></p>
      ) : null}
      <div className="lotse-zweispaltig">
        <section className="kern-card kern-card--hug" aria-labelledby="kommune-stammdaten">
          <div className="kern-card__container">
            <div className="kern-card__header">
              <h2 className="kern-heading-medium" id="kommune-stammdaten">{d.stammdatenTitel}</h2>
            </div>
            <div className="kern-card__body">
              <dl className="kern-description-list">
                <Eintrag name={d.typ}>{typText}</Eintrag>
                <Eintrag name={d.einwohner}>
                  {t.einwohner(kommune.einwohner)} <span className="kern-body--small lotse-gedaempft">({d.einwohnerStand})</span>
                </Eintrag>
                {kommune.kreis && kommune.kreis.ars !== kommune.ars ? (
                  <Eintrag name={d.kreis}><Link className="kern-link" to={`/kommunen/${kommune.kreis.ars}`}>{kommune.kreis.name}</Link></Eintrag>
                ) : null}
                {land && land.ars !== kommune.ars ? (
                  <Eintrag name={d.land}>
                    {/^[0-9]{2}0*$/.test(land.ars) ? <Link className="kern-link" to={`/kommunen/${land.ars}`}>{land.name}</Link> : land.name}
                  </Eintrag>
                ) : null}
                <Eintrag name={d.ags}><span className="lotse-schluessel">{kommune.ags}</span></Eintrag>
                <Eintrag name={d.ars}><span className="lotse-schluessel">{kommune.ars}</span></Eintrag>
              </dl>
            </div>
          </div>
        </section>
        <section className="kern-card kern-card--hug" aria-labelledby="kommune-groessenklasse">
          <div className="kern-card__container">
            <div className="kern-card__header">
              <h2 className="kern-heading-medium" id="kommune-groessenklasse">{d.groessenklasseTitel}</h2>
            </div>
            <div className="kern-card__body">
              {hatKlasse ? (
                <div className="lotse-kennzahl">
                  <span className="lotse-kennzahl__wert" aria-hidden="true">{kommune.groessenklasse}</span>
                  <span className="lotse-kennzahl__text kern-body">
                    <span className="kern-body--bold">{groessenklasseLang(kommune.typ, kommune.groessenklasse)}</span>
                    <span className="lotse-gedaempft" aria-hidden="true">{t.groessenklassen.vonKlassen(kreis)}</span>
                  </span>
                </div>
              ) : (
                <p className="kern-body">{d.groessenklasseKeine}</p>
              )}
              <p className="kern-body">
                {d.groessenklasseErklaerung} <Link className="kern-link" to="/quellen">{d.quelle}</Link>
              </p>
              {hatKlasse ? (
                <details className="lotse-details">
                  <summary className="kern-body">{d.alleKlassenZeigen}</summary>
                  <GroessenklassenTabelle kreis={kreis} aktuell={kommune.groessenklasse} />
                </details>
              ) : null}
            </div>
          </div>
        </section>
      </div>
      <p className="kern-body lotse-abstand-oben">
        <Link className="kern-link" to="/kommunen">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />{d.zurueck}
        </Link>
      </p>
    </article>
  );
}
