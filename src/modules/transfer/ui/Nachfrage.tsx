import { useEffect, useState } from 'react';
import type { EChartsOption } from 'echarts';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../../web/api.ts';
import { Alert, Auswahl, Diagramm, Ladeanzeige, Seitentitel, Tabelle } from '../../../web/komponenten/index.ts';
import { StatusBadge, bedarfeTexte, fehlertext, type BedarfStatus } from '../../bedarfe/ui/index.ts';
import { transfer as transferTexte } from './texte.ts';
import { hatRolle, useKonto } from '../../../web/konto.tsx';
import { groessenklasseSpanne } from '../../kommunen/ui/index.ts';

const t = transferTexte;
const tb = bedarfeTexte;
const SCHWELLEN = ['7', '30', '90'];

interface Nachfrage {
  stand: string;
  gesamt: number;
  offen: number;
  ohneTreffer: {
    ohneVorschlagSeitTagen: number;
    gesamt: number;
    gruppen: {
      handlungsfeld: string | null;
      anzahl: number;
      keinePassende: number;
      ohneVorschlag: number;
      bedarfe: { id: string; titel: string; kommuneId: string; kommuneName: string; status: BedarfStatus; alterTage: number }[];
    }[];
  };
  gefragteLoesungen: { loesungId: string; titel: string; externalId: string | null; handlungsfeld: string | null; vorschlaege: number; inUmsetzung: number; nutzungen: number; summe: number }[];
  proLand: { land: string; landName: string; anzahl: number; offen: number }[];
  proGroessenklasse: { art: 'gemeinde' | 'kreis' | 'land'; groessenklasse: number | null; anzahl: number; offen: number }[];
  proHandlungsfeld: { handlungsfeld: string | null; anzahl: number; offen: number }[];
  proStatus: { status: BedarfStatus; anzahl: number }[];
}

/** Anzahlen: nur ganze Zahlen an der Wertachse. */
const ganzzahlig = (achse: 'x' | 'y') => (o: EChartsOption): EChartsOption => {
  const schluessel = achse === 'x' ? 'xAxis' : 'yAxis';
  return { ...o, [schluessel]: { ...(o[schluessel] as object), minInterval: 1 } };
};

function groesseLabel(g: Nachfrage['proGroessenklasse'][number]): string {
  if (g.art === 'land') return t.groesseLand;
  if (g.groessenklasse === null) return t.groesseOhne;
  if (g.art === 'kreis') return t.groesseKreis(g.groessenklasse, groessenklasseSpanne('kreis', g.groessenklasse) ?? '');
  return t.groesseGemeinde(g.groessenklasse, groessenklasseSpanne('gemeinde', g.groessenklasse) ?? '');
}

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

function GefragteTabelle({ n }: { n: Nachfrage }) {
  return (
    <Tabelle
      beschriftung={t.gefragtTabelle}
      beschriftungSichtbar
      gestreift
      spalten={[
        { titel: t.loesung },
        { titel: t.spalteVorschlaege, zahl: true },
        { titel: t.spalteInUmsetzung, zahl: true },
        { titel: t.spalteNutzungen, zahl: true },
        { titel: t.spalteSumme, zahl: true },
      ]}
    >
      {n.gefragteLoesungen.map((l) => (
        <tr key={l.loesungId} className="kern-table__row">
          <th scope="row" className="kern-table__header"><Link className="kern-link" to={`/loesungen/${l.loesungId}`}>{l.titel}</Link></th>
          <td className="kern-table__cell kern-table__cell--numeric">{l.vorschlaege}</td>
          <td className="kern-table__cell kern-table__cell--numeric">{l.inUmsetzung}</td>
          <td className="kern-table__cell kern-table__cell--numeric">{l.nutzungen}</td>
          <td className="kern-table__cell kern-table__cell--numeric">{l.summe}</td>
        </tr>
      ))}
    </Tabelle>
  );
}

