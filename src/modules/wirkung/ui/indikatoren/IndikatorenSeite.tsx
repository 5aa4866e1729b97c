import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Diagramm, Fortschritt, Ladeanzeige, Seitentitel, Tabelle, useDaten } from '../../../../web/komponenten/index.ts';
import { texte } from '../../../../web/i18n/de.ts';
import type { IndikatorEintrag, IndikatorenAntwort } from '../../indikatoren/indikatoren.schemas.ts';
import { wirkung } from '../texte.ts';
import './indikatoren.css';

const t = wirkung.indikatoren;
const NICHT_GEFUNDEN = new Set(['kommune.nicht_gefunden', 'anfrage.ungueltig']);
const zahl = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const f = (x: number) => zahl.format(x);
const themaAnker = (thema: string) => `thema-${thema.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

function Verlauf({ e }: { e: IndikatorEintrag }) {
  const [offen, setOffen] = useState(false);
  return (
    <details className="lotse-details" onToggle={(ev) => setOffen((ev.target as HTMLDetailsElement).open)}>
      <summary className="kern-body kern-body--small">{t.verlaufZeigen}</summary>
      {offen ? (
        <Diagramm
          titel={t.verlauf(e.name)}
          art="linie"
          kategorien={e.werte.map((w) => String(w.jahr))}
          kategorieTitel={t.jahr}
          reihen={[{ name: e.ebene === 'kreis' ? `${e.name} (${t.kreiswert})` : e.name, werte: e.werte.map((w) => w.wert) }]}
          einheit={e.einheit}
          format={f}
          hoehe={220}
        />
      ) : null}
    </details>
  );
}

function Vergleich({ e }: { e: IndikatorEintrag }) {
  const kreis = e.ebene === 'kreis';
  const zeilen = [
    e.vergleich ? { gruppe: t.vergleichGk(kreis, e.vergleich.groessenklasse, e.vergleich.jahr, e.vergleich.n), v: e.vergleich } : null,
    e.vergleichLand ? { gruppe: t.vergleichLand(kreis, e.vergleichLand.jahr, e.vergleichLand.n), v: e.vergleichLand } : null,
  ].filter((z) => z !== null);
  if (!zeilen.length) return null;
  return (
    <Tabelle
      beschriftung={t.vergleichTabelle(e.name)}
      klein
      spalten={[{ titel: t.spalteGruppe }, { titel: t.spalteMedian }, { titel: t.spalteMitte }, { titel: t.spalteLage }]}
    >
      {zeilen.map(({ gruppe, v }) => (
        <tr key={gruppe} className="kern-table__row">
          <th scope="row" className="kern-table__header">{gruppe}</th>
          <td className="kern-table__cell">{f(v.median)}</td>
          <td className="kern-table__cell">{t.spanne(f(v.p25), f(v.p75))}</td>
          <td className="kern-table__cell">{v.anteilNiedriger === null ? '–' : `${v.anteilNiedriger} %`}</td>
        </tr>
      ))}
    </Tabelle>
  );
}

function Lage({ e }: { e: IndikatorEintrag }) {
  const kreis = e.ebene === 'kreis';
  const gk = e.vergleich?.anteilNiedriger ?? null;
  const land = e.vergleichLand?.anteilNiedriger ?? null;
  if (gk === null && land === null) return e.vergleich || e.vergleichLand ? <p className="kern-body kern-body--small">{t.keineLage}</p> : null;
  return (
    <p className="kern-body">
      {gk !== null ? t.lageGk(gk, kreis) : null}
      {gk !== null && land !== null ? ' ' : null}
      {land !== null ? (gk !== null ? t.lageLand(land, kreis) : t.lageNurLand(land, kreis)) : null}.
    </p>
  );
}

function IndikatorKarte({ e }: { e: IndikatorEintrag }) {
  const letzter = e.werte.at(-1);
  const id = `indikator-${e.id}`;
  return (
    <li className="kern-card lotse-indikator" aria-labelledby={id}>
      <div className="kern-card__container">
        <div className="kern-card__header">
          <h3 className="kern-heading-small" id={id}>{e.name}</h3>
        </div>
        <div className="kern-card__body">
          {letzter ? (
            <p className="kern-body">
              <span className="kern-body--bold">{t.letzterWert(letzter.jahr)}: {f(letzter.wert)} {e.einheit}</span>
              {e.ebene === 'kreis' ? <> <span className="kern-badge kern-badge--info"><span className="kern-label kern-label--small">{t.kreiswert}</span></span></> : null}
              <span className="lotse-gedaempft"> · {t.richtung[e.richtung] ?? e.richtung}</span>
            </p>
          ) : null}
          {e.ebene === 'kreis' ? <p className="kern-body kern-body--small lotse-gedaempft">{t.kreiswertErklaerung}</p> : null}
          {e.id === 'destatis_einwohner' ? <p className="kern-body kern-body--small">{t.einwohnerHinweis}</p> : null}
          <Lage e={e} />
          <Vergleich e={e} />
          <Verlauf e={e} />
          <p className="kern-body kern-body--small lotse-gedaempft lotse-quelle">
            {t.quelle}: {e.quelle}. {t.lizenz}: {e.lizenz}. {t.stand}: {e.stand}.
          </p>
        </div>
      </div>
    </li>
  );
}

export default function IndikatorenSeite() {
  const { key = '' } = useParams();
  const { daten, fehler, fehlerCode, laedt, neuLaden } = useDaten<IndikatorenAntwort>(`/api/kommunen/${encodeURIComponent(key)}/indikatoren`);
  const laeuft = daten !== null && !daten.laden.fertig;
  // While the reference data arrives, ask again every few seconds.
  useEffect(() => {
    if (!laeuft || laedt) return;
    const zeit = setTimeout(neuLaden, 3000);
    return () => clearTimeout(zeit);
  }, [laeuft, laedt, neuLaden]);

  if (fehler && !daten) {
    const nichtGefunden = fehlerCode !== null && NICHT_GEFUNDEN.has(fehlerCode);
    const titel = fehlerCode === 'indikatoren.keine_ebene' ? t.keineEbeneTitel : nichtGefunden ? t.nichtGefundenTitel : texte.kern.fehlerAllgemein;
    return (
      <>
        <Seitentitel titel={titel} />
        <Alert typ={nichtGefunden || fehlerCode === 'indikatoren.keine_ebene' ? 'info' : 'danger'} ansage="keine">{nichtGefunden ? t.nichtGefunden : fehler}</Alert>
        <p className="kern-body lotse-abstand-oben"><Link className="kern-link" to="/kommunen">{t.zurSuche}</Link></p>
      </>
    );
  }
  if (!daten) {
    return (
      <>
        <Seitentitel titel={t.vorzeile} />
        <Ladeanzeige />
      </>
    );
  }

  const themen = daten.themen.map((thema) => ({ thema, items: daten.items.filter((i) => i.thema === thema) })).filter((g) => g.items.length > 0);
  return (
    <article className="lotse-indikatoren">
      <Seitentitel titel={t.titel(daten.kommune.name)} vorzeile={t.vorzeile} einleitung={t.einleitung} />
      <p className="kern-body"><Link className="kern-link" to={`/kommunen/${daten.kommune.ars}`}>{t.zurKommune}</Link></p>
      {laeuft ? (
        <div role="status">
          <Alert typ="info" ansage="keine">
            {t.laedt(daten.laden.prozent)} {t.laedtHinweis}
          </Alert>
          {daten.laden.prozent !== null ? <Fortschritt label={t.laedtFortschritt} wert={daten.laden.prozent} max={100} /> : null}
        </div>
      ) : null}
      {!laeuft && themen.length === 0 ? <Alert typ="info" ansage="keine">{t.keineWerte}</Alert> : null}
      {themen.length > 0 ? (
        <nav aria-label={t.inhalt} className="lotse-abstand-oben">
          <ul className="kern-list kern-list--bullet">
            {themen.map((g) => (
              <li key={g.thema} className="kern-body"><a className="kern-link" href={`#${themaAnker(g.thema)}`}>{g.thema}</a> ({t.anzahl(g.items.length)})</li>
            ))}
          </ul>
        </nav>
      ) : null}
      {themen.map((g) => (
        <section key={g.thema} aria-labelledby={themaAnker(g.thema)} className="lotse-abstand-oben">
          <h2 className="kern-heading-medium" id={themaAnker(g.thema)}>{g.thema}</h2>
          <ul className="lotse-indikator-liste">
            {g.items.map((e) => <IndikatorKarte key={e.id} e={e} />)}
          </ul>
        </section>
      ))}
    </article>
  );
}
