import type { ReactNode } from 'react';
import { texte } from '../../../../web/i18n/de.ts';

/** Multi-line text field with the same label/hint/error pattern as Formularfeld. */
export function Textbereich({ id, label, hinweis, fehler, optional, value, onChange, rows = 4 }: {
  id: string; label: string; hinweis?: ReactNode; fehler?: string; optional?: boolean; value: string; onChange: (v: string) => void; rows?: number;
}) {
  const beschrieben = [hinweis ? `${id}-hinweis` : '', fehler ? `${id}-fehler` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`kern-form-input${fehler ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional ? <span className="kern-label__optional"> – {texte.komponenten.optional}</span> : null}
      </label>
      {hinweis ? <div className="kern-hint" id={`${id}-hinweis`}>{hinweis}</div> : null}
      <textarea id={id} className={`kern-form-input__input${fehler ? ' kern-form-input__input--error' : ''}`} rows={rows} value={value}
        aria-describedby={beschrieben} aria-invalid={fehler ? true : undefined} required={!optional} onChange={(e) => onChange(e.target.value)} />
      {fehler ? (
        <p className="kern-error" id={`${id}-fehler`}>
          <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
          <span className="kern-body"><span className="kern-sr-only">{texte.komponenten.fehlerHinweis} </span>{fehler}</span>
        </p>
      ) : null}
    </div>
  );
}
