import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../../web/api.ts';
import { Alert, Fehlerliste, Formularfeld, Seitentitel, useFormular } from '../../../web/komponenten/index.ts';
import { konten as kontenTexte } from './texte.ts';
import { useKonto } from '../../../web/konto.tsx';
import { pruefeEmail } from './pruefung.ts';
import { sichererPfad } from '../../../web/weiterleitung.ts';
import { zweiterFaktorTexte } from './texte-zweiter-faktor.ts';
import { useEffect, useState } from 'react';
import { ssoTexte } from './texte-sso.ts';

const t = kontenTexte;

export default function Anmelden() {
  const { konto, neuLaden } = useKonto();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const weiter = sichererPfad(params.get('weiter'));
  const f = useFormular('anmelden', { email: '', passwort: '' });
  const zweiter = useFormular('anmelden-code', { code: '' });
  const [codeNoetig, setCodeNoetig] = useState(false);
  const z = zweiterFaktorTexte.anmelden;
  const s = ssoTexte.anmelden;
  const sso = useFormular('anmelden-sso', { email: '' });
  const [ssoVerfuegbar, setSsoVerfuegbar] = useState(false);
  useEffect(() => {
    api<{ verfuegbar: boolean }>('/api/auth/sso').then((r) => setSsoVerfuegbar(r.verfuegbar), () => setSsoVerfuegbar(false));
  }, []);
  const ssoStarten = sso.absenden(
    (w) => ({ email: pruefeEmail(w.email) }),
    async (w) => {
      const r = await api<{ weiter: string }>('/api/auth/sso/start', { body: { email: w.email.trim() } });
      window.location.assign(r.weiter);
    },
  );

  const fertig = async () => {
    await neuLaden();
    navigate(weiter, { state: { meldung: 'angemeldet' } });
  };
  const absenden = f.absenden(
    (w) => ({ email: pruefeEmail(w.email), passwort: w.passwort ? undefined : t.pruefung.passwortFehlt }),
    async (w) => {
      const r = await api<{ zweiterFaktor?: boolean } | undefined>('/api/auth/login', { body: { email: w.email.trim(), passwort: w.passwort } });
      if (r?.zweiterFaktor) {
        f.setWerte({ email: w.email, passwort: '' });
        setCodeNoetig(true);
        return;
      }
      await fertig();
    },
  );
  const codeSenden = zweiter.absenden(
    (w) => ({ code: w.code.trim() ? undefined : z.fehlt }),
    async (w) => {
      await api('/api/auth/login/zweiter-faktor', { body: { code: w.code } });
      await fertig();
    },
  );

  if (codeNoetig) {
    return (
      <div className="lotse-formularseite">
        <Seitentitel titel={z.titel} einleitung={z.einleitung} />
        <Fehlerliste fehler={zweiter.fehlerliste} version={zweiter.version} />
        {zweiter.allgemein ? <Alert typ="danger" titel={t.anmelden.fehlgeschlagenTitel}>{zweiter.allgemein}</Alert> : null}
        <form className="lotse-formular" onSubmit={codeSenden} noValidate aria-label={z.titel}>
          <Formularfeld label={z.feld} hinweis={z.hinweis} inputMode="text" autoComplete="one-time-code" autoFocus {...zweiter.feld('code')} />
          <div className="lotse-knopfleiste">
            <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={zweiter.sendet || undefined}>
              <span className="kern-label">{zweiter.sendet ? z.sendet : z.knopf}</span>
            </button>
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setCodeNoetig(false)}>
              <span className="kern-label">{z.neuBeginnen}</span>
            </button>
          </div>
        </form>
      </div>
    );
  }

  return (
    <div className="lotse-formularseite">
      <Seitentitel titel={t.anmelden.titel} einleitung={t.anmelden.einleitung} />
      {konto ? (
        <Alert typ="info" ansage="keine">
          <p className="kern-body">{t.anmelden.schonAngemeldet(konto.name)} <Link className="kern-link" to="/konto">{t.anmelden.zumKonto}</Link></p>
        </Alert>
      ) : null}
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger" titel={t.anmelden.fehlgeschlagenTitel}>{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-label={t.anmelden.titel}>
        <Formularfeld label={t.felder.email} type="email" autoComplete="username" inputMode="email" {...f.feld('email')} />
        <Formularfeld label={t.felder.passwort} type="password" autoComplete="current-password" {...f.feld('passwort')} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={f.sendet || undefined}>
            <span className="kern-label">{f.sendet ? t.anmelden.sendet : t.anmelden.knopf}</span>
          </button>
        </div>
      </form>
      {ssoVerfuegbar ? (
        <section className="lotse-abstand-oben" aria-labelledby="anmelden-sso-titel">
          <h2 className="kern-heading-medium" id="anmelden-sso-titel">{s.titel}</h2>
          <p className="kern-body">{s.einleitung}</p>
          <Fehlerliste fehler={sso.fehlerliste} version={sso.version} />
          {sso.allgemein ? <Alert typ="danger" titel={t.anmelden.fehlgeschlagenTitel}>{sso.allgemein}</Alert> : null}
          <form className="lotse-formular" onSubmit={ssoStarten} noValidate aria-label={s.titel}>
            <Formularfeld label={s.feld} type="email" autoComplete="email" inputMode="email" {...sso.feld('email')} />
            <div className="lotse-knopfleiste">
              <button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={sso.sendet || undefined}>
                <span className="kern-label">{sso.sendet ? s.sendet : s.knopf}</span>
              </button>
            </div>
          </form>
        </section>
      ) : null}
      <p className="kern-body lotse-abstand-oben">
        {t.anmelden.keinKonto}{' '}
        <Link className="kern-link" to="/registrieren">{t.anmelden.registrieren}</Link>
      </p>
    </div>
  );
}
