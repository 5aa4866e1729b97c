import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Fehlerliste, Fortschritt, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { loesungen as loesungenTexte } from './texte.ts';
import { hatRolle, useKonto } from '../../../web/konto.tsx';

const t = loesungenTexte;
const im = t.import;
const MAX_BYTES = 10 * 1024 * 1024;
const ZEIGEN = 50;

interface Bericht {
  gesamt: number;
  neu: number;
  aktualisiert: number;
  unveraendert: number;
  herkunftNichtAufgeloest: { zeile: number; externalId: string; origin: string }[];
}
interface Fehler {
  message: string;
  details: { zeile?: number; feld?: string; meldung?: string }[];
}

function csrf(): string {
  const m = document.cookie.match(/(?:^|;\s*)lotse_csrf=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : '';
}

/** Sends the file with XMLHttpRequest so the upload progress can be shown; the server answers once all rows are stored. */
function sende(body: string, fortschritt: (geladen: number, gesamt: number) => void, hochgeladen: () => void): Promise<{ status: number; daten: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/loesungen/import');
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', csrf());
    xhr.upload.onprogress = (e) => e.lengthComputable && fortschritt(e.loaded, e.total);
    xhr.upload.onload = hochgeladen;
    xhr.onload = () => {
      let daten: unknown;
      try {
        daten = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        daten = null;
      }
      resolve({ status: xhr.status, daten });
    };
    xhr.onerror = () => reject(new Error('netz'));
    xhr.send(body);
  });
}

export default function Import() {
  const { konto, geladen } = useKonto();
  const datei = useRef<HTMLInputElement>(null);
  const [feldFehler, setFeldFehler] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [phase, setPhase] = useState<'bereit' | 'hochladen' | 'verarbeiten'>('bereit');
  const [upload, setUpload] = useState({ geladen: 0, gesamt: 0 });
  const [bericht, setBericht] = useState<Bericht | null>(null);
  const [fehler, setFehler] = useState<Fehler | null>(null);
  const darf = hatRolle(konto, 'transferstelle') || hatRolle(konto, 'plattform-admin');

  const importieren = async (e: FormEvent) => {
    e.preventDefault();
    setVersion((v) => v + 1);
    setBericht(null);
    setFehler(null);
    const f = datei.current?.files?.[0];
    const fehlerText = !f ? im.keineDatei : !/\.(json|csv)$/i.test(f.name) ? im.falschesFormat : f.size > MAX_BYTES ? im.zuGross : null;
    setFeldFehler(fehlerText);
    if (!f || fehlerText) return;
    const text = await f.text();
    const body = /\.csv$/i.test(f.name) ? JSON.stringify({ format: 'csv', daten: text }) : text;
    if (!csrf()) await fetch('/api/health', { credentials: 'same-origin' });
    setPhase('hochladen');
    setUpload({ geladen: 0, gesamt: body.length });
    try {
      const r = await sende(body, (geladen, gesamt) => setUpload({ geladen, gesamt }), () => setPhase('verarbeiten'));
      if (r.status === 200) setBericht(r.daten as Bericht);
      else {
        const err = (r.daten as { error?: Fehler } | null)?.error;
        setFehler({ message: err?.message ?? t.fehlerAllgemein, details: err?.details ?? [] });
      }
    } catch {
      setFehler({ message: t.fehlerAllgemein, details: [] });
    } finally {
      setPhase('bereit');
    }
  };

  if (!geladen) return <Ladeanzeige />;
  if (!darf) {
    return (
      <>
        <Seitentitel titel={im.titel} />
        <Alert typ="info" ansage="keine">{t.pruefung.nurTransferstelle}</Alert>
      </>
    );
  }
  const prozent = upload.gesamt ? Math.round((upload.geladen / upload.gesamt) * 100) : 0;
  return (
    <>
      <Seitentitel titel={im.titel} einleitung={im.einleitung} />
      <Fehlerliste fehler={feldFehler ? [{ feldId: 'import-datei', text: feldFehler }] : []} version={version} />
      <form className="lotse-formular" onSubmit={importieren} noValidate>
        <div className={`kern-form-input${feldFehler ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor="import-datei">{im.datei}</label>
          <div className="kern-hint" id="import-datei-hinweis">{im.dateiHinweis}</div>
          <input ref={datei} id="import-datei" name="datei" type="file" accept=".json,.csv,application/json,text/csv" className="kern-form-input__input"
            aria-describedby={`import-datei-hinweis${feldFehler ? ' import-datei-fehler' : ''}`} aria-invalid={feldFehler ? true : undefined} required />
          {feldFehler ? (
            <p className="kern-error" id="import-datei-fehler">
              <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
              <span className="kern-body">{feldFehler}</span>
            </p>
          ) : null}
        </div>
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={phase !== 'bereit'}><span className="kern-label">{im.knopf}</span></button>
        </div>
      </form>

      <div aria-live="polite">
        {phase === 'hochladen' ? <Fortschritt label={im.hochladen} wert={prozent} max={100} text={`${prozent} %`} /> : null}
        {phase === 'verarbeiten' ? (
          <>
            <Fortschritt label={im.hochladen} wert={100} max={100} text="100 %" />
            <Ladeanzeige text={im.verarbeiten} />
          </>
        ) : null}
      </div>

      {bericht ? (
        <Alert typ="success" titel={im.ergebnisTitel}>
          <p className="kern-body">{im.ergebnis(bericht.gesamt, bericht.neu, bericht.aktualisiert, bericht.unveraendert)}</p>
          <p className="kern-body"><Link className="kern-link" to="/loesungen">{t.katalog.titel}</Link></p>
        </Alert>
      ) : null}
      {bericht && bericht.herkunftNichtAufgeloest.length ? (
        <section className="lotse-abschnitt" aria-labelledby="import-herkunft">
          <h2 className="kern-heading-small" id="import-herkunft">{im.herkunftOffen(bericht.herkunftNichtAufgeloest.length)}</h2>
          <div className="kern-table-responsive">
            <table className="kern-table kern-table--small">
              <caption className="kern-sr-only">{im.tabelleTitel}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{im.tabelleZeile}</th>
                  <th scope="col" className="kern-table__header">{im.tabelleId}</th>
                  <th scope="col" className="kern-table__header">{im.tabelleHerkunft}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {bericht.herkunftNichtAufgeloest.slice(0, ZEIGEN).map((h) => (
                  <tr key={h.zeile} className="kern-table__row">
                    <td className="kern-table__cell kern-table__cell--numeric">{h.zeile}</td>
                    <td className="kern-table__cell">{h.externalId}</td>
                    <td className="kern-table__cell">{h.origin}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {bericht.herkunftNichtAufgeloest.length > ZEIGEN ? <p className="kern-body">{im.weitere(bericht.herkunftNichtAufgeloest.length - ZEIGEN)}</p> : null}
        </section>
      ) : null}
      {fehler ? (
        <Alert typ="danger" titel={im.fehlerTitel}>
          <p className="kern-body">{fehler.message}</p>
          {fehler.details.length ? (
            <ul className="kern-list">
              {fehler.details.slice(0, ZEIGEN).map((d, i) => <li key={i}>{im.fehlerZeile(d.zeile ?? '?', d.feld ?? '', d.meldung ?? '')}</li>)}
            </ul>
          ) : null}
          {fehler.details.length > ZEIGEN ? <p className="kern-body">{im.weitere(fehler.details.length - ZEIGEN)}</p> : null}
        </Alert>
      ) : null}
    </>
  );
}
