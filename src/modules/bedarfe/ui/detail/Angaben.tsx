import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { bedarfe as t } from '../texte.ts';
import { DringlichkeitText, StatusBadge, type BedarfDetail as Detail } from '../teile.tsx';
import { UebernahmeStarten, uebernahmenTexte } from '../../../uebernahmen/ui/index.ts';

/** The need's data as a description list. */
export function Angaben({ b }: { b: Detail }) {
  const zeilen: [string, ReactNode][] = [
    [t.detail.kommune, b.kommuneName],
    [t.detail.status, <StatusBadge key="s" status={b.status} />],
    [t.detail.dringlichkeit, <DringlichkeitText key="d" d={b.dringlichkeit} />],
    [t.detail.handlungsfeld, b.handlungsfeld ?? t.ohneHandlungsfeld],
    [t.detail.erfasst, `${t.zeitpunkt(b.erstelltAm)} (${t.alter(b.alterTage)})`],
    [t.detail.erfasstVon, b.erstelltVon ?? t.detail.unbekannt],
  ];
  if (b.quelle) zeilen.push([t.detail.quelle, t.quelle[b.quelle] ?? b.quelle]);
  return (
    <dl className="kern-description-list">
      {zeilen.map(([k, v]) => (
        <div key={k} className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{k}</dt>
          <dd className="kern-description-list-item__value">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The proposals of Lotse or Transferstelle, with note. */
export function Vorschlaege({ b }: { b: Detail }) {
  if (!b.vorschlaege.length) return <p className="kern-body">{t.detail.vorschlaegeLeer}</p>;
  return (
    <ul className="lotse-liste-ohne lotse-stapel">
      {b.vorschlaege.map((v) => (
        <li key={v.loesungId} className="kern-card kern-card--small">
          <div className="kern-card__container">
            <div className="kern-card__body">
              <p className="kern-title">
                <Link className="kern-link" to={`/loesungen/${v.loesungId}`}>{v.titel}</Link>
              </p>
              {v.notiz ? <p className="kern-body lotse-text">{v.notiz}</p> : null}
              <p className="kern-body kern-body--small lotse-gedaempft">{t.detail.vorgeschlagenVon(v.wer, t.zeitpunkt(v.zeitpunkt))}</p>
              <UebernahmeStarten loesungId={v.loesungId} bedarfId={b.id} kommuneId={b.kommuneId} beschriftung={uebernahmenTexte.start.knopfKurz(v.titel)} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The status history, oldest first. */
export function Verlauf({ b }: { b: Detail }) {
  return (
    <ol className="kern-list kern-list--number">
      {b.historie.map((h, i) => (
        <li key={i} className="kern-body">
          <strong>{h.von ? t.detail.verlaufWechsel(t.status[h.von], t.status[h.nach]) : t.detail.verlaufErfasst}</strong>
          {' – '}
          <time dateTime={h.zeitpunkt}>{t.zeitpunkt(h.zeitpunkt)}</time>
          {', '}
          {h.wer ?? t.detail.system}
          {h.kommentar ? <p className="kern-body kern-body--small lotse-text">{h.kommentar}</p> : null}
        </li>
      ))}
    </ol>
  );
}
