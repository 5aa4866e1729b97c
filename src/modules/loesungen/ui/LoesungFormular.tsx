import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, Ladeanzeige, Seitentitel, useFormular } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { loesungen as loesungenTexte } from './texte.ts';
import { useKonto } from '../../../web/konto.tsx';
import { HANDLUNGSFELDER, WIRKUNGSTREPPE } from '../loesungen.schemas.ts';
import type { DetailAntwort as LoesungDetail } from '../loesungen.schemas.ts';
import { ausDetail, leer, pruefen, zuBody, type Feld } from './formular/felder.ts';
import { Textbereich } from './formular/Textbereich.tsx';

const t = loesungenTexte;
const f = t.formular;

export default function LoesungFormular() {
  const { id } = useParams();
  const neu = !id;
  const navigate = useNavigate();
  const { konto, geladen } = useKonto();
  const [alt, setAlt] = useState<LoesungDetail | null>(null);
  const [ladeFehler, setLadeFehler] = useState<string | null>(null);
  const form = useFormular<Feld>('loesung', { ...leer, kommuneId: konto?.mitgliedschaften[0]?.kommuneId ?? '' });
  const { werte, setWerte, feld, fehler, fehlerliste, allgemein, sendet, version, absenden, feldId } = form;

  useEffect(() => {
    if (neu && konto && !werte.kommuneId) setWerte((w) => ({ ...w, kommuneId: konto.mitgliedschaften[0]?.kommuneId ?? '' }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [konto, neu]);

  useEffect(() => {
    if (!id) return;
    const ac = new AbortController();
    api<LoesungDetail>(`/api/loesungen/${encodeURIComponent(id)}`, { signal: ac.signal })
      .then((l) => {
        setAlt(l);
        setWerte(ausDetail(l));
      })
      .catch((e) => !ac.signal.aborted && setLadeFehler(e instanceof ApiFehler ? e.message : texte.kern.fehlerAllgemein));
    return () => ac.abort();
  }, [id, setWerte]);

  const veroeffentlicht = alt?.status === 'veroeffentlicht';
  const titel = neu ? f.titelNeu : veroeffentlicht ? f.titelUeberarbeiten : f.titelBearbeiten;
  if (!geladen) return <Ladeanzeige />;
  if (!konto?.mitgliedschaften.length) {
    return (
      <>
        <Seitentitel titel={titel} />
        <Alert typ="info" ansage="keine">{f.nurMitglieder}</Alert>
        <p className="kern-body"><Link className="kern-link" to="/anmelden">{texte.kern.anmelden}</Link></p>
      </>
    );
  }
  if (ladeFehler) {
    return (
      <>
        <Seitentitel titel={titel} />
        <Alert typ="danger">{ladeFehler}</Alert>
      </>
    );
  }
  if (!neu && !alt) return <Ladeanzeige />;

  const speichern = async (w: Record<Feld, string>) => {
    if (neu) {
      const r = await api<{ id: string }>('/api/loesungen', { body: zuBody(w, true) });
      navigate(`/loesungen/${r.id}`);
    } else {
      await api(`/api/loesungen/${id}`, { method: 'PATCH', body: zuBody(w, false, alt ? (alt.ueberarbeitung?.inhalt ?? alt) : undefined) });
      navigate(`/loesungen/${id}`);
    }
  };
  const text = (name: Feld, label: string, opts: { hinweis?: string; optional?: boolean; rows?: number } = {}) => (
    <Textbereich id={feldId(name)} label={label} hinweis={opts.hinweis} optional={opts.optional} rows={opts.rows} fehler={fehler[name]}
      value={werte[name]} onChange={(v) => setWerte((x) => ({ ...x, [name]: v }))} />
  );

  return (
    <div className="lotse-formularseite" style={{ maxWidth: '48rem' }}>
      <Seitentitel titel={titel} einleitung={neu ? f.einleitung : undefined} />
      {veroeffentlicht ? <Alert typ="info" ansage="keine">{f.ueberarbeitungHinweis}</Alert> : null}
      <Fehlerliste fehler={fehlerliste} version={version} />
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <form className="lotse-formular" style={{ maxWidth: '48rem' }} onSubmit={absenden(pruefen, speichern)} noValidate>
        {neu && konto.mitgliedschaften.length > 1 ? (
          <Auswahl {...feld('kommuneId')} label={f.kommune} optionen={konto.mitgliedschaften.map((m) => ({ wert: m.kommuneId, text: m.kommuneName }))} />
        ) : null}
        <Formularfeld {...feld('titel')} label={f.titel} hinweis={f.titelHinweis} maxLength={300} />
        {text('zusammenfassung', f.zusammenfassung, { hinweis: f.zusammenfassungHinweis, rows: 3 })}
        {text('problem', f.problem, { rows: 5 })}
        {text('ansatz', f.ansatz, { optional: true, rows: 5 })}
        {text('voraussetzungen', f.voraussetzungen, { optional: true, rows: 3 })}
        <Auswahl {...feld('handlungsfeld')} label={f.handlungsfeld} optional optionen={[{ wert: '', text: f.keinHandlungsfeld }, ...HANDLUNGSFELDER.map((h) => ({ wert: h, text: h }))]} />
        <Formularfeld {...feld('tags')} label={f.tags} hinweis={f.tagsHinweis} optional />
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t.detail.eckdaten}</legend>
          <div className="kern-fieldset__body">
            <Formularfeld {...feld('aufwandVon')} label={f.aufwandVon} optional inputMode="numeric" />
            <Formularfeld {...feld('aufwandBis')} label={f.aufwandBis} optional inputMode="numeric" />
            <Formularfeld {...feld('kostenVon')} label={f.kostenVon} optional inputMode="numeric" />
            <Formularfeld {...feld('kostenBis')} label={f.kostenBis} optional inputMode="numeric" />
            <Formularfeld {...feld('dauerMonate')} label={f.dauer} optional inputMode="numeric" />
          </div>
        </fieldset>
        <Formularfeld {...feld('kontakt')} label={f.kontakt} hinweis={f.kontaktHinweis} optional />
        {text('links', f.links, { hinweis: f.linksHinweis, optional: true, rows: 3 })}
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t.detail.wirkung}</legend>
          <div className="kern-fieldset__body">
            <p className="kern-body kern-body--small">{t.detail.wirkungEinleitung}</p>
            <Auswahl {...feld('wirkungsstufe')} label={f.wirkungsstufe} optional
              optionen={[{ wert: '', text: f.keineStufe }, ...Object.entries(WIRKUNGSTREPPE).map(([n, s]) => ({ wert: n, text: `${n}: ${s.label}` }))]} />
            {text('wirkungText', f.wirkungText, { hinweis: f.wirkungTextHinweis, optional: true, rows: 4 })}
            {text('wirkungQuellen', f.quellen, { hinweis: f.quellenHinweis, optional: true, rows: 3 })}
          </div>
        </fieldset>
        {!neu ? <Formularfeld {...feld('kommentar')} label={f.kommentar} hinweis={veroeffentlicht ? f.kommentarHinweisUeberarbeitung : f.kommentarHinweis} optional maxLength={1000} /> : null}
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={sendet}>
            <span className="kern-label">{neu ? f.speichern : veroeffentlicht ? f.ueberarbeitungSpeichern : f.aenderungSpeichern}</span>
          </button>
          <Link className="kern-link" to={neu ? '/loesungen' : `/loesungen/${id}`}>{f.abbrechen}</Link>
        </div>
      </form>
    </div>
  );
}
