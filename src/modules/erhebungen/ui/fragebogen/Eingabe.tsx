/** Questions answered by typing: a number (with its range) and free text. */
import { texte } from '../../../../web/i18n/de.ts';
import { erhebungen as erhebungenTexte } from '../texte.ts';
import { istWeissNicht } from './regeln.ts';
import { FehlerText, FrageRahmen, WeissNicht, frageTeile, type FrageProps } from './teile.tsx';

const t = erhebungenTexte.ausfuellen;

export function Zahl(p: FrageProps) {
  const { ids } = frageTeile(p);
  const { item, wert, fehler } = p;
  return (
    <FrageRahmen p={p}>
      <div className={`kern-form-input${fehler ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={`${ids.basis}-zahl`}>{t.zahlHinweis(item.min, item.max, item.einheit)}</label>
        <input
          className="kern-form-input__input lotse-zahlfeld"
          type="number"
          inputMode="decimal"
          id={`${ids.basis}-zahl`}
          min={item.min}
          max={item.max}
          disabled={p.nurLesen || istWeissNicht(wert)}
          aria-describedby={fehler ? ids.fehler : undefined}
          aria-invalid={fehler ? true : undefined}
          value={typeof wert === 'number' ? String(wert) : ''}
          onChange={(e) => p.aendern(e.target.value === '' ? undefined : Number(e.target.value))}
        />
      </div>
      <WeissNicht p={p} als="checkbox" />
    </FrageRahmen>
  );
}

export function Freitext(p: FrageProps) {
  const { ids, beschrieben, nummerText, hinweisBlock } = frageTeile(p);
  return (
    <div className={`kern-form-input lotse-frage${p.fehler ? ' kern-form-input--error' : ''}`} id={ids.basis}>
      <label className="kern-label" htmlFor={`${ids.basis}-text`}>
        {nummerText}
        {p.item.text}
        <span className="kern-label__optional"> – {texte.komponenten.optional}</span>
      </label>
      {hinweisBlock}
      <textarea
        className="kern-form-input__input"
        id={`${ids.basis}-text`}
        rows={4}
        maxLength={4000}
        disabled={p.nurLesen}
        aria-describedby={beschrieben}
        aria-invalid={p.fehler ? true : undefined}
        value={typeof p.wert === 'string' ? p.wert : ''}
        onChange={(e) => p.aendern(e.target.value)}
      />
      <FehlerText id={ids.fehler} text={p.fehler} />
    </div>
  );
}
