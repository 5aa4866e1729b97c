import type { Abschnitt } from '../i18n/seiten.texte.ts';

/** Renders catalogue sections (h2, paragraphs, list) of the text pages; `fuellen` puts in the operator details. */
export function Abschnitte({ abschnitte, einfach, fuellen = (x) => x }: { abschnitte: readonly Abschnitt[]; einfach?: boolean; fuellen?: (text: string) => string }) {
  return (
    <>
      {abschnitte.map((a) => (
        <section key={a.ueberschrift} className="lotse-abschnitt" aria-labelledby={anker(a.ueberschrift)}>
          <h2 className="kern-heading-medium" id={anker(a.ueberschrift)}>{a.ueberschrift}</h2>
          {a.absaetze?.map((p) => (
            <p key={p} className={`kern-body${einfach ? ' kern-body--large lotse-einfach' : ''}`}>{fuellen(p)}</p>
          ))}
          {a.liste ? (
            <ul className={`kern-list kern-list--bullet${einfach ? ' kern-list--large' : ''}`}>
              {a.liste.map((l) => <li key={l}>{fuellen(l)}</li>)}
            </ul>
          ) : null}
          {a.nachsatz?.map((p) => <p key={p} className="kern-body">{fuellen(p)}</p>)}
        </section>
      ))}
    </>
  );
}

export function anker(text: string) {
  return 'abschnitt-' + text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
