import { Link } from 'react-router-dom';
import type { PruefKarte, SiegelKandidat } from '../../loesungen.schemas.ts';
import { herkunftText } from '../Karte.tsx';
import { loesungen as t } from '../texte.ts';
import { Entscheidung } from './Entscheidung.tsx';
import { SiegelFormular } from './SiegelFormular.tsx';
import type { Meldung } from './meldung.ts';

const p = t.pruefung;

/** Submitted solutions and revisions, each as a card with its decision form. */
export function Eingereicht({ liste, fertig }: { liste: PruefKarte[]; fertig: (m: Meldung) => void }) {
  return (
    <section className="lotse-abschnitt" aria-labelledby="pruefung-eingereicht">
      <h2 className="kern-heading-medium" id="pruefung-eingereicht">{p.eingereicht} ({liste.length})</h2>
      {!liste.length ? <p className="kern-body">{p.keineEingereicht}</p> : null}
      <ul className="lotse-liste-ohne lotse-stapel">
        {liste.map((l) => (
          <li key={l.id}>
            <article className="kern-card">
              <div className="kern-card__container">
                <header className="kern-card__header">
                  <h3 className="kern-title kern-title--medium"><Link className="kern-link" to={`/loesungen/${l.id}`}>{l.titel}</Link></h3>
                </header>
                <div className="kern-card__body">
                  <p className="kern-body kern-body--small">
                    {p.von(herkunftText(l))} · {l.ueberarbeitung ? p.ueberarbeitung(l.version ?? 1) : t.detail.version(l.version ?? 1)}
                    {l.siegel ? ` · ${t.siegel}` : ''}{l.aktualisiertAm ? ` · ${new Date(l.aktualisiertAm).toLocaleDateString('de-DE')}` : ''}
                  </p>
                  <p className="kern-body">{l.zusammenfassung}</p>
                  {l.ueberarbeitung ? (
                    <>
                      <p className="kern-body kern-body--small">{p.ueberarbeitungHinweis}</p>
                      <p className="kern-body"><Link className="kern-link" to={`/loesungen/${l.id}#l-ueberarbeitung`}>{p.ueberarbeitungAnsehen(l.titel)}</Link></p>
                    </>
                  ) : null}
                  <Entscheidung l={l} fertig={fertig} />
                </div>
              </div>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Published solutions that may earn the seal, each folded with its seal form. */
export function Kandidaten({ liste, fertig }: { liste: SiegelKandidat[]; fertig: (m: Meldung) => void }) {
  return (
    <section className="lotse-abschnitt" aria-labelledby="pruefung-kandidaten">
      <h2 className="kern-heading-medium" id="pruefung-kandidaten">{p.kandidaten} ({liste.length})</h2>
      <p className="kern-body">{p.kandidatenEinleitung}</p>
      {!liste.length ? <p className="kern-body">{p.keineKandidaten}</p> : null}
      <ul className="lotse-liste-ohne lotse-stapel">
        {liste.map((l) => (
          <li key={l.id}>
            <details className="lotse-details">
              <summary className="kern-body">{l.titel} – {p.von(herkunftText(l))}, {p.nutzungen(l.nutzungen)}</summary>
              <p className="kern-body"><Link className="kern-link" to={`/loesungen/${l.id}`}>{l.titel}</Link></p>
              <SiegelFormular l={l} fertig={fertig} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
