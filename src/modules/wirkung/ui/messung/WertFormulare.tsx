import { useRef, useState, type FormEvent } from 'react';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert, Fehlerliste, Formularfeld, Fortschritt, useFormular } from '../../../../web/komponenten/index.ts';
import { messung as t } from './texte.ts';

/** „12,5“ oder „12.5“ → Zahl, sonst NaN. */
export const zahlAusEingabe = (s: string) => (/^-?\d+([.,]\d+)?$/.test(s.trim()) ? Number(s.trim().replace(',', '.')) : Number.NaN);

export function WertFormular({ id, fertig }: { id: string; fertig: () => void }) {
  const f = useFormular('wert', { jahr: String(new Date().getFullYear() - 1), wert: '', stadtteil: '', zielgruppe: '' });
  const senden = f.absenden(
    (w) => ({ jahr: /^\d{4}$/.test(w.jahr.trim()) ? undefined : t.erfassen.fehlerJahr, wert: Number.isNaN(zahlAusEingabe(w.wert)) ? t.erfassen.fehlerWert : undefined }),
    async (w) => {
      await api(`/api/wirkung/indikatoren/${id}/werte`, { body: { jahr: Number(w.jahr), wert: zahlAusEingabe(w.wert), stadtteil: w.stadtteil.trim(), zielgruppe: w.zielgruppe.trim() } });
      f.setWerte({ ...w, wert: '' });
      fertig();
    },
  );
  return (
    <section className="lotse-abschnitt" aria-labelledby="wert-titel">
      <h3 className="kern-heading-small" id="wert-titel">{t.erfassen.titel}</h3>
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={senden} noValidate aria-labelledby="wert-titel">
        <Formularfeld label={t.erfassen.jahr} inputMode="numeric" autoComplete="off" {...f.feld('jahr')} />
        <Formularfeld label={t.erfassen.wert} inputMode="decimal" autoComplete="off" {...f.feld('wert')} />
        <Formularfeld label={t.erfassen.stadtteil} optional maxLength={100} autoComplete="off" {...f.feld('stadtteil')} />
        <Formularfeld label={t.erfassen.zielgruppe} optional maxLength={100} autoComplete="off" {...f.feld('zielgruppe')} />
        <div className="lotse-knopfleiste"><button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={f.sendet || undefined}><span className="kern-label">{t.erfassen.speichern}</span></button></div>
      </form>
    </section>
  );
}

const base64 = (b: ArrayBuffer) => {
  let s = '';
  const u = new Uint8Array(b);
  for (let i = 0; i < u.length; i += 0x8000) s += String.fromCharCode(...u.subarray(i, i + 0x8000));
  return btoa(s);
};

/** Import with a visible three-step progress; on any error the list of bad lines, nothing imported. */
export function ImportFormular({ id, fertig }: { id: string; fertig: () => void }) {
  const datei = useRef<HTMLInputElement>(null);
  const [schritt, setSchritt] = useState<number | null>(null);
  const [fehler, setFehler] = useState<{ text: string; zeilen: string[]; mehr: number } | null>(null);
  const [erfolg, setErfolg] = useState<string | null>(null);
  const senden = async (e: FormEvent) => {
    e.preventDefault();
    const d = datei.current?.files?.[0];
    setFehler(null);
    setErfolg(null);
    if (!d) return setFehler({ text: t.import.keineDatei, zeilen: [], mehr: 0 });
    const xlsx = /\.xlsx$/i.test(d.name);
    try {
      setSchritt(0);
      const inhalt = xlsx ? base64(await d.arrayBuffer()) : await d.text();
      setSchritt(1);
      const r = await api<{ importiert: number }>(`/api/wirkung/indikatoren/${id}/import`, { body: { format: xlsx ? 'xlsx' : 'csv', inhalt } });
      setSchritt(2);
      setErfolg(t.import.erfolg(r.importiert));
      fertig();
    } catch (err) {
      setSchritt(null);
      const details = err instanceof ApiFehler ? (err.details as { meldung?: string; zeile?: number }[]).filter((x) => x.zeile) : [];
      setFehler({ text: err instanceof ApiFehler ? err.message : String(err), zeilen: details.slice(0, 10).map((x) => x.meldung ?? ''), mehr: Math.max(0, details.length - 10) });
    }
  };
  return (
    <section className="lotse-abschnitt" aria-labelledby="import-titel">
      <h3 className="kern-heading-small" id="import-titel">{t.import.titel}</h3>
      <p className="kern-body lotse-text">{t.import.hinweis}</p>
      {fehler ? (
        <Alert typ="danger" titel={t.import.fehlerTitel} ansage="alert">
          <p className="kern-body">{fehler.text}</p>
          {fehler.zeilen.length > 1 ? <ul className="kern-list">{fehler.zeilen.map((z) => <li key={z}>{z}</li>)}</ul> : null}
          {fehler.mehr ? <p className="kern-body">{t.import.weitere(fehler.mehr)}</p> : null}
        </Alert>
      ) : null}
      {erfolg ? <Alert typ="success" ansage="status"><p className="kern-body">{erfolg}</p></Alert> : null}
      {schritt !== null && !erfolg ? <Fortschritt label={t.import.fortschritt} wert={schritt + 1} max={3} text={t.import.schritte[schritt]} /> : null}
      <form className="lotse-formular" onSubmit={senden} noValidate aria-labelledby="import-titel">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="import-datei">{t.import.datei}</label>
          <input ref={datei} id="import-datei" type="file" className="kern-form-input__input" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
        </div>
        <div className="lotse-knopfleiste"><button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t.import.starten}</span></button></div>
      </form>
    </section>
  );
}
