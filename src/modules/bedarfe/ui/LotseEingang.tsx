import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../../web/api.ts';
import { Alert, Auswahl, Blaettern, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { bedarfe as bedarfeTexte } from './texte.ts';
import { hatRolle, useKonto } from '../../../web/konto.tsx';
import { DringlichkeitText, Gruende, Rueckmeldung, STATUS, StatusBadge, Textfeld, fehlertext, passung, type BedarfKurz, type MatchTreffer } from './teile.tsx';

const t = bedarfeTexte;
const LIMIT = 10;
const ALTER = ['7', '30', '90'];

type Eintrag = BedarfKurz & { vorschlaegeMatcher: MatchTreffer[] };
interface Eingang {
  items: Eintrag[];
  total: number;
  matcherVerfuegbar: boolean;
}

const kuerzen = (s: string, n = 280) => (s.length > n ? `${s.slice(0, n).trimEnd()} …` : s);

function Vorschlagen({ b, fertig }: { b: Eintrag; fertig: (text: string) => void }) {
  const [auswahl, setAuswahl] = useState<string[]>([]);
  const [notiz, setNotiz] = useState('');
  const [fehler, setFehler] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  const basis = `eingang-${b.id}-vorschlag`;
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    if (!auswahl.length) {
      setFehler(t.vorschlagen.fehlerAuswahl);
      document.getElementById(`${basis}-${b.vorschlaegeMatcher[0]?.id}`)?.focus();
      return;
    }
    setFehler(null);
    setSendet(true);
    try {
      await api(`/api/bedarfe/${b.id}/vorschlaege`, { body: { loesungIds: auswahl, notiz: notiz.trim() } });
      fertig(`${t.vorschlagen.erfolg(auswahl.length)} ${t.eingang.gespeichert(b.titel)}`);
    } catch (err) {
      setFehler(fehlertext(err));
    } finally {
      setSendet(false);
    }
  };
  if (!b.vorschlaegeMatcher.length) return <p className="kern-body">{t.vorschlagen.keineKandidaten}</p>;
  return (
    <form className="lotse-formular" onSubmit={absenden} noValidate aria-label={t.eingang.vorschlagenFuer(b.titel)}>
      <fieldset className={`kern-fieldset${fehler ? ' kern-fieldset--error' : ''}`} aria-describedby={fehler ? `${basis}-fehler` : undefined}>
        <legend className="kern-label">{t.vorschlagen.auswahl}</legend>
        <div className="kern-fieldset__body">
          {b.vorschlaegeMatcher.map((x) => (
            <div key={x.id} className="kern-form-check">
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id={`${basis}-${x.id}`}
                checked={auswahl.includes(x.id)}
                onChange={(e) => setAuswahl((a) => (e.target.checked ? [...a, x.id] : a.filter((y) => y !== x.id)))}
              />
              <label className="kern-label" htmlFor={`${basis}-${x.id}`}>{x.title}</label>
            </div>
          ))}
        </div>
        {fehler ? (
          <p className="kern-error" id={`${basis}-fehler`} role="alert">
            <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
            <span className="kern-body">{fehler}</span>
          </p>
        ) : null}
      </fieldset>
      <Textfeld id={`${basis}-notiz`} label={t.vorschlagen.notiz} hinweis={t.vorschlagen.notizHinweis} optional maxLength={2000} zeilen={3} value={notiz} onChange={setNotiz} />
      <div className="lotse-knopfleiste">
        <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}>
          <span className="kern-label">{t.vorschlagen.absenden}</span>
        </button>
      </div>
    </form>
  );
}

function KeinePassende({ b, fertig }: { b: Eintrag; fertig: (text: string) => void }) {
  const [text, setText] = useState('');
  const [fehler, setFehler] = useState<string | undefined>();
  const [sendet, setSendet] = useState(false);
  const id = `eingang-${b.id}-begruendung`;
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    if (!text.trim()) {
      setFehler(t.detail.fehlerKommentar);
      document.getElementById(id)?.focus();
      return;
    }
    setFehler(undefined);
    setSendet(true);
    try {
      await api(`/api/bedarfe/${b.id}/status`, { body: { status: 'keine_passende_loesung', kommentar: text.trim() } });
      fertig(`${t.keinePassende.erfolg} ${t.eingang.gespeichert(b.titel)}`);
    } catch (err) {
      setFehler(fehlertext(err));
    } finally {
      setSendet(false);
    }
  };
  return (
    <form className="lotse-formular" onSubmit={absenden} noValidate aria-label={t.eingang.keinePassendeFuer(b.titel)}>
      <p className="kern-body kern-body--small">{t.keinePassende.einleitung}</p>
      <Textfeld id={id} label={t.keinePassende.begruendung} hinweis={t.keinePassende.begruendungHinweis} fehler={fehler} maxLength={2000} zeilen={3} value={text} onChange={setText} />
      <div className="lotse-knopfleiste">
        <button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={sendet || undefined}>
          <span className="kern-label">{t.keinePassende.absenden}</span>
        </button>
      </div>
    </form>
  );
}

