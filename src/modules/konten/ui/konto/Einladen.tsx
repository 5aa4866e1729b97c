import { useState } from 'react';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, Kopierfeld, useFormular } from '../../../../web/komponenten/index.ts';
import type { EinladungAntwort } from '../../konten.schemas.ts';
import { pruefeEmail } from '../pruefung.ts';
import { datum, k, rolleText } from './gemeinsam.ts';

export function Einladen({ kommuneId, onErstellt }: { kommuneId: string; onErstellt: () => void }) {
  const f = useFormular(`einladen-${kommuneId}`, { rolle: 'mitglied', email: '' });
  const [einladung, setEinladung] = useState<Pick<EinladungAntwort, 'link' | 'laeuftAbAm' | 'email'> | null>(null);
  const absenden = f.absenden(
    (w) => ({
      email: w.email.trim() ? pruefeEmail(w.email) : w.rolle === 'admin' ? k.einladenEmailAdminFehlt : undefined,
    }),
    async (w) => {
      const r = await api<EinladungAntwort>(`/api/kommunen/${kommuneId}/einladungen`, {
        body: { rolle: w.rolle, ...(w.email.trim() ? { email: w.email.trim() } : {}) },
      });
      setEinladung({ link: new URL(r.link, window.location.origin).toString(), laeuftAbAm: r.laeuftAbAm, email: r.email });
      onErstellt();
    },
  );
  return (
    <section className="lotse-abschnitt" aria-labelledby={`einladen-titel-${kommuneId}`}>
      <h3 className="kern-heading-small" id={`einladen-titel-${kommuneId}`}>{k.einladenTitel}</h3>
      <p className="kern-body">{k.einladenEinleitung}</p>
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby={`einladen-titel-${kommuneId}`}>
        <Auswahl label={k.einladenRolle} optionen={[{ wert: 'mitglied', text: rolleText('mitglied') }, { wert: 'admin', text: rolleText('admin') }]} {...f.feld('rolle')} />
        <Formularfeld label={k.einladenEmail} hinweis={k.einladenEmailHinweis} type="email" optional autoComplete="off" {...f.feld('email')} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={f.sendet || undefined}>
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">{k.einladenKnopf}</span>
          </button>
        </div>
      </form>
      {einladung ? (
        <div className="lotse-abstand-oben">
          <Alert typ="success" titel={k.einladungErstellt}>
            <p className="kern-body">{einladung.email ? k.einladungPersoenlich(einladung.email) : k.einladungUebertragbar}</p>
            <p className="kern-body">{k.einladungGueltigBis(datum.format(new Date(einladung.laeuftAbAm)))}</p>
          </Alert>
          <Kopierfeld label={k.einladungLink} wert={einladung.link} />
        </div>
      ) : null}
    </section>
  );
}
