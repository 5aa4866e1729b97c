import type { ReactNode } from 'react';

/** One key/value row of a KERN description list. */
export function Eintrag({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{name}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

/** A text section with a heading; paragraphs split at blank lines; nothing for an empty text. */
export function Absatz({ titel, text, id }: { titel: string; text: string; id: string }) {
  if (!text.trim()) return null;
  return (
    <section className="lotse-abschnitt lotse-text" aria-labelledby={id}>
      <h2 className="kern-heading-medium" id={id}>{titel}</h2>
      {text.split(/\n{2,}/).map((p, i) => <p key={i} className="kern-body" style={{ whiteSpace: 'pre-line' }}>{p}</p>)}
    </section>
  );
}
