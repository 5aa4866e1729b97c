import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Diagramm, Formularfeld, Ladeanzeige, Tabelle, useDaten } from '../../../../web/komponenten/index.ts';
import type { KennzahlenAntwort, KennzahlenBlock } from '../../prozesse/prozesse.schemas.ts';
import { prozesseTexte as t } from '../texte-prozesse.ts';

const zahl = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const fmt = (w: number | null, faktor = 1) => (w === null ? t.keinWert : zahl.format(w * faktor));

const ZEILEN: { titel: string; wert: (b: KennzahlenBlock) => string }[] = [
  { titel: t.faelle, wert: (b) => zahl.format(b.faelle) },
  { titel: t.durchlaufMedian, wert: (b) => fmt(b.durchlaufzeitMedianStunden) },
  { titel: t.durchlaufP90, wert: (b) => fmt(b.durchlaufzeitP90Stunden) },
  { titel: t.warteMedian, wert: (b) => fmt(b.wartezeitMedianStunden) },
  { titel: t.durchsatz, wert: (b) => fmt(b.durchsatzProWoche) },
  { titel: t.nacharbeit, wert: (b) => fmt(b.nacharbeitQuote, 100) },
];

/** Key figures before/after a cut-over day: a chart of the times with its table, and a table of all figures. */
export function Kennzahlen({ prozessId, version, vorschlag }: { prozessId: string; version: number; vorschlag: string }) {
  const [eingabe, setEingabe] = useState(vorschlag);
  const [stichtag, setStichtag] = useState(vorschlag);
  const pfad = `/api/kaizen/prozesse/${prozessId}/kennzahlen${stichtag ? `?stichtag=${stichtag}` : ''}`;
  const { daten, fehler, laedt, neuLaden } = useDaten<KennzahlenAntwort>(pfad);
  // `version` changes after an import: load again.
  useEffect(() => {
    if (version) neuLaden();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);

  const anzeigen = (e: FormEvent) => {
    e.preventDefault();
    setStichtag(eingabe);
  };

  const bloecke: [string, KennzahlenBlock][] = !daten ? [] : 'gesamt' in daten ? [[t.gesamt, daten.gesamt]] : [[t.vorher, daten.vorher], [t.nachher, daten.nachher]];
  const hatFaelle = bloecke.some(([, b]) => b.faelle > 0);
  return (
    <section className="lotse-abschnitt" aria-labelledby="kaizen-kennzahlen-titel">
      <h2 className="kern-heading-medium" id="kaizen-kennzahlen-titel">{t.kennzahlenTitel}</h2>
      <p className="kern-body">{t.kennzahlenEinleitung}</p>
      <form className="lotse-formular" onSubmit={anzeigen} noValidate>
        <Formularfeld id="kaizen-stichtag" type="date" label={t.stichtag} hinweis={t.stichtagHinweis} optional value={eingabe} onChange={(e) => setEingabe(e.target.value)} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t.anzeigen}</span></button>
          {stichtag ? (
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => { setEingabe(''); setStichtag(''); }}>
              <span className="kern-label">{t.ohneStichtag}</span>
            </button>
          ) : null}
        </div>
      </form>
      {laedt && !daten ? <Ladeanzeige /> : null}
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {daten && !hatFaelle ? <Alert typ="info" ansage="keine">{t.keineDaten}</Alert> : null}
      {daten && hatFaelle ? (
        <>
          <Diagramm
            titel={'gesamt' in daten ? t.diagrammTitelGesamt : t.diagrammTitel}
            beschreibung={t.diagrammBeschreibung}
            art="balken"
            kategorieTitel={t.diagrammKategorie}
            kategorien={[t.durchlaufMedian, t.durchlaufP90, t.warteMedian]}
            reihen={bloecke.map(([name, b]) => ({ name, werte: [b.durchlaufzeitMedianStunden, b.durchlaufzeitP90Stunden, b.wartezeitMedianStunden] }))}
            einheit={t.stunden}
            tabelle="aufklappbar"
          />
          <Tabelle beschriftung={t.tabelleTitel} beschriftungSichtbar spalten={[{ titel: t.kennzahl }, ...bloecke.map(([name]) => ({ titel: name, zahl: true }))]}>
            {ZEILEN.map((z) => (
              <tr key={z.titel} className="kern-table__row">
                <th scope="row" className="kern-table__header">{z.titel}</th>
                {bloecke.map(([name, b]) => <td key={name} className="kern-table__cell kern-table__cell--numeric">{z.wert(b)}</td>)}
              </tr>
            ))}
          </Tabelle>
        </>
      ) : null}
    </section>
  );
}
