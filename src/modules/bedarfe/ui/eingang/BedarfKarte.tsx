import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert } from '../../../../web/komponenten/index.ts';
import { bedarfe as t } from '../texte.ts';
import { DringlichkeitText, Gruende, Rueckmeldung, StatusBadge, fehlertext, passung, type EingangEintrag as Eintrag } from '../teile.tsx';
import { KeinePassende, Vorschlagen } from './Formulare.tsx';

const kuerzen = (s: string, n = 280) => (s.length > n ? `${s.slice(0, n).trimEnd()} …` : s);

/** One need in the intake: data, the matcher's suggestions with feedback, and the next steps. */
export function BedarfKarte({ b, matcherVerfuegbar, fertig }: { b: Eintrag; matcherVerfuegbar: boolean; fertig: (text: string) => void }) {
  const [sendet, setSendet] = useState(false);
  const [fehler, setFehler] = useState<string | null>(null);
  const titelId = `eingang-${b.id}-titel`;
  const inKlaerung = async () => {
    setSendet(true);
    setFehler(null);
    try {
      await api(`/api/bedarfe/${b.id}/status`, { body: { status: 'in_klaerung', kommentar: '' } });
      fertig(t.eingang.gespeichert(b.titel));
    } catch (err) {
      setFehler(fehlertext(err));
    } finally {
      setSendet(false);
    }
  };
  const offen = b.status !== 'erledigt' && b.status !== 'in_umsetzung';
  return (
    <li>
      <article className="kern-card" aria-labelledby={titelId}>
        <div className="kern-card__container">
          <div className="kern-card__header">
            <h3 className="kern-heading-small" id={titelId}>
              <Link className="kern-link" to={`/bedarfe/${b.id}`}>{b.titel}</Link>
            </h3>
          </div>
          <div className="kern-card__body">
            <p className="kern-body kern-body--small">
              <StatusBadge status={b.status} /> {b.kommuneName} · {b.handlungsfeld ?? t.ohneHandlungsfeld} · {t.detail.dringlichkeit}: <DringlichkeitText d={b.dringlichkeit} /> ·{' '}
              <strong>{t.alter(b.alterTage)}</strong>
            </p>
            <p className="kern-body lotse-text">{kuerzen(b.beschreibung)}</p>
            <h4 className="kern-body kern-body--bold">{t.eingang.matcherTitel}</h4>
            {!matcherVerfuegbar ? (
              <p className="kern-body kern-body--small">{t.eingang.matcherAus}</p>
            ) : b.vorschlaegeMatcher.length === 0 ? (
              <p className="kern-body kern-body--small">{t.eingang.matcherLeer}</p>
            ) : (
              <ol className="kern-list kern-list--number" aria-label={t.eingang.tabelleMatcher(b.titel)}>
                {b.vorschlaegeMatcher.map((x) => (
                  <li key={x.id} className="kern-body">
                    <Link className="kern-link" to={`/loesungen/${x.id}`}>{x.title}</Link>{' '}
                    <span className="kern-body--small lotse-gedaempft">({t.matcher.passung(passung(x.score))})</span>
                    <Gruende treffer={x} />
                    <Rueckmeldung bedarfId={b.id} treffer={x} />
                  </li>
                ))}
              </ol>
            )}
            {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
            {offen ? (
              <div className="lotse-stapel">
                {b.status === 'neu' ? (
                  <div className="lotse-knopfleiste">
                    <button type="button" className="kern-btn kern-btn--secondary" aria-describedby={titelId} aria-disabled={sendet || undefined} onClick={() => !sendet && inKlaerung()}>
                      <span className="kern-label">{t.eingang.inKlaerung}</span>
                    </button>
                  </div>
                ) : null}
                {b.status !== 'keine_passende_loesung' || b.vorschlaegeMatcher.length ? (
                  <details className="lotse-details">
                    <summary className="kern-body">{t.vorschlagen.titel}<span className="kern-sr-only">: {b.titel}</span></summary>
                    <Vorschlagen b={b} fertig={fertig} />
                  </details>
                ) : null}
                {b.status !== 'keine_passende_loesung' ? (
                  <details className="lotse-details">
                    <summary className="kern-body">{t.keinePassende.titel}<span className="kern-sr-only">: {b.titel}</span></summary>
                    <KeinePassende b={b} fertig={fertig} />
                  </details>
                ) : null}
              </div>
            ) : null}
          </div>
        </div>
      </article>
    </li>
  );
}
