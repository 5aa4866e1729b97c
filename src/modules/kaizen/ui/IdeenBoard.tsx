import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Auswahl, Ladeanzeige, Seitentitel, useDaten } from '../../../web/komponenten/index.ts';
import { useKonto } from '../../../web/konto.tsx';
import { ideenTexte as t } from './texte-ideen.ts';
import { Einreichen } from './ideen/Einreichen.tsx';
import { KommuneWahl, SPALTEN, StatusBadge, useKommune, type Einstellung, type IdeeKurz } from './ideen/teile.tsx';

function Karte({ i }: { i: IdeeKurz }) {
  const titelId = `idee-${i.id}-titel`;
  return (
    <li>
      <article className="kern-card" aria-labelledby={titelId}>
        <div className="kern-card__container">
          <div className="kern-card__header">
            <h4 className="kern-heading-small" id={titelId}>
              <Link className="kern-link" to={`/kaizen/ideen/${i.id}`}>{i.problem.length > 110 ? `${i.problem.slice(0, 109)}…` : i.problem}</Link>
            </h4>
          </div>
          <div className="kern-card__body">
            <p className="kern-body kern-body--small">
              {[i.einheitName, i.prozess || null, i.verantwortlich ? t.board.verantwortlich(i.verantwortlich) : t.board.ohneVerantwortung, i.anonym ? t.board.anonym : null].filter(Boolean).join(' · ')}
            </p>
            <p className="kern-body kern-body--small">
              {i.status === 'zurueckgestellt' && i.wiedervorlageAm ? t.board.wiedervorlage(i.wiedervorlageAm) : i.status === 'neu' || i.status === 'in_pruefung' ? t.board.frist(i.entscheidenBis) : null}
            </p>
          </div>
        </div>
      </article>
    </li>
  );
}

/** /kaizen/ideen: submit an idea and the board (Neu → In Prüfung → Im Test → Standard …), per team for the weekly huddle. */
export default function IdeenBoard() {
  const { konto, geladen } = useKonto();
  const [kommune, setzeKommune] = useKommune(konto);
  const [params, setParams] = useSearchParams();
  const einheit = params.get('einheit') ?? '';
  const einheiten = useDaten<{ items: { id: string; name: string }[] }>(kommune ? `/api/kaizen/kommunen/${kommune}/einheiten` : null);
  const einstellung = useDaten<Einstellung>(kommune ? `/api/kaizen/kommunen/${kommune}/einstellungen` : null);
  const sp = new URLSearchParams({ kommuneId: kommune });
  if (einheit) sp.set('einheitId', einheit);
  const ideen = useDaten<{ items: IdeeKurz[] }>(kommune ? `/api/kaizen/ideen?${sp}` : null);
  if (!geladen) return <Ladeanzeige />;
  if (!konto) return null;
  const setzeEinheit = (e: string) => {
    const n = new URLSearchParams(params);
    if (e) n.set('einheit', e);
    else n.delete('einheit');
    setParams(n);
  };
  return (
    <>
      <Seitentitel titel={t.board.titel} einleitung={t.board.einleitung} />
      {!kommune ? (
        <Alert typ="info" ansage="keine">{t.board.keineMitgliedschaft}</Alert>
      ) : (
        <>
          <KommuneWahl konto={konto} kommune={kommune} setze={setzeKommune} />
          <p className="kern-body">
            <Link className="kern-link" to={`/kaizen/engpaesse?kommune=${kommune}`}>{t.board.zumEngpass}</Link>{' · '}
            <Link className="kern-link" to={`/kaizen/personalrat?kommune=${kommune}`}>{t.board.zumDatenblatt}</Link>
          </p>
          <Einreichen
            kommuneId={kommune}
            einheiten={einheiten.daten?.items ?? []}
            einheitVorwahl={einheit}
            namenAus={einstellung.daten?.namenAus ?? false}
            eingereicht={ideen.neuLaden}
          />
          <section className="lotse-abschnitt" aria-labelledby="ideen-board-titel">
            <h2 className="kern-heading-medium" id="ideen-board-titel">{t.board.boardTitel}</h2>
            <p className="kern-body">{t.board.boardHinweis}</p>
            {einheiten.daten?.items.length ? (
              <Auswahl
                id="ideen-einheit"
                label={t.board.einheit}
                value={einheit}
                onChange={(e) => setzeEinheit(e.target.value)}
                optionen={[{ wert: '', text: t.board.alleEinheiten }, ...einheiten.daten.items.map((e) => ({ wert: e.id, text: e.name }))]}
              />
            ) : null}
            {ideen.fehler ? <Alert typ="danger">{ideen.fehler}</Alert> : null}
            {!ideen.daten ? (
              <Ladeanzeige />
            ) : (
              SPALTEN.map((s) => {
                const hier = ideen.daten!.items.filter((i) => i.status === s);
                return (
                  <section key={s} className="lotse-abschnitt" aria-labelledby={`spalte-${s}`}>
                    <h3 className="kern-heading-small" id={`spalte-${s}`}>
                      <StatusBadge status={s} /> <span className="kern-body">{t.board.anzahl(hier.length)}</span>
                    </h3>
                    {hier.length ? <ul className="lotse-liste-ohne lotse-stapel">{hier.map((i) => <Karte key={i.id} i={i} />)}</ul> : <p className="kern-body lotse-gedaempft">{t.board.leer}</p>}
                  </section>
                );
              })
            )}
          </section>
        </>
      )}
    </>
  );
}
