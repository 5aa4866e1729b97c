import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../../web/api.ts';
import { Alert, Fehlerliste, Formularfeld, Seitentitel, useFormular } from '../../../web/komponenten/index.ts';
import { konten as kontenTexte } from './texte.ts';
import { useKonto } from '../../../web/konto.tsx';
import { pruefeEmail } from './pruefung.ts';
import { sichererPfad } from '../../../web/weiterleitung.ts';

const t = kontenTexte;

export default function Anmelden() {
  const { konto, neuLaden } = useKonto();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const weiter = sichererPfad(params.get('weiter'));
  const f = useFormular('anmelden', { email: '', passwort: '' });

  const absenden = f.absenden(
    (w) => ({ email: pruefeEmail(w.email), passwort: w.passwort ? undefined : t.pruefung.passwortFehlt }),
    async (w) => {
      await api('/api/auth/login', { body: { email: w.email.trim(), passwort: w.passwort } });
      await neuLaden();
      navigate(weiter, { state: { meldung: 'angemeldet' } });
    },
  );

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
      <p className="kern-body lotse-abstand-oben">
        {t.anmelden.keinKonto}{' '}
        <Link className="kern-link" to="/registrieren">{t.anmelden.registrieren}</Link>
      </p>
    </div>
  );
}
