import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../../web/api.ts';
import { Alert, Auswahl, Blaettern, Fehlerliste, Formularfeld, Ladeanzeige, Seitentitel, feldfehlerAusApi, type Feldfehler } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { bedarfe as bedarfeTexte } from './texte.ts';
import { hatRolle, useKonto, type Konto } from '../../../web/konto.tsx';
import { DringlichkeitText, HANDLUNGSFELDER, STATUS, StatusBadge, Textfeld, fehlertext, type BedarfKurz } from './teile.tsx';

const t = bedarfeTexte;
const LIMIT = 25;

type Feld = 'kommuneId' | 'titel' | 'beschreibung' | 'handlungsfeld' | 'dringlichkeit';
const FELDER: Feld[] = ['kommuneId', 'titel', 'beschreibung', 'handlungsfeld', 'dringlichkeit'];
const feldId = (f: Feld) => `bedarf-${f}`;

function Erfassung({ konto, erfasst }: { konto: Konto; erfasst: (id: string) => void }) {
  const kommunen = konto.mitgliedschaften;
  const leer = { kommuneId: kommunen.length === 1 ? kommunen[0].kommuneId : '', titel: '', beschreibung: '', handlungsfeld: '', dringlichkeit: '' };
  const [werte, setWerte] = useState<Record<Feld, string>>(leer);
  const [fehler, setFehler] = useState<Partial<Record<Feld, string>>>({});
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  const [version, setVersion] = useState(0);
  const [neu, setNeu] = useState<string | null>(null);
  const erfolgRef = useRef<HTMLDivElement>(null);
  const setze = (f: Feld) => (wert: string) => setWerte((w) => ({ ...w, [f]: wert }));

  useEffect(() => {
    if (neu) erfolgRef.current?.focus();
  }, [neu]);

  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    setVersion((v) => v + 1);
    const f: Partial<Record<Feld, string>> = {
      kommuneId: werte.kommuneId ? undefined : t.formular.fehlerKommune,
      titel: werte.titel.trim().length >= 3 ? undefined : t.formular.fehlerTitel,
      beschreibung: werte.beschreibung.trim().length >= 10 ? undefined : t.formular.fehlerBeschreibung,
      dringlichkeit: werte.dringlichkeit ? undefined : t.formular.fehlerDringlichkeit,
    };
    setFehler(f);
    setAllgemein(null);
    setNeu(null);
    if (Object.values(f).some(Boolean)) return;
    setSendet(true);
    try {
      const r = await api<{ id: string }>('/api/bedarfe', {
        body: {
          kommuneId: werte.kommuneId,
          titel: werte.titel.trim(),
          beschreibung: werte.beschreibung.trim(),
          dringlichkeit: werte.dringlichkeit,
          ...(werte.handlungsfeld ? { handlungsfeld: werte.handlungsfeld } : {}),
        },
      });
      setWerte(leer);
      setNeu(r.id);
      erfasst(r.id);
    } catch (err) {
      const r = feldfehlerAusApi(err, FELDER, t.formular.fehlerTitel);
      setFehler(r.felder);
      setAllgemein(r.allgemein);
    } finally {
      setSendet(false);
    }
  };

  const liste: Feldfehler[] = FELDER.filter((f) => fehler[f]).map((f) => ({ feldId: f === 'dringlichkeit' ? `${feldId(f)}-hoch` : feldId(f), text: fehler[f]! }));

  return (
    <section className="lotse-abschnitt" aria-labelledby="bedarf-formular-titel">
      <h2 className="kern-heading-medium" id="bedarf-formular-titel">{t.formular.titel}</h2>
      {neu ? (
        <Alert typ="success" titel={t.formular.erfolgTitel} ref={erfolgRef} fokussierbar ansage="status">
          <p className="kern-body">
            {t.formular.erfolg} <Link className="kern-link" to={`/bedarfe/${neu}`}>{t.formular.erfolgLink}</Link>
          </p>
        </Alert>
      ) : null}
      <Fehlerliste fehler={liste} version={version} />
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="bedarf-formular-titel">
        {kommunen.length > 1 ? (
          <Auswahl
            id={feldId('kommuneId')}
            label={t.formular.kommune}
            fehler={fehler.kommuneId}
            value={werte.kommuneId}
            onChange={(e) => setze('kommuneId')(e.target.value)}
            optionen={[{ wert: '', text: t.detail.statusWaehlen }, ...kommunen.map((m) => ({ wert: m.kommuneId, text: m.kommuneName }))]}
          />
        ) : (
          <p className="kern-body">
            <strong>{t.formular.kommune}:</strong> {kommunen[0]?.kommuneName}
          </p>
        )}
        <Formularfeld
          id={feldId('titel')}
          label={t.formular.titelFeld}
          hinweis={t.formular.titelHinweis}
          fehler={fehler.titel}
          maxLength={200}
          autoComplete="off"
          value={werte.titel}
          onChange={(e) => setze('titel')(e.target.value)}
        />
        <Textfeld
          id={feldId('beschreibung')}
          label={t.formular.beschreibung}
          hinweis={t.formular.beschreibungHinweis}
          fehler={fehler.beschreibung}
          maxLength={10000}
          zeilen={7}
          value={werte.beschreibung}
          onChange={setze('beschreibung')}
        />
        <Auswahl
          id={feldId('handlungsfeld')}
          label={t.formular.handlungsfeld}
          optional
          fehler={fehler.handlungsfeld}
          value={werte.handlungsfeld}
          onChange={(e) => setze('handlungsfeld')(e.target.value)}
          optionen={[{ wert: '', text: t.formular.handlungsfeldLeer }, ...HANDLUNGSFELDER.map((h) => ({ wert: h, text: h }))]}
        />
        <fieldset className={`kern-fieldset${fehler.dringlichkeit ? ' kern-fieldset--error' : ''}`} aria-describedby={fehler.dringlichkeit ? `${feldId('dringlichkeit')}-fehler` : undefined}>
          <legend className="kern-label">{t.formular.dringlichkeit}</legend>
          <div className="kern-fieldset__body">
            {(['hoch', 'mittel', 'niedrig'] as const).map((d) => (
              <div key={d} className={`kern-form-check${fehler.dringlichkeit ? ' kern-form-check--error' : ''}`}>
                <input
                  className="kern-form-check__radio"
                  type="radio"
                  id={`${feldId('dringlichkeit')}-${d}`}
                  name="dringlichkeit"
                  value={d}
                  checked={werte.dringlichkeit === d}
                  onChange={() => setze('dringlichkeit')(d)}
                  aria-describedby={`${feldId('dringlichkeit')}-${d}-hinweis`}
                />
                <label className="kern-label" htmlFor={`${feldId('dringlichkeit')}-${d}`}>
                  {t.dringlichkeit[d]}
                  <span className="kern-hint" id={`${feldId('dringlichkeit')}-${d}-hinweis`}> – {t.dringlichkeitHinweis[d]}</span>
                </label>
              </div>
            ))}
          </div>
          {fehler.dringlichkeit ? (
            <p className="kern-error" id={`${feldId('dringlichkeit')}-fehler`}>
              <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
              <span className="kern-body">{fehler.dringlichkeit}</span>
            </p>
          ) : null}
        </fieldset>
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}>
            <span className="kern-label">{sendet ? t.formular.sendet : t.formular.absenden}</span>
          </button>
        </div>
      </form>
    </section>
  );
}

