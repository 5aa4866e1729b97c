import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import './erhebungen.css';
import { ApiFehler } from '../../../web/api.ts';
import { Fortschritt } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { erhebungen as erhebungenTexte } from './texte.ts';
import type { Antwort, Antworten, Fragebogen, Item } from '../frageboegen/fragebogen.schemas.ts';

const t = erhebungenTexte.ausfuellen;

/** Sichtbarkeit wie in erhebungen.service.ts (hier nachgebildet, damit die Fragebögen nicht ins Web-Bundle geraten). */
export function istSichtbar(item: Item, antworten: Antworten): boolean {
  if (!item.sichtbarWenn) return true;
  const a = antworten[item.sichtbarWenn.item];
  if (typeof a === 'string') return item.sichtbarWenn.werte.includes(a);
  if (Array.isArray(a)) return a.some((w) => item.sichtbarWenn!.werte.includes(w));
  return false;
}

const istWeissNicht = (a: Antwort | undefined) => typeof a === 'object' && a !== null && !Array.isArray(a);

export function fortschritt(fb: Fragebogen, antworten: Antworten) {
  const sichtbar = fb.abschnitte.flatMap((a) => a.items).filter((i) => istSichtbar(i, antworten));
  return { beantwortet: sichtbar.filter((i) => antworten[i.id] !== undefined).length, anzahl: sichtbar.length };
}

/** Entfernt Antworten auf ausgeblendete Fragen nicht – der Server wertet nur sichtbare aus. */
function setze(antworten: Antworten, id: string, a: Antwort | undefined): Antworten {
  const neu = { ...antworten };
  if (a === undefined || a === '' || (Array.isArray(a) && a.length === 0)) delete neu[id];
  else neu[id] = a;
  return neu;
}

// ---- Automatisches Speichern ---------------------------------------------------------------------

export type SpeicherStand = { art: 'leer' } | { art: 'laeuft' } | { art: 'ok'; am: string } | { art: 'fehler'; details: { pfad: string; meldung: string }[] };

/** Speichert Änderungen nach einer kurzen Pause; `jetzt()` speichert sofort (vor dem Abschließen). */
export function useAutosave(antworten: Antworten, speichern: (a: Antworten) => Promise<{ gespeichertAm: string }>, aktiv: boolean) {
  const [stand, setStand] = useState<SpeicherStand>({ art: 'leer' });
  const letzter = useRef<string>(JSON.stringify(antworten));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const aktuell = useRef(antworten);
  aktuell.current = antworten;

  const jetzt = useCallback(async () => {
    clearTimeout(timer.current);
    const text = JSON.stringify(aktuell.current);
    if (text === letzter.current) return true;
    setStand({ art: 'laeuft' });
    try {
      const r = await speichern(aktuell.current);
      letzter.current = text;
      setStand({ art: 'ok', am: r.gespeichertAm });
      return true;
    } catch (err) {
      const details = err instanceof ApiFehler ? (err.details as { pfad?: string; meldung?: string }[]).map((d) => ({ pfad: d.pfad ?? '', meldung: d.meldung ?? '' })) : [];
      setStand({ art: 'fehler', details });
      return false;
    }
  }, [speichern]);

  useEffect(() => {
    if (!aktiv) return;
    if (JSON.stringify(antworten) === letzter.current) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void jetzt(), 1200);
    return () => clearTimeout(timer.current);
  }, [antworten, aktiv, jetzt]);

  return { stand, jetzt };
}

export function SpeicherStatus({ stand }: { stand: SpeicherStand }) {
  // Eine höfliche Live-Region: Screenreader hören „Wird gespeichert …“ / „Alle Antworten gespeichert“.
  return (
    <div role="status" className="lotse-speicherstatus kern-body kern-body--small">
      {stand.art === 'leer' ? t.speichern.leer : stand.art === 'laeuft' ? t.speichern.laeuft : stand.art === 'ok' ? t.speichern.ok(stand.am) : t.speichern.fehler}
    </div>
  );
}

// ---- Eine Frage ----------------------------------------------------------------------------------

interface FrageProps {
  fb: Fragebogen;
  item: Item;
  nummer: number;
  wert: Antwort | undefined;
  aendern: (a: Antwort | undefined) => void;
  fehler?: string;
  nurLesen?: boolean;
}

function FehlerText({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <p className="kern-error" id={id}>
      <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
      <span className="kern-body"><span className="kern-sr-only">{texte.komponenten.fehlerHinweis} </span>{text}</span>
    </p>
  );
}