export default function NachfrageSeite() {
  const { konto, geladen } = useKonto();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const schwelle = params.get('tage') ?? '30';
  const [auswahl, setAuswahl] = useState(schwelle);
  const [n, setN] = useState<Nachfrage | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const berechtigt = hatRolle(konto, 'transferstelle') || hatRolle(konto, 'plattform-admin');

  useEffect(() => setAuswahl(schwelle), [schwelle]);
  useEffect(() => {
    if (!berechtigt) return;
    const ac = new AbortController();
    setFehler(null);
    api<Nachfrage>(`/api/transfer/nachfrage?ohneVorschlagSeitTagen=${encodeURIComponent(schwelle)}`, { signal: ac.signal })
      .then(setN)
      .catch((e) => !ac.signal.aborted && setFehler(fehlertext(e)));
    return () => ac.abort();
  }, [schwelle, berechtigt]);

  if (!geladen) return <Ladeanzeige />;
  if (!berechtigt) {
    return (
      <>
        <Seitentitel titel={t.titel} vorzeile={t.vorzeile} />
        <Alert typ="info" ansage="keine">{konto ? bedarfeTexte.eingang.nurFuerLotsen : bedarfeTexte.meine.nichtAngemeldet}</Alert>
      </>
    );
  }

  return (
    <>
      <Seitentitel titel={t.titel} vorzeile={t.vorzeile} einleitung={t.einleitung} />
      {fehler ? <Alert typ="danger" titel={t.fehler}>{fehler}</Alert> : null}
      {!n && !fehler ? <Ladeanzeige text={t.laden} /> : null}
      {n ? (
        <>
          <section className="lotse-abschnitt" aria-labelledby="nachfrage-kennzahlen">
            <h2 className="kern-heading-medium" id="nachfrage-kennzahlen">{t.kennzahlen}</h2>
            <dl className="kern-description-list">
              {[
                [t.gesamt, n.gesamt],
                [t.offen, n.offen],
                [t.ohneTreffer, n.ohneTreffer.gesamt],
              ].map(([k, v]) => (
                <div key={k} className="kern-description-list-item">
                  <dt className="kern-description-list-item__key">{k}</dt>
                  <dd className="kern-description-list-item__value">{v}</dd>
                </div>
              ))}
            </dl>
            <p className="kern-body kern-body--small lotse-gedaempft">{t.stand(n.stand)}</p>
            <form
              className="lotse-row"
              aria-label={t.schwelle}
              onSubmit={(e) => {
                e.preventDefault();
                navigate(auswahl === '30' ? '/transferstelle/nachfrage' : `/transferstelle/nachfrage?tage=${auswahl}`);
              }}
            >
              <Auswahl
                id="nachfrage-schwelle"
                label={t.schwelle}
                value={auswahl}
                onChange={(e) => setAuswahl(e.target.value)}
                optionen={SCHWELLEN.map((s) => ({ wert: s, text: t.schwelleTage(Number(s)) }))}
              />
              <div className="lotse-knopfleiste">
                <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t.aktualisieren}</span></button>
              </div>
            </form>
          </section>

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

          <section className="lotse-abschnitt" aria-labelledby="nachfrage-gefragt">
            <h2 className="kern-heading-medium" id="nachfrage-gefragt">{t.gefragtTitel}</h2>
            {n.gefragteLoesungen.length ? (
              <>
                <Diagramm
                  titel={t.gefragtDiagramm}
                  beschreibung={t.gefragtBeschreibung}
                  art="balken-horizontal"
                  gestapelt
                  kategorieTitel={t.loesung}
                  kategorien={n.gefragteLoesungen.slice(0, 10).map((l) => l.titel)}
                  reihen={[
                    { name: t.reiheVorschlaege, werte: n.gefragteLoesungen.slice(0, 10).map((l) => l.vorschlaege) },
                    { name: t.reiheNutzungen, werte: n.gefragteLoesungen.slice(0, 10).map((l) => l.nutzungen) },
                  ]}
                  tabelle="aufklappbar"
                  hoehe={Math.max(200, 40 * Math.min(10, n.gefragteLoesungen.length) + 80)}
                  option={ganzzahlig('x')}
                />
                <GefragteTabelle n={n} />
              </>
            ) : (
              <p className="kern-body">{t.gefragtLeer}</p>
            )}
          </section>

          <section className="lotse-abschnitt" aria-labelledby="nachfrage-herkunft">
            <h2 className="kern-heading-medium" id="nachfrage-herkunft">{t.herkunftTitel}</h2>
            <Diagramm
              titel={t.landTitel}
              art="balken"
              kategorieTitel={t.land}
              kategorien={n.proLand.map((l) => l.landName)}
              reihen={[
                { name: t.reiheGesamt, werte: n.proLand.map((l) => l.anzahl) },
                { name: t.reiheOffen, werte: n.proLand.map((l) => l.offen) },
              ]}
              option={ganzzahlig('y')}
            />
            <Diagramm
              titel={t.groesseTitel}
              beschreibung={t.groesseBeschreibung}
              art="balken"
              kategorieTitel={t.groessenklasse}
              kategorien={n.proGroessenklasse.map(groesseLabel)}
              reihen={[
                { name: t.reiheGesamt, werte: n.proGroessenklasse.map((g) => g.anzahl) },
                { name: t.reiheOffen, werte: n.proGroessenklasse.map((g) => g.offen) },
              ]}
              option={ganzzahlig('y')}
            />
          </section>

          <section className="lotse-abschnitt" aria-labelledby="nachfrage-status">
            <h2 className="kern-heading-medium" id="nachfrage-status">{t.bearbeitungTitel}</h2>
            <Diagramm
              titel={t.statusTitel}
              art="balken"
              kategorieTitel={t.status}
              kategorien={n.proStatus.map((s) => tb.status[s.status])}
              reihen={[{ name: t.reiheGesamt, werte: n.proStatus.map((s) => s.anzahl) }]}
              option={ganzzahlig('y')}
              tabelle="aufklappbar"
            />
          </section>
        </>
      ) : null}
    </>
  );
}
