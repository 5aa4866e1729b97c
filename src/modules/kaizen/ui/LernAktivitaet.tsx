import { Link } from 'react-router-dom';
import { Tabelle } from '../../../web/komponenten/index.ts';
import type { LernAktivitaet as Aktivitaet } from '../lernlog/lernlog.schemas.ts';
import { lernlogTexte } from './texte-lernlog.ts';

const t = lernlogTexte.aktivitaet;
const datum = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('de-DE');

/**
 * Echte Lernaktivität der Kommune (letzte 12 Monate) neben dem Wert der Dimension „Lernerfolg“ der
 * Selbsteinschätzung – für die Ergebnisseite im Modul erhebungen.
 */
export function LernAktivitaet({ aktivitaet, lernerfolg }: { aktivitaet: Aktivitaet; lernerfolg: string }) {
  return (
    <section className="lotse-abschnitt" aria-labelledby="lernaktivitaet-titel">
      <h2 className="kern-heading-medium" id="lernaktivitaet-titel">{t.titel}</h2>
      <p className="kern-body">{t.text(datum(aktivitaet.seit))}</p>
      <Tabelle beschriftung={t.caption} klein spalten={[{ titel: t.spalte }, { titel: t.wert, zahl: true }]}>
        <tr className="kern-table__row"><th scope="row" className="kern-table__header">{t.dimension}</th><td className="kern-table__cell kern-table__cell--numeric">{lernerfolg}</td></tr>
        <tr className="kern-table__row"><th scope="row" className="kern-table__header">{t.experimente}</th><td className="kern-table__cell kern-table__cell--numeric">{aktivitaet.experimenteEntschieden}</td></tr>
        <tr className="kern-table__row"><th scope="row" className="kern-table__header">{t.eintraege}</th><td className="kern-table__cell kern-table__cell--numeric">{aktivitaet.lerneintraege}</td></tr>
        <tr className="kern-table__row"><th scope="row" className="kern-table__header">{t.ideen}</th><td className="kern-table__cell kern-table__cell--numeric">{aktivitaet.ideenEntschieden}</td></tr>
      </Tabelle>
      <p className="kern-body"><Link className="kern-link" to="/kaizen/lernlog">{t.link}</Link></p>
    </section>
  );
}
