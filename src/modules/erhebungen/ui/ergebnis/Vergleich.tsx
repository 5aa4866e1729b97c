import { Alert, Diagramm, Tabelle } from '../../../../web/komponenten/index.ts';
import type { VergleichAntwort } from '../../vergleich/vergleich.schemas.ts';
import { bereicheText, datum, t, z } from './hilfen.ts';

/** Comparison with municipalities of the same kind and size class (published ranges, own position). */
export function Vergleich({ vergleich, fehler }: { vergleich: VergleichAntwort | null; fehler: string | null }) {
  const mitPosition = vergleich?.dimensionen.flatMap((d) => (d.position ? [{ ...d, position: d.position }] : [])) ?? [];
  return (
    <section className="lotse-abschnitt" aria-labelledby="vergleich-titel">
      <h2 className="kern-heading-medium" id="vergleich-titel">{t.vergleichTitel}</h2>
      {fehler ? <Alert typ="info" ansage="keine">{fehler}</Alert> : null}
      {vergleich ? (
        <>
          <p className="kern-body">{t.vergleichEinleitung(vergleich.gruppe.art, vergleich.gruppe.groessenklasse, datum(vergleich.stand.berechnetAm))}</p>
          {!vergleich.eigeneRundeAbgeschlossen ? <Alert typ="info" ansage="keine">{t.vergleichNachAbschluss}</Alert> : null}
          {mitPosition.length ? (
            <Diagramm
              titel={t.positionBalken}
              beschreibung={t.positionBeschreibung}
              art="balken-horizontal"
              gestapelt
              kategorien={mitPosition.map((d) => `${d.titel} (${t.ihrBereich(d.position.von, d.position.bis)})`)}
              kategorieTitel={t.bereich}
              reihen={[
                { name: t.reiheDarunter, werte: mitPosition.map((d) => d.position.anteilDarunter) },
                { name: t.reiheImBereich, werte: mitPosition.map((d) => d.position.anteilImBereich) },
                { name: t.reiheDarueber, werte: mitPosition.map((d) => d.position.anteilDarueber) },
              ]}
              max={100}
              einheit="%"
              hoehe={Math.max(200, mitPosition.length * 56 + 80)}
              tabelle="aufklappbar"
            />
          ) : null}
          <Tabelle
            beschriftung={t.positionTabelle}
            beschriftungSichtbar
            klein
            spalten={[{ titel: t.bereich }, { titel: t.spalteIhrWert, zahl: true }, { titel: t.spalteIhrBereich }, { titel: t.spalteBereiche }, { titel: t.spalteAnzahl, zahl: true }, { titel: t.spalteVorreiter }]}
          >
            {vergleich.dimensionen.map((d) => (
              <tr key={d.id} className="kern-table__row">
                <th scope="row" className="kern-table__header">{d.titel}</th>
                <td className="kern-table__cell kern-table__cell--numeric">{z(d.score)}</td>
                <td className="kern-table__cell">{d.position ? t.ihrBereich(d.position.von, d.position.bis) : '–'}</td>
                <td className="kern-table__cell">
                  {d.verfuegbar ? `${bereicheText(d.bereiche, t.kommunen)}${d.medianBereich ? ` (${t.mitte(d.medianBereich.von, d.medianBereich.bis)})` : ''}` : t.zuKlein}
                </td>
                <td className="kern-table__cell kern-table__cell--numeric">{d.anzahlKommunen ?? '–'}</td>
                <td className="kern-table__cell">{d.vorreiter.length ? d.vorreiter.join(', ') : '–'}</td>
              </tr>
            ))}
          </Tabelle>
        </>
      ) : null}
    </section>
  );
}
