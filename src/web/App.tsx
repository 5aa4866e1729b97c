import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { texte } from './i18n/de.ts';
import { KontoProvider, useKonto, hatRolle } from './konto.tsx';
import { NichtGefunden, navigation, routen } from './routen.tsx';
import { api } from './api.ts';
import { Alert, Ladeanzeige, Zugangsschutz } from './komponenten/index.ts';
import { anmeldenMitRueckkehr } from './weiterleitung.ts';

const t = texte.kern;

function Kopf() {
  const { konto, neuLaden } = useKonto();
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  const sichtbar = navigation.filter((r) => {
    if (!r.navFuer) return true;
    if (!konto) return false;
    if (r.navFuer === 'angemeldet') return true;
    return r.navFuer.some((rolle) => hatRolle(konto, rolle));
  });
  const abmelden = async () => {
    try {
      // After a sign-on through the Verwaltung's provider, signing out continues there (RP-initiated logout).
      const r = await api<{ weiter?: string | null } | undefined>('/api/auth/logout', { method: 'POST' });
      if (r?.weiter) {
        window.location.assign(r.weiter);
        return;
      }
    } finally {
      await neuLaden();
      navigate('/');
    }
  };
  return (
    <header className="lotse-header">
      <div className="kern-container">
        <div className="lotse-header__zeile">
          <Link to="/" className="lotse-brand">
            <span className="lotse-brand__zeichen" aria-hidden="true">L</span>
            <span className="lotse-brand__text">
              <span className="lotse-brand__name">{t.appName}</span>
              <span className="lotse-brand__claim">{t.claim}</span>
            </span>
          </Link>
          <nav aria-label={t.navigation} className="lotse-nav">
            <ul>
              {sichtbar.map((r) => (
                <li key={r.pfad}><NavLink className="kern-link lotse-nav__link" to={r.pfad}>{r.nav}</NavLink></li>
              ))}
              {konto ? (
                <>
                  <li><NavLink className="kern-link lotse-nav__link" to="/konto">{t.meinKonto}</NavLink></li>
                  <li>
                    <button type="button" className="kern-btn kern-btn--secondary lotse-nav__knopf" onClick={abmelden}>
                      <span className="kern-icon kern-icon--logout" aria-hidden="true" />
                      <span className="kern-label">{t.abmelden}</span>
                    </button>
                  </li>
                </>
              ) : (
                <>
                  <li><NavLink className="kern-link lotse-nav__link" to={anmeldenMitRueckkehr(pathname + search + hash)}>{t.anmelden}</NavLink></li>
                  <li>
                    <Link className="kern-btn kern-btn--primary lotse-nav__knopf" to="/registrieren"><span className="kern-label">{t.registrieren}</span></Link>
                  </li>
                </>
              )}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}

function Fuss() {
  return (
    <footer className="lotse-footer">
      <div className="kern-container">
        <nav aria-label={t.fusszeile}>
          <ul>
            <li><Link className="kern-link" to="/impressum">{t.impressum}</Link></li>
            <li><Link className="kern-link" to="/datenschutz">{t.datenschutz}</Link></li>
            <li><Link className="kern-link" to="/barrierefreiheit">{t.barrierefreiheit}</Link></li>
            <li>
              <Link className="kern-link" to="/leichte-sprache">
                <span className="kern-icon kern-icon--easy-language" aria-hidden="true" />{t.leichteSprache}
              </Link>
            </li>
            <li><Link className="kern-link" to="/quellen">{t.quellen}</Link></li>
            <li><a className="kern-link" href="/api/docs">{t.api}</a></li>
          </ul>
        </nav>
        <p className="kern-body kern-body--small lotse-footer__text">{t.fussText}</p>
      </div>
    </footer>
  );
}

/**
 * After client-side navigation, moves focus to the page's h1 so screen readers announce the new page
 * and keyboard users start at the content. Pages load lazily, so it waits briefly for the heading.
 */
function FokusBeiNavigation() {
  const { pathname } = useLocation();
  const erster = useRef(true);
  useEffect(() => {
    if (erster.current) {
      erster.current = false;
      return;
    }
    let versuche = 0;
    let timer: ReturnType<typeof setTimeout>;
    let beobachter: MutationObserver | undefined;
    const main = document.getElementById('inhalt');
    const fokussiereH1 = () => {
      const h1 = document.querySelector('main h1') as HTMLElement | null;
      if (!h1) return false;
      h1.setAttribute('tabindex', '-1');
      h1.focus({ preventScroll: true });
      return true;
    };
    const fokussieren = () => {
      if (fokussiereH1()) {
        window.scrollTo(0, 0);
        // Pages that load data may replace their heading (loading → loaded). If focus was lost with it,
        // move it to the new heading – for a short while only, so later user actions are never disturbed.
        if (main) {
          beobachter = new MutationObserver(() => {
            if (document.activeElement === document.body || document.activeElement === null) fokussiereH1();
          });
          beobachter.observe(main, { childList: true, subtree: true });
          timer = setTimeout(() => beobachter?.disconnect(), 3000);
        }
      } else if (versuche++ < 40) {
        timer = setTimeout(fokussieren, 50);
      }
    };
    fokussieren();
    return () => {
      clearTimeout(timer);
      beobachter?.disconnect();
    };
  }, [pathname]);
  return null;
}

interface Einrichtung { fertig: boolean; erledigt: number; gesamt: number; fehler: string | null }

/**
 * After a cold start, demo content and reference series arrive in the background (docs/decisions/0071). Until
 * they are done, every page says so (politely, as a status) and the notice updates itself; once done it says
 * so briefly and disappears.
 */
function EinrichtungsHinweis() {
  const [stand, setStand] = useState<Einrichtung | null>(null);
  const [gesehen, setGesehen] = useState(false);
  useEffect(() => {
    let aus = false;
    let timer: ReturnType<typeof setTimeout>;
    const frage = async () => {
      try {
        const e = await api<Einrichtung>('/api/einrichtung');
        if (aus) return;
        setStand(e);
        if (!e.fertig) {
          setGesehen(true);
          timer = setTimeout(frage, 2000);
        }
      } catch {
        if (!aus) timer = setTimeout(frage, 5000);
      }
    };
    void frage();
    return () => {
      aus = true;
      clearTimeout(timer);
    };
  }, []);
  useEffect(() => {
    if (!stand?.fertig || !gesehen) return;
    const timer = setTimeout(() => setGesehen(false), 8000);
    return () => clearTimeout(timer);
  }, [stand?.fertig, gesehen]);
  if (!stand || (stand.fertig && !stand.fehler && !gesehen)) return null;
  if (stand.fehler) return <Alert typ="warning" titel={t.einrichtungTitel}>{t.einrichtungFehler}</Alert>;
  return (
    <Alert typ={stand.fertig ? 'success' : 'info'} titel={stand.fertig ? t.einrichtungFertigTitel : t.einrichtungTitel} ansage="status">
      {stand.fertig ? t.einrichtungFertig : t.einrichtungText(stand.erledigt, stand.gesamt)}
    </Alert>
  );
}

/** Privileged roles without a second factor are withheld (docs/decisions/0072): every page says so. */
function ZweiFaktorHinweis() {
  const { konto } = useKonto();
  const { pathname } = useLocation();
  if (!konto?.zweiterFaktorFehlt || pathname === '/konto') return null;
  return (
    <Alert typ="warning" titel={t.zweiterFaktorTitel}>
      <p className="kern-body">{t.zweiterFaktorText} <Link className="kern-link" to="/konto#zweiter-faktor">{t.zweiterFaktorLink}</Link></p>
    </Alert>
  );
}

export function App() {
  return (
    <KontoProvider>
      <a className="lotse-skip kern-link" href="#inhalt">{t.zumInhalt}</a>
      <Kopf />
      <main id="inhalt" className="lotse-main" tabIndex={-1}>
        <div className="kern-container">
          <FokusBeiNavigation />
          <EinrichtungsHinweis />
          <ZweiFaktorHinweis />
          <Suspense fallback={<Ladeanzeige />}>
            <Routes>
              {routen.map((r) => (
                <Route key={r.pfad} path={r.pfad} element={<Zugangsschutz zugang={r.zugang}><r.seite /></Zugangsschutz>} />
              ))}
              <Route path="*" element={<NichtGefunden />} />
            </Routes>
          </Suspense>
        </div>
      </main>
      <Fuss />
    </KontoProvider>
  );
}
