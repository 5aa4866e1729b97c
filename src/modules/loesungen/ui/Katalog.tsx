import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Auswahl, Blaettern, Formularfeld, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { groessenklassenListe, kommunenTexte } from '../../kommunen/ui/index.ts';
import { loesungen as loesungenTexte } from './texte.ts';
import { useKonto } from '../../../web/konto.tsx';
import { HANDLUNGSFELDER, WIRKUNGSTREPPE } from '../loesungen.schemas.ts';
import { Karte } from './Karte.tsx';
import type { LoesungKarte } from '../loesungen.schemas.ts';

/** Result of POST /api/matching (the matching module's ui/index.ts does not export its answer type yet). */
interface Treffer {
  id: string;
  externalId: string | null;
  title: string;
  score: number;
  reasons: { art: string; text: string }[];
}

const t = loesungenTexte;
const k = t.katalog;
const LIMIT = 20;
/** How many ranked matches the search box asks for (the matcher's maximum; then filtered and paged here). */
const TREFFER_MAX = 50;

const LAENDER = Object.entries(kommunenTexte.laender)
  .sort((a, b) => a[1].localeCompare(b[1], 'de'))
  .map(([wert, text]) => ({ wert, text }));
const GROESSEN = groessenklassenListe(false).map(([n, spanne]) => ({ wert: String(n), text: k.groessenklasseOption(n, spanne) }));
const STUFEN = Object.entries(WIRKUNGSTREPPE).map(([n, s]) => ({ wert: n, text: k.wirkungsstufeOption(Number(n), s.label) }));

type Filter = { q: string; handlungsfeld: string; land: string; groessenklasse: string; wirkungsstufe: string; siegel: string };
const FILTER: (keyof Filter)[] = ['q', 'handlungsfeld', 'land', 'groessenklasse', 'wirkungsstufe', 'siegel'];

interface Ergebnis {
  items: (LoesungKarte & { gruende?: Treffer['reasons'] })[];
  total: number;
  rangiert: boolean;
}

function filterQuery(f: Filter, ohneQ = false) {
  const sp = new URLSearchParams();
  for (const key of FILTER) {
    if (ohneQ && key === 'q') continue;
    const v = f[key].trim();
    if (v) sp.set(key, key === 'siegel' ? 'true' : v);
  }
  return sp;
}

/** Search box → POST /api/matching (ranked, explained); filters and paging → GET /api/loesungen. */
async function lade(f: Filter, offset: number, signal: AbortSignal, kommune?: string): Promise<Ergebnis> {
  if (f.q.trim()) {
    let treffer: Treffer[] | null = null;
    try {
      const r = await api<Treffer[] | { items: Treffer[] }>('/api/matching', {
        body: { text: f.q.trim(), ...(f.handlungsfeld ? { handlungsfeld: f.handlungsfeld } : {}), ...(kommune ? { kommune } : {}), limit: TREFFER_MAX },
        signal,
      });
      treffer = Array.isArray(r) ? r : r.items;
    } catch (e) {
      // Without the matcher (e.g. not installed) the catalogue falls back to a plain text search.
      if (!(e instanceof ApiFehler) || (e.status !== 404 && e.status < 500)) throw e;
    }
    if (treffer) {
      if (!treffer.length) return { items: [], total: 0, rangiert: true };
      const sp = filterQuery(f, true);
      sp.set('ids', treffer.map((x) => x.id).join(','));
      sp.set('limit', String(TREFFER_MAX));
      const r = await api<{ items: LoesungKarte[]; total: number }>(`/api/loesungen?${sp}`, { signal });
      const nachId = new Map(r.items.map((i) => [i.id, i]));
      const sortiert = treffer.flatMap((x) => {
        const l = nachId.get(x.id);
        return l ? [{ ...l, gruende: x.reasons }] : [];
      });
      return { items: sortiert.slice(offset, offset + LIMIT), total: sortiert.length, rangiert: true };
    }
  }
  const sp = filterQuery(f);
  sp.set('limit', String(LIMIT));
  sp.set('offset', String(offset));
  const r = await api<{ items: LoesungKarte[]; total: number }>(`/api/loesungen?${sp}`, { signal });
  return { ...r, rangiert: false };
}

