import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { PhaseBadge, type Detail } from '../teile.tsx';
import { uebernahmen as t } from '../texte.ts';

export function Ueberblick({ u }: { u: Detail }) {
  const d = t.detail;
  const zeilen: [string, ReactNode][] = [
    [d.kommune, u.kommuneName],
    [d.loesung, <><Link className="kern-link" to={`/loesungen/${u.loesungId}`}>{u.loesungTitel}</Link> ({d.version(u.loesungVersion)})</>],
    [d.herkunft, u.herkunftName ?? '–'],
    ...(u.herkunftKontakt ? [[d.kontakt, u.herkunftKontakt] as [string, ReactNode]] : []),
    ...(u.bedarfId && u.bedarfTitel ? [[d.bedarf, <Link className="kern-link" to={`/bedarfe/${u.bedarfId}`}>{u.bedarfTitel}</Link>] as [string, ReactNode]] : []),
    [d.verantwortlich, u.verantwortlich ?? d.niemand],
    [t.liste.spaltePhase, <PhaseBadge phase={u.phase} />],
    ...(u.goliveAm ? [[d.golive, <time dateTime={u.goliveAm}>{t.datum(u.goliveAm)}</time>] as [string, ReactNode]] : []),
    ...(u.abbruchGrund ? [[d.abbruchGrund, u.abbruchGrund] as [string, ReactNode]] : []),
  ];
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
export function Verlauf({ u }: { u: Detail }) {
  return (
    <ol className="kern-list kern-list--number">
      {u.verlauf.map((v, i) => (
        <li key={i} className="kern-body">
          <strong>{t.detail.verlaufEintrag(t.phase[v.phase], v.wer)}</strong>
          {' – '}
          <time dateTime={v.am}>{t.datum(v.am)}</time>
          {v.grund ? `: ${v.grund}` : ''}
        </li>
      ))}
    </ol>
  );
}
