import { kern } from '../i18n/kern.texte.ts';

/** Loading indicator: a polite live region, so screen readers hear "Wird geladen …". */
export function Ladeanzeige({ text = kern.laden }: { text?: string }) {
  return (
    <div className="lotse-ladeanzeige" role="status">
      <span className="kern-loader kern-loader--visible" aria-hidden="true" />
      <span className="kern-body">{text}</span>
    </div>
  );
}
