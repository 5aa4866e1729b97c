/** What all question types share: props, ids, the fieldset with legend, hint and error, and "weiß nicht". */
import type { ReactNode } from 'react';
import { texte } from '../../../../web/i18n/de.ts';
import type { Antwort, Fragebogen, Item } from '../../frageboegen/fragebogen.schemas.ts';
import { hinweisText, istWeissNicht } from './regeln.ts';

export interface FrageProps {
  fb: Fragebogen;
  item: Item;
  nummer: number;
  wert: Antwort | undefined;
  aendern: (a: Antwort | undefined) => void;
  fehler?: string;
  nurLesen?: boolean;
}

/** Ids and pieces every question type shares. */
export function frageTeile({ fb, item, nummer, fehler }: FrageProps) {
  const basis = `frage-${item.id}`;
  const hinweis = hinweisText(fb, item);
  const ids = { basis, hinweis: `${basis}-hinweis`, fehler: `${basis}-fehler` };
  const beschrieben = [hinweis ? ids.hinweis : null, fehler ? ids.fehler : null].filter(Boolean).join(' ') || undefined;
  const nummerText = <span className="lotse-gedaempft">{nummer}. </span>;
  const hinweisBlock = hinweis ? <div className="kern-hint" id={ids.hinweis}>{hinweis}</div> : null;
  return { ids, beschrieben, nummerText, hinweisBlock };
}

export function FehlerText({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <p className="kern-error" id={id}>
      <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
      <span className="kern-body"><span className="kern-sr-only">{texte.komponenten.fehlerHinweis} </span>{text}</span>
    </p>
  );
}

/** "weiß nicht" beside the options: a radio in single choice, a checkbox beside multiple choice and numbers. */
export function WeissNicht({ p, als }: { p: FrageProps; als: 'radio' | 'checkbox' }) {
  if (!p.item.weissNicht) return null;
  const id = `frage-${p.item.id}-wn`;
  const wn = istWeissNicht(p.wert);
  return (
    <div className="kern-form-check">
      <input
        className={`kern-form-check__${als}`}
        type={als}
        id={id}
        name={als === 'radio' ? `frage-${p.item.id}` : undefined}
        checked={wn}
        disabled={p.nurLesen}
        onChange={() => p.aendern(als === 'checkbox' && wn ? undefined : { weissNicht: true })}
      />
      <label className="kern-label" htmlFor={id}>{p.fb.weissNichtLabel}</label>
    </div>
  );
}

/** A fieldset with legend, hint and error around the controls of one question. */
export function FrageRahmen({ p, children, koerperKlasse = '' }: { p: FrageProps; children: ReactNode; koerperKlasse?: string }) {
  const { ids, beschrieben, nummerText, hinweisBlock } = frageTeile(p);
  return (
    <fieldset className={`kern-fieldset lotse-frage${p.fehler ? ' kern-fieldset--error' : ''}`} aria-describedby={beschrieben} id={ids.basis}>
      <legend className="kern-label">{nummerText}{p.item.text}</legend>
      {hinweisBlock}
      <div className={`kern-fieldset__body${koerperKlasse}`}>{children}</div>
      <FehlerText id={ids.fehler} text={p.fehler} />
    </fieldset>
  );
}
