import { Link } from 'react-router-dom';
import type { Luecke, LueckenAntwort } from '../../luecken/luecken.schemas.ts';
import { BedarfAnlegen } from './BedarfAnlegen.tsx';
import { t, z } from './hilfen.ts';
import { UebernahmeStarten, uebernahmenTexte } from '../../../uebernahmen/ui/index.ts';

function LueckeKarte({ l, darfAnlegen, nr }: { l: Luecke; darfAnlegen: boolean; nr: number }) {
  return (
    <li className="kern-card lotse-luecke">
      <div className="kern-card__container">
        <div className="kern-card__header">
          <h3 className="kern-heading-small">{l.dimension.titel}</h3>
          <p className="kern-body">
            {z(l.dimension.score)} {t.punkte}
            {l.dimension.stufe ? ` · ${t.stufe(l.dimension.stufe.stufe, l.dimension.stufe.label)}` : ''}
          </p>
        </div>
        <div className="kern-card__body">
          {l.fragen.length ? (
            <>
              <p className="kern-body kern-body--bold">{t.schwacheFragen}</p>
              <ul className="kern-list">{l.fragen.map((f) => <li key={f.itemId} className="kern-body">{f.text}</li>)}</ul>
            </>
          ) : null}

          <h4 className="kern-heading-small">{t.loesungenTitel}</h4>
          {l.hinweis ? <p className="kern-body">{t.wieIhre}</p> : null}
          {l.loesungen.length ? (
            <ul className="kern-list">
              {l.loesungen.map((s) => (
                <li key={s.id} className="kern-body">
                  <Link className="kern-link" to={`/loesungen/${s.id}`}>{s.titel}</Link>
                  {s.herkunft ? ` (${s.herkunft})` : ''}
                  {s.vonKommunenWieIhrer ? <span className="kern-badge kern-badge--info kern-badge--small lotse-badge-abstand"><span className="kern-label kern-label--small">{t.wieIhreMarke}</span></span> : null}
                  {darfAnlegen ? <UebernahmeStarten loesungId={s.id} kommuneId={l.bedarfEntwurf.kommuneId} bedarfId={l.bedarfId ?? undefined} beschriftung={uebernahmenTexte.start.knopfKurz(s.titel)} /> : null}
                </li>
              ))}
            </ul>
          ) : (
            <>
              <p className="kern-body kern-body--bold">{t.keineLoesungen}</p>
              <p className="kern-body">{t.keineLoesungenFolge}</p>
            </>
          )}
          {l.suche.suchbegriffe.length ? <p className="kern-body kern-body--small lotse-gedaempft">{t.gesuchtNach(l.suche.suchbegriffe)}</p> : null}

          <BedarfAnlegen l={l} darfAnlegen={darfAnlegen} nr={nr} />
        </div>
      </div>
    </li>
  );
}

/** Gaps → needs → solutions: the weakest areas, each with a draft need and matching solutions. */
export function Luecken({ luecken, darfAnlegen }: { luecken: LueckenAntwort; darfAnlegen: boolean }) {
  if (!luecken.luecken.length) return null;
  return (
    <section className="lotse-abschnitt" aria-labelledby="luecken-titel">
      <h2 className="kern-heading-medium" id="luecken-titel">{t.lueckenTitel}</h2>
      <p className="kern-body">{t.lueckenEinleitung}</p>
      <ul className="lotse-liste-ohne lotse-stapel">
        {luecken.luecken.map((l, i) => <LueckeKarte key={l.dimension.id} l={l} nr={i} darfAnlegen={darfAnlegen} />)}
      </ul>
    </section>
  );
}