function Frage({ fb, item, nummer, wert, aendern, fehler, nurLesen }: FrageProps) {
  const basis = `frage-${item.id}`;
  const hinweisId = `${basis}-hinweis`;
  const fehlerId = `${basis}-fehler`;
  const beschrieben = [item.hilfe || item.typ === 'mehrfach' ? hinweisId : null, fehler ? fehlerId : null].filter(Boolean).join(' ') || undefined;
  const legende = (
    <legend className="kern-label">
      <span className="lotse-gedaempft">{nummer}. </span>
      {item.text}
    </legend>
  );
  const hinweis =
    item.hilfe || item.typ === 'mehrfach' ? (
      <div className="kern-hint" id={hinweisId}>
        {[item.hilfe, item.typ === 'mehrfach' ? t.mehrfachHinweis : null].filter(Boolean).join(' ')}
      </div>
    ) : null;
  const wn = istWeissNicht(wert);
  const weissNichtRadio = (name: string) =>
    item.weissNicht ? (
      <div className="kern-form-check">
        <input className="kern-form-check__radio" type="radio" id={`${basis}-wn`} name={name} checked={wn} disabled={nurLesen} onChange={() => aendern({ weissNicht: true })} />
        <label className="kern-label" htmlFor={`${basis}-wn`}>{fb.weissNichtLabel}</label>
      </div>
    ) : null;
  const klasse = `kern-fieldset lotse-frage${fehler ? ' kern-fieldset--error' : ''}`;
  // "weiß nicht" as a checkbox beside multiple choice and number items
  const weissNichtAnkreuzen = item.weissNicht ? (
    <div className="kern-form-check">
      <input className="kern-form-check__checkbox" type="checkbox" id={`${basis}-wn`} checked={wn} disabled={nurLesen} onChange={() => aendern(wn ? undefined : { weissNicht: true })} />
      <label className="kern-label" htmlFor={`${basis}-wn`}>{fb.weissNichtLabel}</label>
    </div>
  ) : null;

  switch (item.typ) {
    case 'zustimmung5':
    case 'einfach': {
      const optionen = item.typ === 'zustimmung5'
        ? fb.zustimmungsskala.map((s) => ({ wert: s.wert as number | string, label: `${s.wert} – ${s.label}` }))
        : (item.optionen ?? []).map((o) => ({ wert: o.wert as number | string, label: o.label }));
      return (
        <fieldset className={klasse} aria-describedby={beschrieben} id={basis}>
          {legende}
          {hinweis}
          <div className={`kern-fieldset__body${item.typ === 'zustimmung5' ? ' lotse-skala' : ''}`}>
            {optionen.map((o, i) => (
              <div key={String(o.wert)} className={`kern-form-check${fehler ? ' kern-form-check--error' : ''}`}>
                <input
                  className="kern-form-check__radio"
                  type="radio"
                  id={`${basis}-${i}`}
                  name={basis}
                  checked={wert === o.wert}
                  disabled={nurLesen}
                  onChange={() => aendern(o.wert)}
                />
                <label className="kern-label" htmlFor={`${basis}-${i}`}>{o.label}</label>
              </div>
            ))}
            {weissNichtRadio(basis)}
          </div>
          <FehlerText id={fehlerId} text={fehler} />
        </fieldset>
      );
    }
    case 'mehrfach': {
      const gewaehlt = Array.isArray(wert) ? wert : [];
      const umschalten = (w: string, exklusiv: boolean) => {
        if (gewaehlt.includes(w)) return aendern(gewaehlt.filter((x) => x !== w));
        if (exklusiv) return aendern([w]);
        const ohneExklusiv = gewaehlt.filter((x) => !item.optionen?.find((o) => o.wert === x)?.exklusiv);
        aendern([...ohneExklusiv, w]);
      };
      return (
        <fieldset className={klasse} aria-describedby={beschrieben} id={basis}>
          {legende}
          {hinweis}
          <div className="kern-fieldset__body">
            {(item.optionen ?? []).map((o, i) => (
              <div key={o.wert} className={`kern-form-check${fehler ? ' kern-form-check--error' : ''}`}>
                <input
                  className="kern-form-check__checkbox"
                  type="checkbox"
                  id={`${basis}-${i}`}
                  checked={gewaehlt.includes(o.wert)}
                  disabled={nurLesen}
                  onChange={() => umschalten(o.wert, !!o.exklusiv)}
                />
                <label className="kern-label" htmlFor={`${basis}-${i}`}>{o.label}</label>
              </div>
            ))}
            {weissNichtAnkreuzen}
          </div>
          <FehlerText id={fehlerId} text={fehler} />
        </fieldset>
      );
    }
    case 'zahl': {
      return (
        <fieldset className={klasse} aria-describedby={beschrieben} id={basis}>
          {legende}
          {hinweis}
          <div className="kern-fieldset__body">
            <div className={`kern-form-input${fehler ? ' kern-form-input--error' : ''}`}>
              <label className="kern-label" htmlFor={`${basis}-zahl`}>{t.zahlHinweis(item.min, item.max, item.einheit)}</label>
              <input
                className="kern-form-input__input lotse-zahlfeld"
                type="number"
                inputMode="decimal"
                id={`${basis}-zahl`}
                min={item.min}
                max={item.max}
                disabled={nurLesen || wn}
                aria-describedby={fehler ? fehlerId : undefined}
                aria-invalid={fehler ? true : undefined}
                value={typeof wert === 'number' ? String(wert) : ''}
                onChange={(e) => aendern(e.target.value === '' ? undefined : Number(e.target.value))}
              />
            </div>
            {weissNichtAnkreuzen}
          </div>
          <FehlerText id={fehlerId} text={fehler} />
        </fieldset>
      );
    }
    case 'freitext':
      return (
        <div className={`kern-form-input lotse-frage${fehler ? ' kern-form-input--error' : ''}`} id={basis}>
          <label className="kern-label" htmlFor={`${basis}-text`}>
            <span className="lotse-gedaempft">{nummer}. </span>
            {item.text}
            <span className="kern-label__optional"> – {texte.komponenten.optional}</span>
          </label>
          {item.hilfe ? <div className="kern-hint" id={hinweisId}>{item.hilfe}</div> : null}
          <textarea
            className="kern-form-input__input"
            id={`${basis}-text`}
            rows={4}
            maxLength={4000}
            disabled={nurLesen}
            aria-describedby={beschrieben}
            value={typeof wert === 'string' ? wert : ''}
            onChange={(e) => aendern(e.target.value)}
          />
          <FehlerText id={fehlerId} text={fehler} />
        </div>
      );
  }
}

