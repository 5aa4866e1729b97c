import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Auswahl, Blaettern, Ladeanzeige, Tabelle, useDaten } from '../../../../web/komponenten/index.ts';
import { bedarfe as t } from '../texte.ts';
import { DringlichkeitText, STATUS, StatusBadge, type BedarfKurz, type BedarfListe } from '../teile.tsx';

const LIMIT = 25;

function BedarfTabelle({ items, mitKommune, caption }: { items: BedarfKurz[]; mitKommune: boolean; caption: string }) {
  const spalten = [
    { titel: t.meine.spalteTitel },
    ...(mitKommune ? [{ titel: t.meine.spalteKommune }] : []),
    { titel: t.meine.spalteStatus },
    { titel: t.meine.spalteDringlichkeit },
    { titel: t.meine.spalteHandlungsfeld },
    { titel: t.meine.spalteErfasst },
    { titel: t.meine.spalteVorschlaege, zahl: true },
  ];
  return (
    <Tabelle beschriftung={caption} spalten={spalten} gestreift>
      {items.map((b) => (
        <tr key={b.id} className="kern-table__row">
          <th scope="row" className="kern-table__header">
            <Link className="kern-link" to={`/bedarfe/${b.id}`}>{b.titel}</Link>
          </th>
          {mitKommune ? <td className="kern-table__cell">{b.kommuneName}</td> : null}
          <td className="kern-table__cell"><StatusBadge status={b.status} /></td>
          <td className="kern-table__cell"><DringlichkeitText d={b.dringlichkeit} /></td>
          <td className="kern-table__cell">{b.handlungsfeld ?? <span className="lotse-gedaempft">{t.ohneHandlungsfeld}</span>}</td>
          <td className="kern-table__cell">{t.alter(b.alterTage)}</td>
          <td className="kern-table__cell kern-table__cell--numeric">{b.anzahlVorschlaege}</td>
        </tr>
      ))}
    </Tabelle>
  );
}

const ziel = (s: string, o = 0) => {
  const sp = new URLSearchParams();
  if (s) sp.set('status', s);
  if (o) sp.set('offset', String(o));
  const q = sp.toString();
  return q ? `/bedarfe?${q}` : '/bedarfe';
};

/** „Bedarfe“: the needs the account may see, filtered by status (in the address), page by page. */
export function Liste({ neuGeladen }: { neuGeladen: number }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const status = params.get('status') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [auswahl, setAuswahl] = useState(status);
  const sp = new URLSearchParams({ limit: String(LIMIT), offset: String(offset) });
  if (status) sp.set('status', status);
  const { daten, fehler, neuLaden } = useDaten<BedarfListe>(`/api/bedarfe?${sp}`);

  useEffect(() => setAuswahl(status), [status]);
  // A need was just recorded above: load the list again.
  const vorher = useRef(neuGeladen);
  useEffect(() => {
    if (neuGeladen === vorher.current) return;
    vorher.current = neuGeladen;
    neuLaden();
  }, [neuGeladen, neuLaden]);

  const mitKommune = !!daten && new Set(daten.items.map((i) => i.kommuneId)).size > 1;

  return (
    <section className="lotse-abschnitt" aria-labelledby="bedarfe-liste-titel">
      <h2 className="kern-heading-medium" id="bedarfe-liste-titel">{t.meine.listeTitel}</h2>
      <form
        className="lotse-row"
        aria-label={t.meine.filterStatus}
        onSubmit={(e) => {
          e.preventDefault();
          navigate(ziel(auswahl));
        }}
      >
        <Auswahl
          id="bedarfe-filter-status"
          label={t.meine.filterStatus}
          optional
          value={auswahl}
          onChange={(e) => setAuswahl(e.target.value)}
          optionen={[{ wert: '', text: t.meine.alleStatus }, ...STATUS.map((s) => ({ wert: s, text: t.status[s] }))]}
        />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t.meine.filtern}</span></button>
        </div>
      </form>
      <div role="status" className="lotse-ergebnis-status">{daten ? <p className="kern-body kern-body--bold">{t.meine.anzahl(daten.total)}</p> : null}</div>
      {!daten && !fehler ? <Ladeanzeige text={t.laden} /> : null}
      {fehler ? <Alert typ="danger" titel={t.fehlerLaden}>{fehler}</Alert> : null}
      {daten && daten.total === 0 ? <p className="kern-body">{t.meine.leer}</p> : null}
      {daten && daten.items.length ? (
        <>
          <BedarfTabelle items={daten.items} mitKommune={mitKommune} caption={t.meine.tabelle} />
          <Blaettern total={daten.total} limit={LIMIT} offset={offset} ziel={(o) => ziel(status, o)} />
        </>
      ) : null}
    </section>
  );
}
