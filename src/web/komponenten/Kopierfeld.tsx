import { useId, useState } from 'react';
import { komponenten as t } from '../i18n/kern.texte.ts';

/** Read-only text (e.g. an invitation link) with a copy button and a polite confirmation. */
export function Kopierfeld({ label, wert, hinweis }: { label: string; wert: string; hinweis?: string }) {
  const id = useId();
  const [meldung, setMeldung] = useState('');
  const kopieren = async () => {
    try {
      await navigator.clipboard.writeText(wert);
      setMeldung(t.kopiert);
    } catch {
      const el = document.getElementById(id) as HTMLInputElement | null;
      el?.select();
      setMeldung(t.kopierenFehlgeschlagen);
    }
  };
  return (
    <div className="kern-form-input lotse-kopierfeld">
      <label className="kern-label" htmlFor={id}>{label}</label>
      {hinweis ? <div className="kern-hint" id={`${id}-hinweis`}>{hinweis}</div> : null}
      <div className="lotse-row lotse-row--eng">
        <input id={id} className="kern-form-input__input lotse-kopierfeld__input" readOnly value={wert} aria-describedby={hinweis ? `${id}-hinweis` : undefined} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="kern-btn kern-btn--secondary" onClick={kopieren}>
          <span className="kern-icon kern-icon--content-copy" aria-hidden="true" />
          <span className="kern-label">{t.kopieren}</span>
        </button>
      </div>
      <p className="kern-body kern-body--small" role="status">{meldung}</p>
    </div>
  );
}
