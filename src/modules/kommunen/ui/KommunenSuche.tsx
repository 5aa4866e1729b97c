import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Auswahl, Blaettern, Formularfeld, Ladeanzeige, Seitentitel, Tabelle, useDaten } from '../../../web/komponenten/index.ts';
import type { KommuneEintrag, SucheAntwort } from '../kommunen.schemas.ts';
import { kommunen as kommunenTexte } from './texte.ts';
import { groessenklasseLang, groessenklasseSpanne } from './groessenklasse.ts';

const t = kommunenTexte;
const LIMIT = 20;

const LAENDER = Object.entries(t.laender)
  .sort((a, b) => a[1].localeCompare(b[1], 'de'))
  .map(([wert, text]) => ({ wert, text }));
const TYPEN = ['Gemeinde', 'Stadt', 'kreisfreie Stadt', 'Landkreis', 'Land', 'Stadtstaat'];

export default function KommunenSuche() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const q = params.get('q')?.trim() ?? '';
  const land = params.get('land') ?? '';
  const typ = params.get('typ') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [eingabe, setEingabe] = useState({ q, land, typ });
  const aktiv = Boolean(q || land || typ);

  // Keep the form in sync when the URL changes (back button, links).
  useEffect(() => setEingabe({ q, land, typ }), [q, land, typ]);

  // Paging keeps the path, so the app shell does not move focus: move it to the results heading.
  const ersterOffset = useRef(offset);
  useEffect(() => {
    if (offset === ersterOffset.current) return;
    ersterOffset.current = -1;
    document.getElementById('kommunen-ergebnisse')?.focus();
  }, [offset]);

  const sp = new URLSearchParams();
  if (q) sp.set('q', q);
  if (land) sp.set('land', land);
  if (typ) sp.set('typ', typ);
  sp.set('limit', String(LIMIT));
  sp.set('offset', String(offset));
  const suche = useDaten<SucheAntwort>(aktiv ? `/api/kommunen?${sp}` : null);
  // Without a search nothing is shown; while a new page loads, the old results stay (marked busy).
  const ergebnis = aktiv ? suche.daten : null;
  const laedt = aktiv && suche.laedt;
  const fehler = aktiv && !suche.laedt ? suche.fehler : null;

  const ziel = (neu: { q: string; land: string; typ: string }, off = 0) => {
    const sp = new URLSearchParams();
    if (neu.q.trim()) sp.set('q', neu.q.trim());
    if (neu.land) sp.set('land', neu.land);
    if (neu.typ) sp.set('typ', neu.typ);
    if (off) sp.set('offset', String(off));
    const s = sp.toString();
    return s ? `/kommunen?${s}` : '/kommunen';
  };

  const suchen = (e: FormEvent) => {
    e.preventDefault();
    navigate(ziel(eingabe));
  };

  const titel = q ? t.suche.titelMitBegriff(q) : t.suche.titel;

  return (
    <>
      <Seitentitel titel={t.suche.titel} dokumentTitel={titel} einleitung={t.suche.einleitung} />
      <form className="lotse-suchformular" role="search" onSubmit={suchen} noValidate aria-label={t.suche.formularTitel} action="/kommunen" method="get">
        <div className="lotse-suchformular__felder">
          <Formularfeld
            id="kommunen-q"
            name="q"
            type="search"
            label={t.suche.begriff}
            hinweis={t.suche.begriffHinweis}
            optional
            autoComplete="off"
            value={eingabe.q}
            onChange={(e) => setEingabe((s) => ({ ...s, q: e.target.value }))}
          />
          <Auswahl
            id="kommunen-land"
            name="land"
            label={t.suche.land}
            optional
            value={eingabe.land}
            onChange={(e) => setEingabe((s) => ({ ...s, land: e.target.value }))}
            optionen={[{ wert: '', text: t.suche.alleLaender }, ...LAENDER]}
          />
          <Auswahl
            id="kommunen-typ"
            name="typ"
            label={t.suche.typ}
            optional
            value={eingabe.typ}
            onChange={(e) => setEingabe((s) => ({ ...s, typ: e.target.value }))}
            optionen={[{ wert: '', text: t.suche.alleTypen }, ...TYPEN.map((x) => ({ wert: x, text: t.typen[x] ?? x }))]}
          />
        </div>
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-icon kern-icon--search" aria-hidden="true" />
            <span className="kern-label">{t.suche.knopf}</span>
          </button>
        </div>
      </form>

      <section className="lotse-abschnitt" aria-labelledby="kommunen-ergebnisse">
        <h2 className="kern-heading-medium" id="kommunen-ergebnisse" tabIndex={-1}>{t.suche.ergebnisseTitel}</h2>
        <div role="status" className="lotse-ergebnis-status">
          {!aktiv ? (
            <p className="kern-body">{t.suche.ohneBegriff}</p>
          ) : laedt && !ergebnis ? null : ergebnis ? (
            <p className="kern-body kern-body--bold">{t.suche.anzahl(ergebnis.total)}</p>
          ) : null}
        </div>
        {laedt && !ergebnis ? <Ladeanzeige /> : null}
        {fehler ? <Alert typ="danger" titel={t.suche.fehlerTitel}>{fehler}</Alert> : null}
        {ergebnis && ergebnis.total === 0 ? <p className="kern-body">{t.suche.keineTreffer}</p> : null}
        {ergebnis && ergebnis.items.length > 0 ? (
          <>
            <div aria-busy={laedt || undefined}>
              <Tabelle
                beschriftung={t.suche.tabelle}
                gestreift
                spalten={[
                  { titel: t.suche.spalteName },
                  { titel: t.suche.spalteTyp },
                  { titel: t.suche.spalteLand },
                  { titel: t.suche.spalteEinwohner, zahl: true },
                  { titel: t.suche.spalteGroessenklasse },
                ]}
              >
                {ergebnis.items.map((kommune) => <Zeile key={kommune.ars} kommune={kommune} />)}
              </Tabelle>
            </div>
            <Blaettern total={ergebnis.total} limit={LIMIT} offset={offset} ziel={(o) => ziel({ q, land, typ }, o)} />
            <p className="kern-body kern-body--small lotse-hinweis">
              {t.suche.groessenklasseHinweis} <Link className="kern-link kern-link--small" to="/quellen">{t.suche.groessenklasseLink}</Link>
            </p>
          </>
        ) : null}
      </section>
    </>
  );
}