export function BedarfTabelle({ items, mitKommune, caption }: { items: BedarfKurz[]; mitKommune: boolean; caption: string }) {
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped lotse-ergebnistabelle">
        <caption className="kern-sr-only">{caption}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t.meine.spalteTitel}</th>
            {mitKommune ? <th scope="col" className="kern-table__header">{t.meine.spalteKommune}</th> : null}
            <th scope="col" className="kern-table__header">{t.meine.spalteStatus}</th>
            <th scope="col" className="kern-table__header">{t.meine.spalteDringlichkeit}</th>
            <th scope="col" className="kern-table__header">{t.meine.spalteHandlungsfeld}</th>
            <th scope="col" className="kern-table__header">{t.meine.spalteErfasst}</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">{t.meine.spalteVorschlaege}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
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
        </tbody>
      </table>
    </div>
  );
}

function Liste({ neuGeladen }: { neuGeladen: number }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const status = params.get('status') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [auswahl, setAuswahl] = useState(status);
  const [daten, setDaten] = useState<{ items: BedarfKurz[]; total: number } | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);

  useEffect(() => setAuswahl(status), [status]);

  const laden = useCallback(
    (signal: AbortSignal) => {
      const sp = new URLSearchParams({ limit: String(LIMIT), offset: String(offset) });
      if (status) sp.set('status', status);
      setFehler(null);
      return api<{ items: BedarfKurz[]; total: number }>(`/api/bedarfe?${sp}`, { signal })
        .then(setDaten)
        .catch((e) => !signal.aborted && setFehler(fehlertext(e)));
    },
    [status, offset],
  );

  useEffect(() => {
    const ac = new AbortController();
    laden(ac.signal);
    return () => ac.abort();
  }, [laden, neuGeladen]);

  const ziel = (s: string, o = 0) => {
    const sp = new URLSearchParams();
    if (s) sp.set('status', s);
    if (o) sp.set('offset', String(o));
    const q = sp.toString();
    return q ? `/bedarfe?${q}` : '/bedarfe';
  };
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

export default function MeineBedarfe() {
  const { konto, geladen } = useKonto();
  const [neuGeladen, setNeuGeladen] = useState(0);
  if (!geladen) return <Ladeanzeige />;
  const begleitet = hatRolle(konto, 'lotse') || hatRolle(konto, 'transferstelle');
  return (
    <>
      <Seitentitel titel={t.meine.titel} einleitung={t.meine.einleitung} />
      {!konto ? (
        <Alert typ="info" ansage="keine">
          <p className="kern-body">
            {t.meine.nichtAngemeldet} <Link className="kern-link" to="/anmelden?weiter=%2Fbedarfe">{texte.kern.anmelden}</Link>
          </p>
        </Alert>
      ) : (
        <>
          {konto.mitgliedschaften.length ? (
            <Erfassung konto={konto} erfasst={() => setNeuGeladen((n) => n + 1)} />
          ) : !begleitet ? (
            <Alert typ="info" ansage="keine">{t.meine.keineMitgliedschaft}</Alert>
          ) : null}
          {begleitet ? (
            <p className="kern-body lotse-abstand-oben">
              <Link className="kern-link" to="/lotse">{t.meine.zumEingang}</Link>
            </p>
          ) : null}
          <Liste neuGeladen={neuGeladen} />
        </>
      )}
    </>
  );
}
