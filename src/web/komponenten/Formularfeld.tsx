import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';
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
function useFeldIds(eigeneId: string | undefined, hinweis: unknown, fehler: string | undefined) {
  const auto = useId();
  const id = eigeneId ?? `feld-${auto.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hinweisId = hinweis ? `${id}-hinweis` : undefined;
  const fehlerId = fehler ? `${id}-fehler` : undefined;
  const describedBy = [hinweisId, fehlerId].filter(Boolean).join(' ') || undefined;
  return { id, hinweisId, fehlerId, describedBy };
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
 */
export function Formularfeld({ label, hinweis, fehler, optional, id: eigeneId, ref, ...input }: FormularfeldProps) {
  const { id, hinweisId, fehlerId, describedBy } = useFeldIds(eigeneId, hinweis, fehler);
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
        {...input}
      />
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
