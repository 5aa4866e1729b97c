import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, useFormular } from '../../../../web/komponenten/index.ts';
import { HANDLUNGSFELDER } from '../../../loesungen/ui/index.ts';
import { IOOI_TEXT, SDG_TEXT, STUFEN_TEXT, ziele as t } from './texte.ts';

const START = { aussage: '', zielgruppe: '', handlungsfeld: '', verantwortlich: '', stufe: '5', iooi: 'outcome', sdg: '' };

/** „Neues Wirkungsziel“: plain form fields, operable by keyboard. */
export function ZielFormular({ kommuneId, gespeichert }: { kommuneId: string; gespeichert: () => void }) {
  const f = useFormular('ziel', START);
  const [neu, setNeu] = useState<string | null>(null);
  const erfolg = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (neu) erfolg.current?.focus();
  }, [neu]);
  const senden = f.absenden(
    (w) => ({ aussage: w.aussage.trim() ? undefined : t.formular.fehlerAussage }),
    async (w) => {
      const r = await api<{ id: string }>('/api/wirkung/ziele', {
        body: {
          kommuneId,
          aussage: w.aussage.trim(),
          zielgruppe: w.zielgruppe.trim(),
          handlungsfeld: w.handlungsfeld || null,
          verantwortlich: w.verantwortlich.trim(),
          stufe: Number(w.stufe),
          iooi: w.iooi,
          sdg: w.sdg ? Number(w.sdg) : null,
        },
      });
      f.setWerte(START);
      setNeu(r.id);
      gespeichert();
    },
  );
  return (
    <section className="lotse-abschnitt" aria-labelledby="ziel-formular-titel">
      <h2 className="kern-heading-medium" id="ziel-formular-titel">{t.formular.titel}</h2>
      {neu ? (
        <Alert typ="success" ref={erfolg} fokussierbar ansage="status">
          <p className="kern-body">{t.formular.erfolg} <Link className="kern-link" to={`/wirkung/ziele/${neu}`}>{t.formular.erfolgLink}</Link></p>
        </Alert>
      ) : null}
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={senden} noValidate aria-labelledby="ziel-formular-titel">
        <Formularfeld label={t.formular.aussage} hinweis={t.formular.aussageHinweis} maxLength={500} autoComplete="off" {...f.feld('aussage')} />
        <Formularfeld label={t.formular.zielgruppe} optional maxLength={200} autoComplete="off" {...f.feld('zielgruppe')} />
        <Auswahl label={t.formular.handlungsfeld} optional {...f.feld('handlungsfeld')} optionen={[{ wert: '', text: t.formular.keinHandlungsfeld }, ...HANDLUNGSFELDER.map((h) => ({ wert: h, text: h }))]} />
        <Formularfeld label={t.formular.verantwortlich} optional maxLength={200} autoComplete="off" {...f.feld('verantwortlich')} />
        <Auswahl label={t.formular.stufe} {...f.feld('stufe')} optionen={Object.entries(STUFEN_TEXT).map(([wert, text]) => ({ wert, text }))} />
        <Auswahl label={t.formular.iooi} {...f.feld('iooi')} optionen={Object.entries(IOOI_TEXT).map(([wert, text]) => ({ wert, text }))} />
        <Auswahl label={t.formular.sdg} optional {...f.feld('sdg')} optionen={[{ wert: '', text: t.formular.keinSdg }, ...Object.entries(SDG_TEXT).map(([wert, text]) => ({ wert, text: `${wert} – ${text}` }))]} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={f.sendet || undefined}>
            <span className="kern-label">{t.formular.speichern}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
