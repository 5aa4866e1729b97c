import { useRef, useState, type FormEvent } from 'react';
import { Alert, Fehlerliste, Fortschritt, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { loesungen as loesungenTexte } from './texte.ts';
import { hatRolle, useKonto } from '../../../web/konto.tsx';
import type { ImportBerichtAntwort } from '../loesungen.schemas.ts';
import { Bericht, Fehlerbericht, type ImportFehler } from './import/Bericht.tsx';
import { csrfSicherstellen, sende } from './import/senden.ts';

const t = loesungenTexte;
const im = t.import;
const MAX_BYTES = 10 * 1024 * 1024;

export default function Import() {
  const { konto, geladen } = useKonto();
  const datei = useRef<HTMLInputElement>(null);
  const [feldFehler, setFeldFehler] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [phase, setPhase] = useState<'bereit' | 'hochladen' | 'verarbeiten'>('bereit');
  const [upload, setUpload] = useState({ geladen: 0, gesamt: 0 });
  const [bericht, setBericht] = useState<ImportBerichtAntwort | null>(null);
  const [fehler, setFehler] = useState<ImportFehler | null>(null);
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
    await csrfSicherstellen();
    setPhase('hochladen');
    setUpload({ geladen: 0, gesamt: body.length });
    try {
      const r = await sende(body, (geladen, gesamt) => setUpload({ geladen, gesamt }), () => setPhase('verarbeiten'));
      if (r.status === 200) setBericht(r.daten as ImportBerichtAntwort);
      else {
        const err = (r.daten as { error?: ImportFehler } | null)?.error;
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

      {bericht ? <Bericht bericht={bericht} /> : null}
      {fehler ? <Fehlerbericht fehler={fehler} /> : null}
    </>
  );
}
