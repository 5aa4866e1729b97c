import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Formularfeld, useDokumentTitel } from '../komponenten/index.ts';
import { texte } from '../i18n/de.ts';
import { useKonto } from '../konto.tsx';

const t = texte.seiten.start;

export default function Start() {
  useDokumentTitel(t.dokumentTitel);
  const navigate = useNavigate();
  const { konto } = useKonto();
  const [begriff, setBegriff] = useState('');
  const [fehler, setFehler] = useState<string | undefined>();

  const suchen = (e: FormEvent) => {
    e.preventDefault();
    const q = begriff.trim();
    if (!q) {
      setFehler(t.sucheFehlerLeer);
      document.getElementById('start-suche')?.focus();
      return;
    }
    navigate(`/kommunen?q=${encodeURIComponent(q)}`);
  };

  return (
    <>
      <section className="lotse-hero" aria-labelledby="start-titel">
        <h1 className="kern-heading-x-large" id="start-titel">{t.titel}</h1>
        <p className="kern-body kern-body--large lotse-einleitung">{t.einleitung}</p>
        <form className="lotse-suche" role="search" action="/kommunen" method="get" onSubmit={suchen} noValidate aria-labelledby="start-suche-titel">
          <h2 className="kern-heading-small" id="start-suche-titel">{t.sucheTitel}</h2>
          <div className="lotse-suche__zeile">
            <Formularfeld
              id="start-suche"
              name="q"
              type="search"
              label={t.sucheLabel}
              hinweis={t.sucheHinweis}
              fehler={fehler}
              value={begriff}
              autoComplete="off"
              onChange={(e) => {
                setBegriff(e.target.value);
                if (fehler) setFehler(undefined);
              }}
            />
            <button type="submit" className="kern-btn kern-btn--primary">
              <span className="kern-icon kern-icon--search" aria-hidden="true" />
              <span className="kern-label">{t.sucheKnopf}</span>
            </button>
          </div>
        </form>
      </section>

      <section className="lotse-abschnitt" aria-labelledby="start-angebot">
        <h2 className="kern-heading-medium" id="start-angebot">{t.angebotTitel}</h2>
        <ul className="lotse-grid lotse-liste-ohne">
          {t.angebote.map((a) => (
            <li key={a.titel} className="kern-card">
              <div className="kern-card__container">
                <div className="kern-card__header">
                  <h3 className="kern-title">{a.titel}</h3>
                </div>
                <div className="kern-card__body">
                  <p className="kern-body">{a.text}</p>
                </div>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section className="lotse-abschnitt" aria-labelledby="start-mitmachen">
        <h2 className="kern-heading-medium" id="start-mitmachen">{t.mitmachenTitel}</h2>
        <p className="kern-body">{t.mitmachenText}</p>
        {konto ? (
          <>
            <p className="kern-body">{t.angemeldetAls(konto.name)}</p>
            <p><Link className="kern-btn kern-btn--primary" to="/konto"><span className="kern-label">{t.zumKonto}</span></Link></p>
          </>
        ) : (
          <div className="lotse-knopfleiste">
            <Link className="kern-btn kern-btn--primary" to="/registrieren"><span className="kern-label">{t.kontoAnlegen}</span></Link>
            <Link className="kern-btn kern-btn--secondary" to="/anmelden"><span className="kern-label">{t.zurAnmeldung}</span></Link>
          </div>
        )}
      </section>

      <section className="lotse-abschnitt" aria-labelledby="start-offen">
        <h2 className="kern-heading-medium" id="start-offen">{t.offenTitel}</h2>
        <p className="kern-body">{t.offenText}</p>
        <ul className="kern-list kern-list--bullet">
          <li><Link className="kern-link" to="/quellen">{t.zuDenQuellen}</Link></li>
          <li><Link className="kern-link" to="/leichte-sprache">{t.leichteSpracheLink}</Link></li>
        </ul>
      </section>
    </>
  );
}
