import { useState } from 'react';
import { Alert, Auswahl, Diagramm, Ladeanzeige, Seitentitel, Tabelle, useDaten } from '../../../web/komponenten/index.ts';
import { useKonto } from '../../../web/konto.tsx';
import { KommuneWahl, useKommune } from './ideen/teile.tsx';
import { wirkungTexte as t } from './texte-lernlog.ts';

interface Kennzahlen { ideen: number; ideenJe100: number | null; entschieden: number; anteilFristgerecht: number | null; durchlaufzeitVerkuerzungProzent: number | null; experimenteMitVerkuerzung: number; stundenLaufend: number; stundenEinmalig: number; stundenBestaetigtVon: string[] }
interface Antwort { jahr: number; bundIdeenJe100: number; mindestTeam: number; kommune: Kennzahlen; teams: { einheitId: string; name: string; kennzahlen: Kennzahlen | null }[] }

const zahl = (v: number | null) => (v === null ? t.ohne : v.toLocaleString('de-DE', { maximumFractionDigits: 1 }));
const ZEILEN: [Exclude<keyof Kennzahlen, 'stundenBestaetigtVon'>, string][] = [
  ['ideen', t.ideen], ['ideenJe100', t.ideenJe100], ['entschieden', t.entschieden], ['anteilFristgerecht', t.fristgerecht],
  ['durchlaufzeitVerkuerzungProzent', t.verkuerzung], ['experimenteMitVerkuerzung', t.experimente],
  ['stundenLaufend', t.stundenLaufend], ['stundenEinmalig', t.stundenEinmalig],
];

/** /kaizen/wirkung: figures of a year for the Kommune and its teams (never per person; teams from 5 people). */
export default function Wirkung() {
  const { konto, geladen } = useKonto();
  const [kommune, setzeKommune] = useKommune(konto);
  const diesesJahr = new Date().getFullYear();
  const [jahr, setJahr] = useState(diesesJahr);
  const d = useDaten<Antwort>(kommune ? `/api/kaizen/wirkung?kommuneId=${kommune}&jahr=${jahr}` : null);
  if (!geladen) return <Ladeanzeige />;
  if (!konto) return null;
  const w = d.daten;
  const mitZahlen = w ? w.teams.filter((x) => x.kennzahlen) : [];
  return (
    <>
      <Seitentitel titel={t.titel} einleitung={t.einleitung} />
      {!kommune ? <Alert typ="info" ansage="keine">{t.keineMitgliedschaft}</Alert> : (
        <>
          <KommuneWahl konto={konto} kommune={kommune} setze={setzeKommune} />
          <Auswahl id="wirkung-jahr" label={t.jahr} value={String(jahr)} onChange={(e) => setJahr(Number(e.target.value))} optionen={[0, 1, 2, 3].map((i) => ({ wert: String(diesesJahr - i), text: String(diesesJahr - i) }))} />
          {d.fehler ? <Alert typ="danger">{d.fehler}</Alert> : null}
          {!w ? <Ladeanzeige /> : (
            <>
              <section className="lotse-abschnitt" aria-labelledby="wirkung-kommune">
                <h2 className="kern-heading-medium" id="wirkung-kommune">{t.kommune}</h2>
                <Tabelle beschriftung={t.caption(w.jahr)} klein spalten={[{ titel: t.kennzahl }, { titel: t.wert, zahl: true }]}>
                  {ZEILEN.map(([k, text]) => (
                    <tr key={k} className="kern-table__row"><th scope="row" className="kern-table__header">{text}</th><td className="kern-table__cell kern-table__cell--numeric">{zahl(w.kommune[k])}</td></tr>
                  ))}
                </Tabelle>
                {w.kommune.stundenBestaetigtVon.length ? <p className="kern-body">{t.bestaetigtVon(w.kommune.stundenBestaetigtVon)}</p> : null}
                <p className="kern-body">{t.bund} {w.bundIdeenJe100}.</p>
                <Diagramm
                  titel={t.diagramm}
                  art="balken"
                  kategorien={[t.kommune, ...mitZahlen.map((x) => x.name), 'Bundesverwaltung']}
                  kategorieTitel={t.team}
                  reihen={[{ name: t.reihe, werte: [w.kommune.ideenJe100, ...mitZahlen.map((x) => x.kennzahlen!.ideenJe100), w.bundIdeenJe100] }]}
                  einheit={t.reihe}
                  tabelle="aufklappbar"
                />
              </section>
              <section className="lotse-abschnitt" aria-labelledby="wirkung-teams">
                <h2 className="kern-heading-medium" id="wirkung-teams">{t.teams}</h2>
                <Tabelle beschriftung={`${t.teams} ${w.jahr}`} klein spalten={[{ titel: t.team }, ...ZEILEN.map(([, text]) => ({ titel: text, zahl: true }))]}>
                  {w.teams.map((x) => (
                    <tr key={x.einheitId} className="kern-table__row">
                      <th scope="row" className="kern-table__header">{x.name}</th>
                      {x.kennzahlen
                        ? ZEILEN.map(([k]) => <td key={k} className="kern-table__cell kern-table__cell--numeric">{zahl(x.kennzahlen![k])}</td>)
                        : <td className="kern-table__cell" colSpan={ZEILEN.length}>{t.zuKlein}</td>}
                    </tr>
                  ))}
                </Tabelle>
              </section>
            </>
          )}
        </>
      )}
    </>
  );
}
