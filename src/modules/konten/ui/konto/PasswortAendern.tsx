import { useState } from 'react';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert, Fehlerliste, Formularfeld, useFormular } from '../../../../web/komponenten/index.ts';
import { pruefeNeuesPasswort } from '../pruefung.ts';
import { k, t } from './gemeinsam.ts';

export function PasswortAendern() {
  const f = useFormular('passwort', { altesPasswort: '', neuesPasswort: '', neuesPasswort2: '' });
  const [erfolg, setErfolg] = useState(false);
  const absenden = f.absenden(
    (w) => ({
      altesPasswort: w.altesPasswort ? undefined : t.pruefung.altesPasswortFehlt,
      neuesPasswort: pruefeNeuesPasswort(w.neuesPasswort),
      neuesPasswort2: !w.neuesPasswort ? undefined : !w.neuesPasswort2 ? t.pruefung.passwortWiederholenFehlt : w.neuesPasswort2 !== w.neuesPasswort ? t.pruefung.passwortUngleich : undefined,
    }),
    async (w) => {
      setErfolg(false);
      try {
        await api('/api/auth/passwort', { body: { altesPasswort: w.altesPasswort, neuesPasswort: w.neuesPasswort } });
      } catch (e) {
        // A wrong old password belongs to its field, not to the general message.
        if (e instanceof ApiFehler && e.code === 'auth.passwort_falsch') {
          f.setFehler({ altesPasswort: e.message });
          return;
        }
        throw e;
      }
      f.setWerte({ altesPasswort: '', neuesPasswort: '', neuesPasswort2: '' });
      setErfolg(true);
    },
  );
  return (
    <section className="lotse-abschnitt" aria-labelledby="konto-passwort">
      <h2 className="kern-heading-medium" id="konto-passwort">{k.passwortTitel}</h2>
      <p className="kern-body">{k.passwortEinleitung}</p>
      {erfolg ? <Alert typ="success">{k.passwortGeaendert}</Alert> : null}
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="konto-passwort">
        <Formularfeld label={t.felder.altesPasswort} type="password" autoComplete="current-password" {...f.feld('altesPasswort')} />
        <Formularfeld label={t.felder.neuesPasswort} hinweis={t.felder.passwortHinweis} type="password" autoComplete="new-password" {...f.feld('neuesPasswort')} />
        <Formularfeld label={t.felder.neuesPasswortWiederholen} type="password" autoComplete="new-password" {...f.feld('neuesPasswort2')} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={f.sendet || undefined}>
            <span className="kern-label">{k.passwortKnopf}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