// ---- Der Fragebogen in Schritten (ein Abschnitt je Schritt) --------------------------------------

interface FormularProps {
  fb: Fragebogen;
  antworten: Antworten;
  setAntworten: (a: Antworten) => void;
  nurLesen?: boolean;
  /** Fehlermeldungen je Item-ID (aus der API). */
  fehler?: Record<string, string>;
  status?: ReactNode;
  /** Wird vor jedem Schrittwechsel aufgerufen (sofort speichern). */
  beimWechsel?: () => void;
  /** Abschluss-Bereich nach dem letzten Schritt (Abschließen / Abschicken). */
  abschluss: ReactNode;
}

export function FragebogenFormular({ fb, antworten, setAntworten, nurLesen, fehler = {}, status, beimWechsel, abschluss }: FormularProps) {
  const [schritt, setSchritt] = useState(0);
  const ueberschrift = useRef<HTMLHeadingElement>(null);
  const erster = useRef(true);
  const abschnitte = fb.abschnitte;
  const ab = abschnitte[schritt];
  const { beantwortet, anzahl } = fortschritt(fb, antworten);
  const nummern = new Map(abschnitte.flatMap((a) => a.items).map((i, n) => [i.id, n + 1]));

  useEffect(() => {
    if (erster.current) {
      erster.current = false;
      return;
    }
    ueberschrift.current?.focus();
  }, [schritt]);

  const gehe = (n: number) => {
    beimWechsel?.();
    setSchritt(Math.max(0, Math.min(abschnitte.length - 1, n)));
  };

  return (
    <div className="lotse-fragebogen">
      <div className="lotse-fragebogen__kopf">
        <Fortschritt label={t.fortschritt} wert={beantwortet} max={anzahl} />
        {status}
      </div>
      <section aria-labelledby={`abschnitt-${ab.id}`} className="lotse-abschnitt">
        <p className="kern-preline">{t.abschnitt(schritt + 1, abschnitte.length)}</p>
        <h2 className="kern-heading-medium" id={`abschnitt-${ab.id}`} ref={ueberschrift} tabIndex={-1}>{ab.titel}</h2>
        {ab.beschreibung ? <p className="kern-body">{ab.beschreibung}</p> : null}
        <div className="lotse-stapel">
          {ab.items
            .filter((i) => istSichtbar(i, antworten))
            .map((item) => (
              <Frage
                key={item.id}
                fb={fb}
                item={item}
                nummer={nummern.get(item.id) ?? 0}
                wert={antworten[item.id]}
                aendern={(a) => setAntworten(setze(antworten, item.id, a))}
                fehler={fehler[item.id]}
                nurLesen={nurLesen}
              />
            ))}
        </div>
      </section>
      <div className="lotse-knopfleiste">
        {schritt > 0 ? (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => gehe(schritt - 1)}>
            <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
            <span className="kern-label">{t.zurueck}</span>
          </button>
        ) : null}
        {schritt < abschnitte.length - 1 ? (
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => gehe(schritt + 1)}>
            <span className="kern-label">{t.weiter}</span>
            <span className="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
          </button>
        ) : null}
      </div>
      {schritt === abschnitte.length - 1 ? abschluss : null}
    </div>
  );
}

/** API-Fehlerdetails (`/antworten/<itemId>`) als Meldungen je Item. */
export function fehlerJeItem(details: { pfad: string; meldung: string }[]): Record<string, string> {
  return Object.fromEntries(details.filter((d) => d.pfad.startsWith('/antworten/')).map((d) => [d.pfad.slice('/antworten/'.length), d.meldung]));
}