export default function Katalog() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { konto } = useKonto();
  const aktuell = Object.fromEntries(FILTER.map((key) => [key, params.get(key) ?? ''])) as Filter;
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const schluessel = params.toString();
  /** The asking Kommune (first membership) lets the matcher prefer solutions from Kommunen of similar size. */
  const eigeneKommune = konto?.mitgliedschaften[0]?.kommuneId;
  const [eingabe, setEingabe] = useState<Filter>(aktuell);
  const [ergebnis, setErgebnis] = useState<Ergebnis | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const [laedt, setLaedt] = useState(false);

  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setEingabe(aktuell), [schluessel]);

  useEffect(() => {
    const ac = new AbortController();
    setLaedt(true);
    setFehler(null);
    lade(aktuell, offset, ac.signal, eigeneKommune)
      .then(setErgebnis)
      .catch((e) => {
        if (ac.signal.aborted) return;
        setErgebnis(null);
        setFehler(e instanceof ApiFehler ? e.message : texte.kern.fehlerAllgemein);
      })
      .finally(() => !ac.signal.aborted && setLaedt(false));
    return () => ac.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [schluessel, eigeneKommune]);

  const ziel = (f: Filter, off = 0) => {
    const sp = filterQuery(f);
    if (off) sp.set('offset', String(off));
    const s = sp.toString();
    return s ? `/loesungen?${s}` : '/loesungen';
  };
  const suchen = (e: FormEvent) => {
    e.preventDefault();
    navigate(ziel(eingabe));
  };
  const setze = (key: keyof Filter) => (e: { target: { value: string } }) => setEingabe((s) => ({ ...s, [key]: e.target.value }));
  const istMitglied = !!konto?.mitgliedschaften.length;

  return (
    <>
      <Seitentitel titel={k.titel} dokumentTitel={aktuell.q ? k.titelMitBegriff(aktuell.q) : k.titel} einleitung={k.einleitung} />
      {istMitglied ? (
        <p className="kern-body lotse-row">
          <Link className="kern-link" to="/loesungen/neu"><span className="kern-icon kern-icon--add" aria-hidden="true" />{k.neu}</Link>
          <Link className="kern-link" to="/loesungen/meine">{k.meine}</Link>
        </p>
      ) : null}
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
          {schluessel ? <Link className="kern-link" to="/loesungen">{k.zuruecksetzen}</Link> : null}
        </div>
      </form>

      <section className="lotse-abschnitt" aria-labelledby="loesungen-ergebnisse">
        <h2 className="kern-heading-medium" id="loesungen-ergebnisse">{k.ergebnisse}</h2>
        <div role="status" className="lotse-ergebnis-status">
          {ergebnis && !laedt ? (
            <p className="kern-body kern-body--bold">
              {k.anzahl(ergebnis.total)} {ergebnis.rangiert && ergebnis.total > 0 ? <span className="kern-body">{k.sortierungRelevanz}</span> : null}
            </p>
          ) : null}
        </div>
        {laedt ? <Ladeanzeige /> : null}
        {fehler ? <Alert typ="danger" titel={k.fehlerTitel}>{fehler}</Alert> : null}
        {ergebnis && ergebnis.total === 0 && !laedt ? <p className="kern-body">{k.keineTreffer}</p> : null}
        {ergebnis && ergebnis.items.length > 0 ? (
          <>
            <ul className="lotse-grid lotse-liste-ohne" aria-busy={laedt || undefined}>
              {ergebnis.items.map((l) => (
                <li key={l.id} style={{ display: 'flex', minWidth: 0 }}>
                  <Karte l={l} gruende={l.gruende} />
                </li>
              ))}
            </ul>
            <Blaettern total={ergebnis.total} limit={LIMIT} offset={offset} ziel={(o) => ziel(aktuell, o)} />
          </>
        ) : null}
      </section>

      <section className="lotse-abschnitt" aria-labelledby="loesungen-export">
        <h2 className="kern-heading-small" id="loesungen-export">{k.export}</h2>
        <ul className="kern-list">
          <li><a className="kern-link" href="/api/loesungen/export?format=json" download>{k.exportJson}</a></li>
          <li><a className="kern-link" href="/api/loesungen/export?format=csv" download>{k.exportCsv}</a></li>
        </ul>
      </section>
    </>
  );
}
