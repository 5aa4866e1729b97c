import type { ReactNode } from 'react';

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

/** A KERN UX table with caption and column headers (`th scope="col"`), scrollable on small screens. */
export function Tabelle({ beschriftung, beschriftungSichtbar, spalten, klein, gestreift, children }: TabelleProps) {
  const klasse = ['kern-table', klein ? 'kern-table--small' : '', gestreift ? 'kern-table--striped' : ''].filter(Boolean).join(' ');
  return (
    <div className="kern-table-responsive">
      <table className={klasse}>
        <caption className={beschriftungSichtbar ? 'kern-body kern-body--bold' : 'kern-sr-only'}>{beschriftung}</caption>
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
