import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Auswahl, Formularfeld } from '../../../../web/komponenten/index.ts';
import { groessenklassenListe, kommunenTexte } from '../../../kommunen/ui/index.ts';
import { HANDLUNGSFELDER, SUCHTEXT_MAX, WIRKUNGSTREPPE } from '../../loesungen.schemas.ts';
import { loesungen as t } from '../texte.ts';
import type { Filter } from './suche.ts';

const k = t.katalog;

const LAENDER = Object.entries(kommunenTexte.laender)
  .sort((a, b) => a[1].localeCompare(b[1], 'de'))
  .map(([wert, text]) => ({ wert, text }));
const GROESSEN = groessenklassenListe(false).map(([n, spanne]) => ({ wert: String(n), text: k.groessenklasseOption(n, spanne) }));
const STUFEN = Object.entries(WIRKUNGSTREPPE).map(([n, s]) => ({ wert: n, text: k.wirkungsstufeOption(Number(n), s.label) }));

/** Wide enough for filters beside the results (as in katalog.css). */
const BREIT = '(min-width: 64em)';

/** Whether the filters stand beside the results; follows the window (rotation, zoom). */
function useBreit() {
  const mq = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(BREIT) : null;
  const [breit, setBreit] = useState(mq?.matches ?? true);
  useEffect(() => {
    if (!mq) return;
    const neu = () => setBreit(mq.matches);
    mq.addEventListener('change', neu);
    return () => mq.removeEventListener('change', neu);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return breit;
}

/**
 * Search box and filters; also works as a plain GET form. The filters sit in a <details> block: open beside
 * the results on wide screens, folded on narrow ones so that the results start within the first screen.
 */
export function Suchformular({ eingabe, setEingabe, suchen, gefiltert, aktiv, feldFehler }: {
  eingabe: Filter; setEingabe: (f: (s: Filter) => Filter) => void; suchen: (e: FormEvent) => void; gefiltert: boolean;
  /** Number of filters in effect (without the search text). */
  aktiv: number;
  /** A problem of the search text (e.g. too long), shown at the box. */
  feldFehler?: string;
}) {
  const breit = useBreit();
  const [offen, setOffen] = useState(breit);
  useEffect(() => setOffen(breit), [breit]);
  const setze = (key: keyof Filter) => (e: { target: { value: string } }) => setEingabe((s) => ({ ...s, [key]: e.target.value }));
  return (
    <form className="lotse-suchformular lotse-katalog__suche" role="search" aria-label={k.formular} onSubmit={suchen} noValidate action="/loesungen" method="get">
      <Formularfeld id="loesungen-q" name="q" type="search" label={k.begriff} hinweis={k.begriffHinweis(SUCHTEXT_MAX)} optional autoComplete="off"
        value={eingabe.q} onChange={setze('q')} fehler={feldFehler} />
      <details className="lotse-katalog__filter" open={offen} onToggle={(e) => setOffen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary className="kern-body kern-body--bold">{aktiv ? k.filterAktiv(aktiv) : k.filter}</summary>
        <div className="lotse-katalog__felder">
          <Auswahl id="loesungen-handlungsfeld" name="handlungsfeld" label={k.handlungsfeld} optional value={eingabe.handlungsfeld} onChange={setze('handlungsfeld')}
            optionen={[{ wert: '', text: k.alleHandlungsfelder }, ...HANDLUNGSFELDER.map((h) => ({ wert: h, text: h }))]} />
          <Auswahl id="loesungen-land" name="land" label={k.land} optional value={eingabe.land} onChange={setze('land')} optionen={[{ wert: '', text: k.alleLaender }, ...LAENDER]} />
          <Auswahl id="loesungen-groessenklasse" name="groessenklasse" label={k.groessenklasse} optional value={eingabe.groessenklasse} onChange={setze('groessenklasse')}
            optionen={[{ wert: '', text: k.alleGroessenklassen }, ...GROESSEN]} />
          <Auswahl id="loesungen-wirkungsstufe" name="wirkungsstufe" label={k.wirkungsstufe} optional value={eingabe.wirkungsstufe} onChange={setze('wirkungsstufe')}
            optionen={[{ wert: '', text: k.alleWirkungsstufen }, ...STUFEN]} />
          <div className="kern-form-check">
            <input className="kern-form-check__checkbox" type="checkbox" id="loesungen-siegel" name="siegel" value="true" checked={eingabe.siegel === 'true'}
              onChange={(e) => setEingabe((s) => ({ ...s, siegel: e.target.checked ? 'true' : '' }))} />
            <label className="kern-label" htmlFor="loesungen-siegel">{k.nurSiegel}</label>
          </div>
        </div>
      </details>
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
