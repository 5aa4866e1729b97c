import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Fehlerliste, Formularfeld, Seitentitel, useFormular } from '../../../web/komponenten/index.ts';
import { konten as kontenTexte } from './texte.ts';
import { useKonto } from '../../../web/konto.tsx';
import { pruefeEmail, pruefeNeuesPasswort } from './pruefung.ts';

const t = kontenTexte;

export default function Registrieren() {
  const { neuLaden } = useKonto();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const einladung = params.get('einladung') ?? undefined;
  const f = useFormular('registrieren', { name: '', email: '', passwort: '', passwort2: '' });
  const [nichtAngemeldet, setNichtAngemeldet] = useState(false);

  const absenden = f.absenden(
    (w) => ({
      name: !w.name.trim() ? t.pruefung.nameFehlt : w.name.trim().length > 120 ? t.pruefung.nameZuLang : undefined,
      email: pruefeEmail(w.email),
      passwort: pruefeNeuesPasswort(w.passwort),
      passwort2: !w.passwort ? undefined : !w.passwort2 ? t.pruefung.passwortWiederholenFehlt : w.passwort2 !== w.passwort ? t.pruefung.passwortUngleich : undefined,
    }),
    async (w) => {
      setNichtAngemeldet(false);
      try {
        await api('/api/auth/register', {
          body: { name: w.name.trim(), email: w.email.trim(), passwort: w.passwort, ...(einladung ? { einladung } : {}) },
        });
      } catch (e) {
        // An invitation for another address belongs to the e-mail field.
        if (e instanceof ApiFehler && e.code === 'einladung.andere_email') {
          f.setFehler({ email: e.message });
          return;
        }
        throw e;
      }
      // The server answers the same for new and known addresses; signing in tells the person which it was.
      try {
        await api('/api/auth/login', { body: { email: w.email.trim(), passwort: w.passwort } });
      } catch (e) {
        if (e instanceof ApiFehler && e.status === 401) {
          setNichtAngemeldet(true);
          return;
        }
        throw e;
      }
      await neuLaden();
      navigate('/konto', { state: { meldung: 'registriert' } });
    },
  );

  return (
    <div className="lotse-formularseite">
      <Seitentitel titel={t.registrieren.titel} einleitung={t.registrieren.einleitung} />
      {einladung ? <Alert typ="info" titel={t.registrieren.einladungTitel} ansage="keine">{t.registrieren.einladungText}</Alert> : null}
      {nichtAngemeldet ? (
        <Alert typ="warning" titel={t.registrieren.eingegangenTitel} ansage="alert">
          <p className="kern-body">{t.registrieren.eingegangenText}</p>
          <p className="kern-body">
            <Link className="kern-link" to={einladung ? `/anmelden?weiter=${encodeURIComponent(`/einladung/${einladung}`)}` : '/anmelden'}>{t.registrieren.anmelden}</Link>
          </p>
        </Alert>
      ) : null}
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger" titel={t.registrieren.fehlgeschlagenTitel}>{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-label={t.registrieren.titel}>
        <Formularfeld label={t.felder.name} hinweis={t.felder.nameHinweis} autoComplete="name" maxLength={120} {...f.feld('name')} />
        <Formularfeld label={t.felder.email} hinweis={t.felder.emailHinweis} type="email" autoComplete="email" inputMode="email" {...f.feld('email')} />
        <Formularfeld label={t.felder.passwort} hinweis={t.felder.passwortHinweis} type="password" autoComplete="new-password" {...f.feld('passwort')} />
        <Formularfeld label={t.felder.passwortWiederholen} type="password" autoComplete="new-password" {...f.feld('passwort2')} />
        <p className="kern-body kern-body--small">
          {t.registrieren.datenschutzHinweis} <Link className="kern-link" to="/datenschutz">{t.registrieren.datenschutzLink}</Link>.
        </p>
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={f.sendet || undefined}>
            <span className="kern-label">{f.sendet ? t.registrieren.sendet : t.registrieren.knopf}</span>
          </button>
        </div>
      </form>
      <p className="kern-body lotse-abstand-oben">
        {t.registrieren.schonKonto}{' '}
        <Link className="kern-link" to={einladung ? `/anmelden?weiter=${encodeURIComponent(`/einladung/${einladung}`)}` : '/anmelden'}>{t.registrieren.anmelden}</Link>
      </p>
    </div>
  );
}
