import { useId } from 'react';
import { komponenten as t } from '../i18n/kern.texte.ts';

interface FortschrittProps {
  /** Visible label, e.g. "Fragebogen ausgefüllt". */
  label: string;
  wert: number;
  max: number;
  /** Text next to the bar; default "3 von 10 (30 %)". */
  text?: string;
}

/** Progress indicator (KERN progress): a native <progress> with a visible label and value text. */
export function Fortschritt({ label, wert, max, text }: FortschrittProps) {
  const id = useId();
  const sicherMax = max > 0 ? max : 1;
  const begrenzt = Math.min(Math.max(wert, 0), sicherMax);
  const prozent = Math.round((begrenzt / sicherMax) * 100);
  const anzeige = text ?? `${t.fortschrittText(begrenzt, max)} (${t.fortschrittProzent(prozent)})`;
  return (
    <div className="kern-progress lotse-fortschritt">
      <label className="kern-label" htmlFor={id}>{label}</label>
      <progress id={id} max={sicherMax} value={begrenzt} aria-valuetext={anzeige}>{t.fortschrittProzent(prozent)}</progress>
      <span className="kern-body kern-body--small" aria-hidden="true">{anzeige}</span>
    </div>
  );
}
