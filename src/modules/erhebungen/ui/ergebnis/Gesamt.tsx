import { Diagramm, Tabelle } from '../../../../web/komponenten/index.ts';
import type { ErgebnisAntwort } from '../../runden/runden.schemas.ts';
import { t, z } from './hilfen.ts';

function Kennzahl({ wert, text }: { wert: string; text: string }) {
  return (
    <div className="lotse-kennzahl">
      <span className="lotse-kennzahl__wert">{wert}</span>
      <span className="lotse-kennzahl__text">{text}</span>
    </div>
  );
}

/** Mean of a role group per dimension (team mode; null where the group is not shown). */
export const rollenWerte = (dims: ErgebnisAntwort['dimensionen'], rolle: string) => dims.map((d) => d.rollen.find((r) => r.rolle === rolle)?.mittelwert ?? null);

/** Overall value, radar chart and table of the dimensions, self-image. */
export function Gesamt({ ergebnis }: { ergebnis: ErgebnisAntwort }) {
  const dims = ergebnis.dimensionen;
  const einzeln = ergebnis.modus === 'einzeln';
  const hatRollen = dims.some((d) => d.rollen.length >= 2);
  return (
    <section className="lotse-abschnitt" aria-labelledby="gesamt-titel">
      <h2 className="kern-heading-medium" id="gesamt-titel">{t.gesamt}</h2>
      <Kennzahl wert={z(ergebnis.gesamt.score)} text={ergebnis.gesamt.stufe ? t.stufe(ergebnis.gesamt.stufe.stufe, ergebnis.gesamt.stufe.label) : t.punkte} />
      <div className="lotse-zweispaltig">
        <Diagramm
          titel={t.radarTitel}
          art="radar"
          kategorien={dims.map((d) => d.titel)}
          kategorieTitel={t.bereich}
          reihen={[
            { name: einzeln ? t.radarReihe : `${t.radarReihe} (Mittelwert)`, werte: dims.map((d) => d.score) },
            ...(hatRollen ? [{ name: t.fuehrung, werte: rollenWerte(dims, 'fuehrung') }, { name: t.beschaeftigte, werte: rollenWerte(dims, 'beschaeftigte') }] : []),
          ]}
          max={100}
          einheit={t.punkte}
          tabelle="aufklappbar"
        />
        <Tabelle
          beschriftung={t.stufenTitel}
          beschriftungSichtbar
          klein
          spalten={[{ titel: t.bereich }, { titel: t.punkte, zahl: true }, { titel: t.spalteStufe }, ...(einzeln ? [{ titel: t.spalteBeantwortet, zahl: true }] : [])]}
        >
          {dims.map((d) => (
            <tr key={d.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">{d.titel}</th>
              <td className="kern-table__cell kern-table__cell--numeric">{z(d.score)}</td>
              <td className="kern-table__cell">{d.stufe ? `${d.stufe.stufe} – ${d.stufe.label}` : '–'}</td>
              {einzeln ? <td className="kern-table__cell kern-table__cell--numeric">{d.beantwortet} / {d.anzahl}</td> : null}
            </tr>
          ))}
        </Tabelle>
      </div>
      {ergebnis.selbstbild.length ? (
        <>
          <h3 className="kern-heading-small">{t.selbstbildTitel}</h3>
          <ul className="kern-list">
            {ergebnis.selbstbild.map((s) => (
              <li key={s.dimension} className="kern-body">{t.selbstbild(dims.find((d) => d.id === s.dimension)?.titel ?? s.dimension, s.einschaetzung, z(s.score))}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
