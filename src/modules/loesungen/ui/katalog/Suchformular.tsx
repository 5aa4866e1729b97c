import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Auswahl, Formularfeld } from '../../../../web/komponenten/index.ts';
import { groessenklassenListe, kommunenTexte } from '../../../kommunen/ui/index.ts';
import { HANDLUNGSFELDER, WIRKUNGSTREPPE } from '../../loesungen.schemas.ts';
import { loesungen as t } from '../texte.ts';
import type { Filter } from './suche.ts';

const k = t.katalog;

const LAENDER = Object.entries(kommunenTexte.laender)
  .sort((a, b) => a[1].localeCompare(b[1], 'de'))
  .map(([wert, text]) => ({ wert, text }));
const GROESSEN = groessenklassenListe(false).map(([n, spanne]) => ({ wert: String(n), text: k.groessenklasseOption(n, spanne) }));
const STUFEN = Object.entries(WIRKUNGSTREPPE).map(([n, s]) => ({ wert: n, text: k.wirkungsstufeOption(Number(n), s.label) }));

/** Search box and filters; also works as a plain GET form. */
export function Suchformular({ eingabe, setEingabe, suchen, gefiltert }: {
  eingabe: Filter; setEingabe: (f: (s: Filter) => Filter) => void; suchen: (e: FormEvent) => void; gefiltert: boolean;
}) {
  const setze = (key: keyof Filter) => (e: { target: { value: string } }) => setEingabe((s) => ({ ...s, [key]: e.target.value }));
  return (
    <form className="lotse-suchformular" role="search" aria-label={k.formular} onSubmit={suchen} noValidate action="/loesungen" method="get">
      <Formularfeld id="loesungen-q" name="q" type="search" label={k.begriff} hinweis={k.begriffHinweis} optional autoComplete="off" value={eingabe.q} onChange={setze('q')} />
      <div className="lotse-suchformular__felder lotse-abstand-oben">
        <Auswahl id="loesungen-handlungsfeld" name="handlungsfeld" label={k.handlungsfeld} optional value={eingabe.handlungsfeld} onChange={setze('handlungsfeld')}
          optionen={[{ wert: '', text: k.alleHandlungsfelder }, ...HANDLUNGSFELDER.map((h) => ({ wert: h, text: h }))]} />
        <Auswahl id="loesungen-land" name="land" label={k.land} optional value={eingabe.land} onChange={setze('land')} optionen={[{ wert: '', text: k.alleLaender }, ...LAENDER]} />
        <Auswahl id="loesungen-groessenklasse" name="groessenklasse" label={k.groessenklasse} optional value={eingabe.groessenklasse} onChange={setze('groessenklasse')}
          optionen={[{ wert: '', text: k.alleGroessenklassen }, ...GROESSEN]} />
        <Auswahl id="loesungen-wirkungsstufe" name="wirkungsstufe" label={k.wirkungsstufe} optional value={eingabe.wirkungsstufe} onChange={setze('wirkungsstufe')}
          optionen={[{ wert: '', text: k.alleWirkungsstufen }, ...STUFEN]} />
      </div>
      <div className="kern-form-check">
        <input className="kern-form-check__checkbox" type="checkbox" id="loesungen-siegel" name="siegel" value="true" checked={eingabe.siegel === 'true'}
          onChange={(e) => setEingabe((s) => ({ ...s, siegel: e.target.checked ? 'true' : '' }))} />
        <label className="kern-label" htmlFor="loesungen-siegel">{k.nurSiegel}</label>
      </div>
      <div className="lotse-knopfleiste">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-icon kern-icon--search" aria-hidden="true" />
          <span className="kern-label">{k.knopf}</span>
        </button>
        {gefiltert ? <Link className="kern-link" to="/loesungen">{k.zuruecksetzen}</Link> : null}
      </div>
    </form>
  );
}
