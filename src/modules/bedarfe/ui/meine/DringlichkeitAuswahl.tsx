import { bedarfe as t } from '../texte.ts';

/**
 * The urgency as a radio group with a hint per option (ids `<id>-hoch` …, error `<id>-fehler`; the error
 * summary links to `<id>-hoch`).
 */
export function DringlichkeitAuswahl({ id, wert, fehler, onChange }: { id: string; wert: string; fehler?: string; onChange: (d: string) => void }) {
  return (
    <fieldset className={`kern-fieldset${fehler ? ' kern-fieldset--error' : ''}`} aria-describedby={fehler ? `${id}-fehler` : undefined}>
      <legend className="kern-label">{t.formular.dringlichkeit}</legend>
      <div className="kern-fieldset__body">
        {(['hoch', 'mittel', 'niedrig'] as const).map((d) => (
          <div key={d} className={`kern-form-check${fehler ? ' kern-form-check--error' : ''}`}>
            <input
              className="kern-form-check__radio"
              type="radio"
              id={`${id}-${d}`}
              name="dringlichkeit"
              value={d}
              checked={wert === d}
              onChange={() => onChange(d)}
              aria-describedby={`${id}-${d}-hinweis`}
            />
            <label className="kern-label" htmlFor={`${id}-${d}`}>
              {t.dringlichkeit[d]}
              <span className="kern-hint" id={`${id}-${d}-hinweis`}> – {t.dringlichkeitHinweis[d]}</span>
            </label>
          </div>
        ))}
      </div>
      {fehler ? (
        <p className="kern-error" id={`${id}-fehler`}>
          <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
          <span className="kern-body">{fehler}</span>
        </p>
      ) : null}
    </fieldset>
  );
}
