import type { ReactNode, Ref } from 'react';
import { komponenten as t } from '../i18n/kern.texte.ts';

export type AlertTyp = 'info' | 'success' | 'warning' | 'danger';

interface AlertProps {
  typ?: AlertTyp;
  /** Title in the alert header; defaults to a generic one per type ("Hinweis", "Fehler" …). */
  titel?: string;
  children?: ReactNode;
  /**
   * How assistive technology learns about it: `alert` (interrupts; errors), `status` (polite; confirmations),
   * `keine` (static text that is part of the page). Default: danger → alert, success → status, others → keine.
   */
  ansage?: 'alert' | 'status' | 'keine';
  id?: string;
  ref?: Ref<HTMLDivElement>;
  /** Make the box focusable (tabIndex -1) so a form can move focus to it. */
  fokussierbar?: boolean;
}

/** KERN alert box (info, success, warning, danger). */
export function Alert({ typ = 'info', titel, children, ansage, id, ref, fokussierbar }: AlertProps) {
  const rolle = ansage ?? (typ === 'danger' ? 'alert' : typ === 'success' ? 'status' : 'keine');
  return (
    <div
      id={id}
      ref={ref}
      className={`kern-alert kern-alert--${typ} lotse-alert`}
      role={rolle === 'keine' ? undefined : rolle}
      tabIndex={fokussierbar ? -1 : undefined}
    >
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${typ}`} aria-hidden="true" />
        <span className="kern-title">{titel ?? t.hinweisTitel[typ]}</span>
      </div>
      {children ? <div className="kern-alert__body">{typeof children === 'string' ? <p className="kern-body">{children}</p> : children}</div> : null}
    </div>
  );
}
