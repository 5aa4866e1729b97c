import { useEffect, useId, useRef, useState, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';
import { komponenten as t } from '../i18n/kern.texte.ts';

interface FeldBasis {
  /** Visible label (always shown – placeholders are no replacement). */
  label: string;
  /** Help text below the label, linked via aria-describedby. */
  hinweis?: ReactNode;
  /** Error message; marks the field invalid and is linked via aria-describedby. */
  fehler?: string;
  /** Shows "– optional" after the label (required fields are the norm). */
  optional?: boolean;
  id?: string;
}

/** Ids and ARIA attributes shared by inputs and selects. */
function useFeldIds(eigeneId: string | undefined, hinweis: unknown, fehler: string | undefined, zaehler = false) {
  const auto = useId();
  const id = eigeneId ?? `feld-${auto.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hinweisId = hinweis ? `${id}-hinweis` : undefined;
  const fehlerId = fehler ? `${id}-fehler` : undefined;
  const zaehlerId = zaehler ? `${id}-zaehler` : undefined;
  const describedBy = [hinweisId, zaehlerId, fehlerId].filter(Boolean).join(' ') || undefined;
  return { id, hinweisId, fehlerId, zaehlerId, describedBy };
}

/** Pause after the last keystroke before the counter is announced (screen readers hear it once, not per key). */
const ANSAGE_NACH_MS = 1200;

/**
 * Character counter of a limited field: the limit and what is left („noch 23 von 200 Zeichen“), or how much
 * is too much. Over-long text is not cut (no native maxlength): the user sees it and can shorten it. The
 * visible counter is linked to the field (aria-describedby); a separate polite live region repeats it
 * only after typing pauses, and only once the value was changed.
 */
export function Zeichenzaehler({ id, wert, max }: { id: string; wert: string; max: number }) {
  const rest = max - wert.length;
  const text = rest >= 0 ? t.zeichenRest(rest, max) : t.zeichenZuViel(-rest, max);
  const [ansage, setAnsage] = useState('');
  const erster = useRef(wert);
  useEffect(() => {
    if (wert === erster.current) return;
    const h = setTimeout(() => setAnsage(text), ANSAGE_NACH_MS);
    return () => clearTimeout(h);
  }, [wert, text]);
  return (
    <>
      <p id={id} className={`kern-body kern-body--small lotse-zaehler${rest < 0 ? ' lotse-zaehler--zuviel' : ''}`}>{text}</p>
      <p className="kern-sr-only" aria-live="polite" data-zaehler-ansage="">{ansage}</p>
    </>
  );
}

function Label({ htmlFor, label, optional }: { htmlFor: string; label: string; optional?: boolean }) {
  return (
    <label className="kern-label" htmlFor={htmlFor}>
      {label}
      {optional ? <span className="kern-label__optional"> – {t.optional}</span> : null}
    </label>
  );
}

function Fehler({ id, text }: { id?: string; text?: string }) {
  if (!text || !id) return null;
  return (
    <p className="kern-error" id={id}>
      <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
      <span className="kern-body"><span className="kern-sr-only">{t.fehlerHinweis} </span>{text}</span>
    </p>
  );
}

type FormularfeldProps = FeldBasis & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'aria-describedby' | 'aria-invalid'> & {
  ref?: Ref<HTMLInputElement>;
};

/**
 * Text input with label, optional hint and error message (KERN form input). Hint and error are linked to
 * the input with aria-describedby; an error sets aria-invalid. Use for text, e-mail, password, search, number.
 * With `maxLength` and a controlled string `value` it shows a character counter instead of cutting the text.
 */
export function Formularfeld({ label, hinweis, fehler, optional, id: eigeneId, ref, maxLength, ...input }: FormularfeldProps) {
  const zaehlt = maxLength !== undefined && typeof input.value === 'string';
  const { id, hinweisId, fehlerId, zaehlerId, describedBy } = useFeldIds(eigeneId, hinweis, fehler, zaehlt);
  return (
    <div className={`kern-form-input${fehler ? ' kern-form-input--error' : ''}`}>
      <Label htmlFor={id} label={label} optional={optional} />
      {hinweis ? <div className="kern-hint" id={hinweisId}>{hinweis}</div> : null}
      <input
        ref={ref}
        id={id}
        className={`kern-form-input__input${fehler ? ' kern-form-input__input--error' : ''}`}
        aria-describedby={describedBy}
        aria-invalid={fehler ? true : undefined}
        required={optional ? undefined : input.required ?? true}
        maxLength={zaehlt ? undefined : maxLength}
        {...input}
      />
      {zaehlt && zaehlerId && maxLength !== undefined ? <Zeichenzaehler id={zaehlerId} wert={input.value as string} max={maxLength} /> : null}
      <Fehler id={fehlerId} text={fehler} />
    </div>
  );
}

type AuswahlProps = FeldBasis & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'aria-describedby' | 'aria-invalid'> & {
  optionen: { wert: string; text: string }[];
  ref?: Ref<HTMLSelectElement>;
};

/** Select box with label, hint and error message (KERN select). */
export function Auswahl({ label, hinweis, fehler, optional, id: eigeneId, optionen, ref, ...select }: AuswahlProps) {
  const { id, hinweisId, fehlerId, describedBy } = useFeldIds(eigeneId, hinweis, fehler);
  return (
    <div className={`kern-form-input${fehler ? ' kern-form-input--error' : ''}`}>
      <Label htmlFor={id} label={label} optional={optional} />
      {hinweis ? <div className="kern-hint" id={hinweisId}>{hinweis}</div> : null}
      <div className="kern-form-input__select-wrapper">
        <select
          ref={ref}
          id={id}
          className={`kern-form-input__select${fehler ? ' kern-form-input__select--error' : ''}`}
          aria-describedby={describedBy}
          aria-invalid={fehler ? true : undefined}
          {...select}
        >
          {optionen.map((o) => (
            <option key={o.wert} value={o.wert}>{o.text}</option>
          ))}
        </select>
      </div>
      <Fehler id={fehlerId} text={fehler} />
    </div>
  );
}
