import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { api } from '../../api.ts';
import { Alert, Fehlerliste, Formularfeld, useFormular } from '../../komponenten/index.ts';
import { texte } from '../../i18n/de.ts';
import type { RueckmeldungAntwort } from '../../../modules/rueckmeldung/ui/index.ts';

const t = texte.seiten.rueckmeldung;
const MAX = 5000;
type Feld = 'name' | 'email' | 'seite' | 'nachricht';

/** Feedback form of the accessibility statement: reaches the operator (outbox), answers with a confirmation. */
export function Rueckmeldung() {
  const herkunft = (useLocation().state as { von?: string } | null)?.von ?? '';
  const f = useFormular<Feld>('rueckmeldung', { name: '', email: '', seite: herkunft, nachricht: '' });
  const [gesendet, setGesendet] = useState<{ mitAntwort: boolean } | null>(null);
  const danke = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (gesendet) danke.current?.focus();
  }, [gesendet]);

  const absenden = f.absenden(
    (w) => ({
      nachricht: !w.nachricht.trim() ? t.pruefung.nachrichtFehlt : w.nachricht.length > MAX ? t.pruefung.nachrichtZuLang : undefined,
      email: w.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(w.email.trim()) ? t.pruefung.emailUngueltig : undefined,
    }),
    async (w) => {
      await api<RueckmeldungAntwort>('/api/rueckmeldung/barrierefreiheit', { body: { name: w.name, email: w.email.trim(), seite: w.seite, nachricht: w.nachricht } });
      setGesendet({ mitAntwort: !!w.email.trim() });
      f.setWerte({ name: '', email: '', seite: '', nachricht: '' });
    },
  );
  const nachricht = f.feld('nachricht');

  return (
    <section className="lotse-abschnitt" aria-labelledby="rueckmeldung-titel">
      <h2 className="kern-heading-medium" id="rueckmeldung-titel">{t.titel}</h2>
      {gesendet ? (
        <Alert typ="success" titel={t.danke} ref={danke} fokussierbar ansage="status">
          <p className="kern-body">{t.dankeText} {gesendet.mitAntwort ? t.dankeMitAntwort : null}</p>
          <p className="kern-body">
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setGesendet(null)}><span className="kern-label">{t.nochEine}</span></button>
          </p>
        </Alert>
      ) : (
        <>
          <p className="kern-body">{t.einleitung}</p>
          <Fehlerliste fehler={f.fehlerliste} version={f.version} />
          {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
          <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="rueckmeldung-titel">
            <Formularfeld {...f.feld('name')} label={t.name} optional autoComplete="name" maxLength={200} />
            <Formularfeld {...f.feld('email')} label={t.email} hinweis={t.emailHinweis} optional type="email" autoComplete="email" inputMode="email" maxLength={254} />
            <Formularfeld {...f.feld('seite')} label={t.seite} hinweis={t.seiteHinweis} optional maxLength={2000} />
            <div className={`kern-form-input${nachricht.fehler ? ' kern-form-input--error' : ''}`}>
              <label className="kern-label" htmlFor={nachricht.id}>{t.nachricht}</label>
              <div className="kern-hint" id={`${nachricht.id}-hinweis`}>{t.nachrichtHinweis}</div>
              <textarea id={nachricht.id} name="nachricht" className="kern-form-input__input" rows={6} maxLength={MAX} required
                value={nachricht.value} onChange={(e) => f.setWerte((w) => ({ ...w, nachricht: e.target.value }))}
                aria-describedby={`${nachricht.id}-hinweis${nachricht.fehler ? ` ${nachricht.id}-fehler` : ''}`} aria-invalid={nachricht.fehler ? true : undefined} />
              {nachricht.fehler ? (
                <p className="kern-error" id={`${nachricht.id}-fehler`}>
                  <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
                  <span className="kern-body">{nachricht.fehler}</span>
                </p>
              ) : null}
            </div>
            <div className="lotse-knopfleiste">
              <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={f.sendet || undefined}>
                <span className="kern-label">{f.sendet ? t.sendet : t.knopf}</span>
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
