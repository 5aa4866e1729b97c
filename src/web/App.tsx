import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { texte } from './i18n/de.ts';
import { KontoProvider, useKonto, hatRolle } from './konto.tsx';
import { routen } from './routen.tsx';
import { api } from './api.ts';

const t = texte.kern;

function Kopf() {
  const { konto, neuLaden } = useKonto();
  const navigate = useNavigate();
  const sichtbar = routen.filter((r) => {
    if (!r.nav) return false;
    if (!r.navFuer) return true;
    if (!konto) return false;
    if (r.navFuer === 'angemeldet') return true;
    return r.navFuer.some((rolle) => hatRolle(konto, rolle));
  });
  const abmelden = async () => {
    await api('/api/auth/logout', { method: 'POST' });
    await neuLaden();
    navigate('/');
  };
  return (
    <header className="lotse-header">
      <div className="kern-container">
        <div className="lotse-row" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
          <Link to="/" className="lotse-brand kern-link">{t.appName}</Link>
          <nav aria-label={t.navigation}>
            <ul>
              {sichtbar.map((r) => (
                <li key={r.pfad}><NavLink className="kern-link" to={r.pfad}>{r.nav}</NavLink></li>
              ))}
              {konto ? (
                <>
                  <li><NavLink className="kern-link" to="/konto">{konto.name}</NavLink></li>
                  <li><button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={abmelden}><span className="kern-label">{t.abmelden}</span></button></li>
                </>
              ) : (
                <>
                  <li><NavLink className="kern-link" to="/anmelden">{t.anmelden}</NavLink></li>
                  <li><NavLink className="kern-link" to="/registrieren">{t.registrieren}</NavLink></li>
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
            <li><Link className="kern-link" to="/leichte-sprache">{t.leichteSprache}</Link></li>
            <li><Link className="kern-link" to="/quellen">{t.quellen}</Link></li>
            <li><a className="kern-link" href="/api/docs">{t.api}</a></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

/** Moves focus to the main heading after client-side navigation (screen readers announce the new page). */
function FokusBeiNavigation() {
  const { pathname } = useLocation();
  const erster = useRef(true);
  useEffect(() => {
    if (erster.current) {
      erster.current = false;
      return;
    }
    const h1 = document.querySelector('main h1') as HTMLElement | null;
    if (h1) {
      h1.setAttribute('tabindex', '-1');
      h1.focus();
    }
  }, [pathname]);
  return null;
}

function NichtGefunden() {
  return (
    <>
      <h1 className="kern-heading-large">{t.seiteNichtGefunden}</h1>
      <p className="kern-body"><Link className="kern-link" to="/">{t.start}</Link></p>
    </>
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
          <Suspense fallback={<p className="kern-body" role="status">{t.laden}</p>}>
            <Routes>
              {routen.map((r) => (
                <Route key={r.pfad} path={r.pfad} element={<r.seite />} />
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