function BedarfKarte({ b, matcherVerfuegbar, fertig }: { b: Eintrag; matcherVerfuegbar: boolean; fertig: (text: string) => void }) {
  const [sendet, setSendet] = useState(false);
  const [fehler, setFehler] = useState<string | null>(null);
  const titelId = `eingang-${b.id}-titel`;
  const inKlaerung = async () => {
    setSendet(true);
    setFehler(null);
    try {
      await api(`/api/bedarfe/${b.id}/status`, { body: { status: 'in_klaerung', kommentar: '' } });
      fertig(t.eingang.gespeichert(b.titel));
    } catch (err) {
      setFehler(fehlertext(err));
    } finally {
      setSendet(false);
    }
  };
  const offen = b.status !== 'erledigt' && b.status !== 'in_umsetzung';
  return (
    <li>
      <article className="kern-card" aria-labelledby={titelId}>
        <div className="kern-card__container">
          <div className="kern-card__header">
            <h3 className="kern-heading-small" id={titelId}>
              <Link className="kern-link" to={`/bedarfe/${b.id}`}>{b.titel}</Link>
            </h3>
          </div>
          <div className="kern-card__body">
            <p className="kern-body kern-body--small">
              <StatusBadge status={b.status} /> {b.kommuneName} · {b.handlungsfeld ?? t.ohneHandlungsfeld} · {t.detail.dringlichkeit}: <DringlichkeitText d={b.dringlichkeit} /> ·{' '}
              <strong>{t.alter(b.alterTage)}</strong>
            </p>
            <p className="kern-body lotse-text">{kuerzen(b.beschreibung)}</p>
            <h4 className="kern-body kern-body--bold">{t.eingang.matcherTitel}</h4>
            {!matcherVerfuegbar ? (
              <p className="kern-body kern-body--small">{t.eingang.matcherAus}</p>
            ) : b.vorschlaegeMatcher.length === 0 ? (
              <p className="kern-body kern-body--small">{t.eingang.matcherLeer}</p>
            ) : (
              <ol className="kern-list kern-list--number" aria-label={t.eingang.tabelleMatcher(b.titel)}>
                {b.vorschlaegeMatcher.map((x) => (
                  <li key={x.id} className="kern-body">
                    <Link className="kern-link" to={`/loesungen/${x.id}`}>{x.title}</Link>{' '}
                    <span className="kern-body--small lotse-gedaempft">({t.matcher.passung(passung(x.score))})</span>
                    <Gruende treffer={x} />
                    <Rueckmeldung bedarfId={b.id} treffer={x} />
                  </li>
                ))}
              </ol>
            )}
            {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
            {offen ? (
              <div className="lotse-stapel">
                {b.status === 'neu' ? (
                  <div className="lotse-knopfleiste">
                    <button type="button" className="kern-btn kern-btn--secondary" aria-describedby={titelId} aria-disabled={sendet || undefined} onClick={() => !sendet && inKlaerung()}>
                      <span className="kern-label">{t.eingang.inKlaerung}</span>
                    </button>
                  </div>
                ) : null}
                {b.status !== 'keine_passende_loesung' || b.vorschlaegeMatcher.length ? (
                  <details className="lotse-details">
                    <summary className="kern-body">{t.vorschlagen.titel}<span className="kern-sr-only">: {b.titel}</span></summary>
                    <Vorschlagen b={b} fertig={fertig} />
                  </details>
                ) : null}
                {b.status !== 'keine_passende_loesung' ? (
                  <details className="lotse-details">
                    <summary className="kern-body">{t.keinePassende.titel}<span className="kern-sr-only">: {b.titel}</span></summary>
                    <KeinePassende b={b} fertig={fertig} />
                  </details>
                ) : null}
              </div>
            ) : null}
          </div>
        </div>
      </article>
    </li>
  );
}

export default function LotseEingang() {
  const { konto, geladen } = useKonto();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const status = params.get('status') ?? '';
  const alter = params.get('aelterAlsTage') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [filter, setFilter] = useState({ status, alter });
  const [daten, setDaten] = useState<Eingang | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const [meldung, setMeldung] = useState<string | null>(null);
  const [neu, setNeu] = useState(0);
  const berechtigt = hatRolle(konto, 'lotse') || hatRolle(konto, 'transferstelle');

  useEffect(() => setFilter({ status, alter }), [status, alter]);

  const laden = useCallback(
    (signal: AbortSignal) => {
      const sp = new URLSearchParams({ limit: String(LIMIT), offset: String(offset) });
      if (status) sp.set('status', status);
      if (alter) sp.set('aelterAlsTage', alter);
      setFehler(null);
      return api<Eingang>(`/api/lotse/eingang?${sp}`, { signal })
        .then(setDaten)
        .catch((e) => !signal.aborted && setFehler(fehlertext(e)));
    },
    [status, alter, offset],
  );

  useEffect(() => {
    if (!berechtigt) return;
    const ac = new AbortController();
    laden(ac.signal);
    return () => ac.abort();
  }, [laden, berechtigt, neu]);

  const ziel = (f: { status: string; alter: string }, o = 0) => {
    const sp = new URLSearchParams();
    if (f.status) sp.set('status', f.status);
    if (f.alter) sp.set('aelterAlsTage', f.alter);
    if (o) sp.set('offset', String(o));
    const q = sp.toString();
    return q ? `/lotse?${q}` : '/lotse';
  };
  const fertig = (text: string) => {
    setMeldung(text);
    setNeu((n) => n + 1);
  };

  if (!geladen) return <Ladeanzeige />;
  if (!berechtigt) {
    return (
      <>
        <Seitentitel titel={t.eingang.titel} />
        <Alert typ="info" ansage="keine">
          <p className="kern-body">
            {konto ? t.eingang.nurFuerLotsen : t.meine.nichtAngemeldet}{' '}
            <Link className="kern-link" to={konto ? '/bedarfe' : '/anmelden?weiter=%2Flotse'}>{konto ? t.eingang.zuDenBedarfen : texte.kern.anmelden}</Link>
          </p>
        </Alert>
      </>
    );
  }

  return (
    <>
      <Seitentitel titel={t.eingang.titel} einleitung={t.eingang.einleitung} />
      <form
        className="lotse-suchformular"
        aria-label={t.eingang.filterTitel}
        onSubmit={(e) => {
          e.preventDefault();
          setMeldung(null);
          navigate(ziel(filter));
        }}
      >
        <div className="lotse-suchformular__felder">
          <Auswahl
            id="eingang-status"
            label={t.eingang.status}
            optional
            value={filter.status}
            onChange={(e) => setFilter((f) => ({ ...f, status: e.target.value }))}
            optionen={[
              { wert: '', text: t.eingang.statusZuBearbeiten },
              { wert: 'offen', text: t.eingang.statusOffen },
              ...STATUS.map((s) => ({ wert: s, text: t.status[s] })),
              { wert: 'alle', text: t.eingang.statusAlle },
            ]}
          />
          <Auswahl
            id="eingang-alter"
            label={t.eingang.alter}
            optional
            value={filter.alter}
            onChange={(e) => setFilter((f) => ({ ...f, alter: e.target.value }))}
            optionen={[{ wert: '', text: t.eingang.alterAlle }, ...ALTER.map((a) => ({ wert: a, text: t.eingang.aelterAls(Number(a)) }))]}
          />
        </div>
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t.eingang.anzeigen}</span></button>
        </div>
      </form>

      <section className="lotse-abschnitt" aria-labelledby="eingang-liste">
        <h2 className="kern-heading-medium" id="eingang-liste">{t.eingang.listeTitel}</h2>
        <div role="status" className="lotse-ergebnis-status">
          {meldung ? <p className="kern-body">{meldung}</p> : null}
          {daten ? <p className="kern-body kern-body--bold">{t.eingang.anzahl(daten.total)}</p> : null}
        </div>
        {!daten && !fehler ? <Ladeanzeige text={t.laden} /> : null}
        {fehler ? <Alert typ="danger" titel={t.fehlerLaden}>{fehler}</Alert> : null}
        {daten && daten.total === 0 ? <p className="kern-body">{t.eingang.leer}</p> : null}
        {daten && daten.items.length ? (
          <>
            <ul className="lotse-liste-ohne lotse-stapel">
              {daten.items.map((b) => (
                <BedarfKarte key={b.id} b={b} matcherVerfuegbar={daten.matcherVerfuegbar} fertig={fertig} />
              ))}
            </ul>
            <Blaettern total={daten.total} limit={LIMIT} offset={offset} ziel={(o) => ziel({ status, alter }, o)} />
          </>
        ) : null}
      </section>
    </>
  );
}
