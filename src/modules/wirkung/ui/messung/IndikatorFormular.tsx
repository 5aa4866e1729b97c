import { useNavigate } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, useFormular } from '../../../../web/komponenten/index.ts';
import { STUFEN_TEXT } from '../ziele/texte.ts';
import { zahlAusEingabe } from './WertFormulare.tsx';
import { messung as t, RBA_TEXT, RHYTHMUS_TEXT, RICHTUNG_TEXT } from './texte.ts';

const START = { name: '', einheit: '', richtung: 'hoch', rba: 'besser_gestellt', verantwortlich: '', rhythmus: 'jaehrlich', stufe: '', zielWert: '', zielJahr: '', gegenindikatorId: '' };
const optionen = (m: Record<string, string>) => Object.entries(m).map(([wert, text]) => ({ wert, text }));

/** „Eigenen Indikator anlegen“ on a goal's page; afterwards the indicator's page opens (import there). */
export function IndikatorFormular({ kommuneId, zielId, verantwortlich, andere }: { kommuneId: string; zielId: string; verantwortlich: string; andere: { id: string; name: string }[] }) {
  const f = useFormular('indikator', { ...START, verantwortlich });
  const geh = useNavigate();
  const senden = f.absenden(
    (w) => ({
      name: w.name.trim() ? undefined : t.neu.fehlerName,
      zielWert: w.zielWert.trim() && Number.isNaN(zahlAusEingabe(w.zielWert)) ? t.neu.fehlerZahl : undefined,
      zielJahr: w.zielJahr.trim() && !/^(19[5-9]\d|20\d\d|2100)$/.test(w.zielJahr.trim()) ? t.neu.fehlerJahr : undefined,
    }),
    async (w) => {
      const r = await api<{ id: string }>('/api/wirkung/indikatoren', {
        body: {
          kommuneId, zielId, name: w.name.trim(), einheit: w.einheit.trim(), richtung: w.richtung, rba: w.rba, verantwortlich: w.verantwortlich.trim(), rhythmus: w.rhythmus,
          stufe: w.stufe ? Number(w.stufe) : null, zielWert: w.zielWert.trim() ? zahlAusEingabe(w.zielWert) : null, zielJahr: w.zielJahr.trim() ? Number(w.zielJahr) : null,
          gegenindikatorId: w.gegenindikatorId || null,
        },
      });
      geh(`/wirkung/indikatoren/${r.id}`);
    },
  );
  return (
    <section className="lotse-abschnitt" aria-labelledby="indikator-neu-titel">
      <h3 className="kern-heading-small" id="indikator-neu-titel">{t.neu.titel}</h3>
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={senden} noValidate aria-labelledby="indikator-neu-titel">
        <Formularfeld label={t.neu.name} maxLength={200} autoComplete="off" {...f.feld('name')} />
        <Formularfeld label={t.neu.einheit} optional maxLength={50} autoComplete="off" {...f.feld('einheit')} />
        <Auswahl label={t.neu.richtung} {...f.feld('richtung')} optionen={optionen(RICHTUNG_TEXT)} />
        <Auswahl label={t.neu.rba} {...f.feld('rba')} optionen={optionen(RBA_TEXT)} />
        <Formularfeld label={t.neu.verantwortlich} optional maxLength={200} autoComplete="off" {...f.feld('verantwortlich')} />
        <Auswahl label={t.neu.rhythmus} {...f.feld('rhythmus')} optionen={optionen(RHYTHMUS_TEXT)} />
        <Auswahl label={t.neu.stufe} optional {...f.feld('stufe')} optionen={[{ wert: '', text: t.neu.keineStufe }, ...Object.entries(STUFEN_TEXT).map(([wert, text]) => ({ wert, text }))]} />
        <Formularfeld label={t.neu.zielWert} optional inputMode="decimal" autoComplete="off" {...f.feld('zielWert')} />
        <Formularfeld label={t.neu.zielJahr} optional inputMode="numeric" autoComplete="off" {...f.feld('zielJahr')} />
        {andere.length ? <Auswahl label={t.neu.gegen} optional {...f.feld('gegenindikatorId')} optionen={[{ wert: '', text: t.neu.keinGegen }, ...andere.map((a) => ({ wert: a.id, text: a.name }))]} /> : null}
        <div className="lotse-knopfleiste"><button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={f.sendet || undefined}><span className="kern-label">{t.neu.speichern}</span></button></div>
      </form>
    </section>
  );
}
