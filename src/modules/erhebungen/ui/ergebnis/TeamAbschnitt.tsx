import { Diagramm, Tabelle } from '../../../../web/komponenten/index.ts';
import type { ErgebnisAntwort } from '../../runden/runden.schemas.ts';
import { rollenWerte } from './Gesamt.tsx';
import { bereicheText, t, z } from './hilfen.ts';

/** Team mode: mean and distribution (ranges of at least 5 people) per dimension, role groups if shown. */
export function TeamAbschnitt({ ergebnis }: { ergebnis: ErgebnisAntwort }) {
  const dims = ergebnis.dimensionen;
  const hatRollen = dims.some((d) => d.rollen.length >= 2);
  return (
    <section className="lotse-abschnitt" aria-labelledby="team-titel">
      <h2 className="kern-heading-medium" id="team-titel">{t.teamTitel}</h2>
      <p className="kern-body">{t.teamEinleitung(ergebnis.anzahlAntworten)}</p>
      <Tabelle
        beschriftung={t.teamTabelle}
        beschriftungSichtbar
        klein
        spalten={[{ titel: t.bereich }, { titel: t.spalteMittelwert, zahl: true }, { titel: t.spalteVerteilung }]}
      >
        {dims.map((d) => (
          <tr key={d.id} className="kern-table__row">
            <th scope="row" className="kern-table__header">{d.titel}</th>
            <td className="kern-table__cell kern-table__cell--numeric">{z(d.score)}</td>
            <td className="kern-table__cell">{d.verteilung.length ? bereicheText(d.verteilung, t.personen) : '–'}</td>
          </tr>
        ))}
      </Tabelle>
      <p className="kern-body kern-body--small">{t.teamGrenzen}</p>
      {hatRollen ? (
        <Diagramm
          titel={t.rollenTitel}
          beschreibung={t.rollenBeschreibung}
          art="balken"
          kategorien={dims.map((d) => d.titel)}
          kategorieTitel={t.bereich}
          reihen={[{ name: t.fuehrung, werte: rollenWerte(dims, 'fuehrung') }, { name: t.beschaeftigte, werte: rollenWerte(dims, 'beschaeftigte') }, { name: t.differenz, werte: dims.map((d) => d.differenzFuehrungBeschaeftigte) }]}
          einheit={t.punkte}
        />
      ) : (
        <p className="kern-body">{t.keineRollen}</p>
      )}
    </section>
  );
}
