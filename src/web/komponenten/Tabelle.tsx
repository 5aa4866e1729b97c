import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface Spalte {
  titel: ReactNode;
  /** Right-aligned numbers. */
  zahl?: boolean;
}

interface TabelleProps {
  /** Caption (required for screen readers); hidden visually unless `beschriftungSichtbar`. */
  beschriftung: ReactNode;
  beschriftungSichtbar?: boolean;
  spalten: Spalte[];
  klein?: boolean;
  gestreift?: boolean;
  /** The rows (`<tr className="kern-table__row">`, first cell `<th scope="row">` where it names the row). */
  children: ReactNode;
}

/**
 * True while the element's content is wider than the element (it scrolls sideways). A scrolling region must
 * be reachable by keyboard (WCAG 2.1.1, axe `scrollable-region-focusable`), a non-scrolling one should not
 * add a tab stop.
 */
export function useRollt<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [rollt, setRollt] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const pruefe = () => setRollt(el.scrollWidth > el.clientWidth + 1);
    pruefe();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(pruefe);
    ro.observe(el);
    if (el.firstElementChild) ro.observe(el.firstElementChild);
    return () => ro.disconnect();
  }, []);
  return { ref, rollt };
}

/**
 * A KERN UX table with caption and column headers (`th scope="col"`), scrollable on small screens; while it
 * scrolls, the wrapper is a labelled region in the tab order so that keyboard users can scroll it.
 */
export function Tabelle({ beschriftung, beschriftungSichtbar, spalten, klein, gestreift, children }: TabelleProps) {
  const klasse = ['kern-table', klein ? 'kern-table--small' : '', gestreift ? 'kern-table--striped' : ''].filter(Boolean).join(' ');
  const id = useId();
  const { ref, rollt } = useRollt<HTMLDivElement>();
  return (
    <div className="kern-table-responsive" ref={ref} {...(rollt ? { role: 'region', 'aria-labelledby': id, tabIndex: 0 } : {})}>
      <table className={klasse}>
        <caption id={id} className={beschriftungSichtbar ? 'kern-body kern-body--bold' : 'kern-sr-only'}>{beschriftung}</caption>
        <thead>
          <tr className="kern-table__row">
            {spalten.map((s, i) => (
              <th key={i} scope="col" className={`kern-table__header${s.zahl ? ' kern-table__header--numeric' : ''}`}>{s.titel}</th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">{children}</tbody>
      </table>
    </div>
  );
}