function Zeile({ kommune }: { kommune: KommuneEintrag }) {
  const spanne = groessenklasseSpanne(kommune.typ, kommune.groessenklasse);
  return (
    <tr className="kern-table__row">
      <th scope="row" className="kern-table__header">
        <Link className="kern-link" to={`/kommunen/${kommune.ars}`}>{kommune.name}</Link>
      </th>
      <td className="kern-table__cell">{t.typen[kommune.typ] ?? kommune.typ}</td>
      <td className="kern-table__cell">{kommune.landName ?? t.laender[kommune.land] ?? kommune.land}</td>
      <td className="kern-table__cell kern-table__cell--numeric">{t.einwohner(kommune.einwohner)}</td>
      <td className="kern-table__cell">
        {spanne ? (
          <span className="lotse-groessenklasse" title={groessenklasseLang(kommune.typ, kommune.groessenklasse)}>
            <span aria-hidden="true">{t.groessenklassen.kurz(kommune.groessenklasse!)}</span>
            <span className="kern-sr-only">{groessenklasseLang(kommune.typ, kommune.groessenklasse)}</span>
            <span className="kern-body--small lotse-gedaempft" aria-hidden="true"> · {t.groessenklassen.spanneText(spanne)}</span>
          </span>
        ) : (
          <span>{t.groessenklassen.keine}<span className="kern-sr-only"> {t.groessenklassen.keineLang}</span></span>
        )}
      </td>
    </tr>
  );
}
