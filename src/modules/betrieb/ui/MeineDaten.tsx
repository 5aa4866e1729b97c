import { useNavigate } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Fehlerliste, Formularfeld, useFormular } from '../../../web/komponenten/index.ts';
import { useKonto } from '../../../web/konto.tsx';
import { betriebTexte } from './texte.ts';

const t = betriebTexte.konto;

/** Own account: download everything (Art. 15, 20) and delete the account (Art. 17). */
export function MeineDaten() {
  const { neuLaden } = useKonto();
  const navigate = useNavigate();
  const f = useFormular('konto-loeschen', { passwort: '' });
  const absenden = f.absenden(
    (w) => ({ passwort: w.passwort ? undefined : t.passwortFehlt }),
    async (w) => {
      try {
        await api('/api/konto/loeschen', { body: { passwort: w.passwort } });
      } catch (e) {
        if (e instanceof ApiFehler && e.code === 'auth.passwort_falsch') {
          f.setFehler({ passwort: e.message });
          return;
        }
        throw e;
      }
      await neuLaden();
      navigate('/konto-geloescht', { replace: true });
    },
  );
  return (
    <section className="lotse-abschnitt" aria-labelledby="meine-daten">
      <h2 className="kern-heading-medium" id="meine-daten">{t.titel}</h2>
      <p className="kern-body">{t.exportEinleitung}</p>
      <p className="kern-body"><a className="kern-link" href="/api/konto/datenexport" download>{t.exportLink}</a></p>
      <h3 className="kern-heading-small" id="konto-loeschen-titel">{t.loeschenTitel}</h3>
      <p className="kern-body">{t.loeschenEinleitung}</p>
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="konto-loeschen-titel">
        <Formularfeld label={t.passwortLabel} type="password" autoComplete="current-password" {...f.feld('passwort')} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={f.sendet || undefined}>
            <span className="kern-label">{t.loeschenKnopf}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
