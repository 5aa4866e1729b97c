import { Seitentitel } from '../komponenten/index.ts';
import { texte } from '../i18n/de.ts';
import type { Quelle } from '../i18n/seiten.texte.ts';
import { anker } from './Abschnitte.tsx';

const t = texte.seiten.quellen;

function QuellenListe({ titel, quellen }: { titel: string; quellen: readonly Quelle[] }) {
  return (
    <section className="lotse-abschnitt" aria-labelledby={anker(titel)}>
      <h2 className="kern-heading-medium" id={anker(titel)}>{titel}</h2>
      <ul className="lotse-liste-ohne lotse-stapel">
        {quellen.map((q) => (
          <li key={q.name} className="kern-card kern-card--hug">
            <div className="kern-card__container">
              <div className="kern-card__header">
                <h3 className="kern-title">{q.name}</h3>
              </div>
              <div className="kern-card__body">
                <dl className="kern-description-list">
                  <div className="kern-description-list-item">
                    <dt className="kern-description-list-item__key">{t.herausgeber}</dt>
                    <dd className="kern-description-list-item__value">{q.herausgeber}</dd>
                  </div>
                  <div className="kern-description-list-item">
                    <dt className="kern-description-list-item__key">{t.lizenz}</dt>
                    <dd className="kern-description-list-item__value">
                      {q.lizenzLink ? <a className="kern-link" href={q.lizenzLink}>{q.lizenz}</a> : q.lizenz}
                    </dd>
                  </div>
                  <div className="kern-description-list-item">
                    <dt className="kern-description-list-item__key">{t.verwendung}</dt>
                    <dd className="kern-description-list-item__value">{q.verwendung}</dd>
                  </div>
                  <div className="kern-description-list-item">
                    <dt className="kern-description-list-item__key">{t.fundstelle}</dt>
                    <dd className="kern-description-list-item__value"><a className="kern-link" href={q.link}>{q.linkText}</a></dd>
                  </div>
                </dl>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function Quellen() {
  return (
    <article className="lotse-text">
      <Seitentitel titel={t.titel} einleitung={t.einleitung} />
      <QuellenListe titel={t.datenTitel} quellen={t.daten} />
      <QuellenListe titel={t.fachlichTitel} quellen={t.fachlich} />
      <QuellenListe titel={t.softwareTitel} quellen={t.software} />
      <section className="lotse-abschnitt" aria-labelledby="quellen-lotse">
        <h2 className="kern-heading-medium" id="quellen-lotse">{t.lotseTitel}</h2>
        <p className="kern-body">{t.lotseText}</p>
      </section>
    </article>
  );
}
