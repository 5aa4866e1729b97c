import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Fehlerliste, Fortschritt, Ladeanzeige } from '../../../../web/komponenten/index.ts';
import type { ImportAntwort } from '../../prozesse/prozesse.schemas.ts';
import { prozesseTexte as t } from '../texte-prozesse.ts';
import { csrfSicherstellen, sendeCsv } from './senden.ts';

/** Same limit as the server (prozesse.errors.ts). */
const MAX_MB = 25;
/** How many row errors the list shows at most (the server sends at most 100). */
const ZEIGEN = 100;

interface Zeilenfehler {
  zeile?: number;
  meldung?: string;
  anzahlFehler?: number;
}

/** Upload of an event log with upload progress, server phase, and the row errors as an accessible list. */
export function Einlesen({ prozessId, eingelesen }: { prozessId: string; eingelesen: () => void }) {
  const datei = useRef<HTMLInputElement>(null);
  const ergebnisRef = useRef<HTMLDivElement>(null);
  const [feldFehler, setFeldFehler] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [phase, setPhase] = useState<'bereit' | 'hochladen' | 'verarbeiten'>('bereit');
  const [upload, setUpload] = useState({ geladen: 0, gesamt: 0 });
  const [bericht, setBericht] = useState<ImportAntwort | null>(null);
  const [fehler, setFehler] = useState<{ message: string; details: Zeilenfehler[] } | null>(null);

  useEffect(() => {
    if (bericht || fehler) ergebnisRef.current?.focus();
  }, [bericht, fehler]);

  const einlesen = async (e: FormEvent) => {
    e.preventDefault();
    setVersion((v) => v + 1);
    setBericht(null);
    setFehler(null);
    const f = datei.current?.files?.[0];
    const text = !f ? t.keineDatei : f.size > MAX_MB * 1024 * 1024 ? t.zuGross(MAX_MB) : null;
    setFeldFehler(text);
    if (!f || text) return;
    await csrfSicherstellen();
    setPhase('hochladen');
    setUpload({ geladen: 0, gesamt: f.size });
    try {
      const r = await sendeCsv(`/api/kaizen/prozesse/${prozessId}/ereignisse`, f, (geladen, gesamt) => setUpload({ geladen, gesamt }), () => setPhase('verarbeiten'));
      if (r.status === 200) {
        setBericht(r.daten as ImportAntwort);
        if (datei.current) datei.current.value = '';
        eingelesen();
      } else {
        const err = (r.daten as { error?: { message: string; details?: Zeilenfehler[] } } | null)?.error;
        setFehler({ message: err?.message ?? t.fehlerAllgemein, details: err?.details ?? [] });
      }
    } catch {
      setFehler({ message: t.fehlerAllgemein, details: [] });
    } finally {
      setPhase('bereit');
    }
  };

  const prozent = upload.gesamt ? Math.round((upload.geladen / upload.gesamt) * 100) : 0;
  const zeilen = fehler?.details.filter((d) => d.meldung) ?? [];
  const anzahl = fehler?.details.find((d) => d.anzahlFehler !== undefined)?.anzahlFehler ?? zeilen.length;
  const weitere = fehler?.details.filter((d) => d.meldung && d.zeile !== undefined) ?? [];
  return (
    <section className="lotse-abschnitt" aria-labelledby="kaizen-einlesen-titel">
      <h2 className="kern-heading-medium" id="kaizen-einlesen-titel">{t.importTitel}</h2>
      <p className="kern-body">{t.importEinleitung}</p>
      <Fehlerliste fehler={feldFehler ? [{ feldId: 'kaizen-datei', text: feldFehler }] : []} version={version} />
      <form className="lotse-formular" onSubmit={einlesen} noValidate>
        <div className={`kern-form-input${feldFehler ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor="kaizen-datei">{t.datei}</label>
          <div className="kern-hint" id="kaizen-datei-hinweis">{t.dateiHinweis(MAX_MB)}</div>
          <input ref={datei} id="kaizen-datei" name="datei" type="file" accept=".csv,text/csv" className="kern-form-input__input"
            aria-describedby={`kaizen-datei-hinweis${feldFehler ? ' kaizen-datei-fehler' : ''}`} aria-invalid={feldFehler ? true : undefined} required />
          {feldFehler ? (
            <p className="kern-error" id="kaizen-datei-fehler">
              <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
              <span className="kern-body">{feldFehler}</span>
            </p>
          ) : null}
        </div>
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={phase !== 'bereit'}><span className="kern-label">{t.einlesen}</span></button>
        </div>
      </form>

      <div aria-live="polite">
        {phase === 'hochladen' ? <Fortschritt label={t.hochladen} wert={prozent} max={100} text={`${prozent} %`} /> : null}
        {phase === 'verarbeiten' ? (
          <>
            <Fortschritt label={t.hochladen} wert={100} max={100} text="100 %" />
            <Ladeanzeige text={t.verarbeiten} />
          </>
        ) : null}
      </div>

      {bericht ? (
        <Alert typ="success" titel={t.erfolgTitel} ref={ergebnisRef} fokussierbar ansage="status">
          <p className="kern-body">{t.erfolg(bericht.zeilen, bericht.neu, bericht.doppelt)}</p>
          {bericht.prozesse.length > 1 ? <p className="kern-body">{t.weitereProzesse(bericht.prozesse.filter((p) => p.id !== prozessId).map((p) => `„${p.name}“`).join(', '))}</p> : null}
        </Alert>
      ) : null}
      {fehler ? (
        <Alert typ="danger" titel={t.fehlerTitel} ref={ergebnisRef} fokussierbar ansage="keine">
          <p className="kern-body">{fehler.message}</p>
          {weitere.length ? (
            <>
              <h3 className="kern-heading-small" id="kaizen-zeilenfehler">{t.fehlerZeilen}</h3>
              <ul className="kern-list" aria-labelledby="kaizen-zeilenfehler">
                {weitere.slice(0, ZEIGEN).map((d, i) => <li key={i} className="kern-body">{d.meldung}</li>)}
              </ul>
              {anzahl > Math.min(weitere.length, ZEIGEN) ? <p className="kern-body">{t.weitereFehler(anzahl - Math.min(weitere.length, ZEIGEN))}</p> : null}
            </>
          ) : null}
        </Alert>
      ) : null}
    </section>
  );
}
