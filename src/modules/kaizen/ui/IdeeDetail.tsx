import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../web/api.ts';
import { Alert, Ladeanzeige, Seitentitel, Tabelle, useDaten } from '../../../web/komponenten/index.ts';
import { useKonto } from '../../../web/konto.tsx';
import { ideenTexte as t } from './texte-ideen.ts';
import { Entscheiden } from './ideen/Entscheiden.tsx';
import { StatusBadge, fehlertext, type IdeeDetail as Detail } from './ideen/teile.tsx';

const zeit = (iso: string) => new Date(iso).toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' });

/** /kaizen/ideen/:id: the idea, its history with reasons, taking it over and deciding. */
export default function IdeeDetail() {
  const { id } = useParams();
  const { konto } = useKonto();
  const geladen = useDaten<Detail>(`/api/kaizen/ideen/${id}`);
  const [idee, setIdee] = useState<Detail | null>(null);
  const [meldung, setMeldung] = useState<string | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const meldungRef = useRef<HTMLDivElement>(null);
  useEffect(() => setIdee(geladen.daten), [geladen.daten]);
  useEffect(() => {
    if (meldung) meldungRef.current?.focus();
  }, [meldung]);
  if (geladen.fehler) return (<><Seitentitel titel={t.board.titel} /><Alert typ="danger">{geladen.fehler}</Alert></>);
  if (!idee || !konto) return <Ladeanzeige />;
  const neu = (d: Detail, text: string) => {
    setIdee(d);
    setMeldung(text);
  };
  const uebernehmen = async () => {
    setFehler(null);
    try {
      neu(await api<Detail>(`/api/kaizen/ideen/${idee.id}/verantwortung`, { method: 'PUT', body: { kontoId: konto.id } }), t.detail.uebernommen);
    } catch (e) {
      setFehler(fehlertext(e));
    }
  };
  const abgeschlossen = idee.status === 'standard' || idee.status === 'verworfen';
  return (
    <>
      <Seitentitel titel={idee.problem.length > 90 ? `${idee.problem.slice(0, 89)}…` : idee.problem} vorzeile={t.navIdeen} />
      <p className="kern-body"><Link className="kern-link" to={`/kaizen/ideen?kommune=${idee.kommuneId}`}>{t.detail.zurueck}</Link></p>
      {meldung ? <Alert typ="success" ref={meldungRef} fokussierbar ansage="status">{meldung}</Alert> : null}
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      <dl className="lotse-stapel">
        <dt className="kern-label">{t.detail.status}</dt>
        <dd className="kern-body"><StatusBadge status={idee.status} /></dd>
        <dt className="kern-label">{t.detail.problem}</dt>
        <dd className="kern-body">{idee.problem}</dd>
        <dt className="kern-label">{t.detail.vorschlag}</dt>
        <dd className="kern-body">{idee.vorschlag}</dd>
        {idee.prozess ? (<><dt className="kern-label">{t.detail.prozess}</dt><dd className="kern-body">{idee.prozess}</dd></>) : null}
        {idee.nutzen ? (<><dt className="kern-label">{t.detail.nutzen}</dt><dd className="kern-body">{idee.nutzen}</dd></>) : null}
        {idee.einheitName ? (<><dt className="kern-label">{t.detail.team}</dt><dd className="kern-body">{idee.einheitName}</dd></>) : null}
        <dt className="kern-label">{t.detail.eingereicht}</dt>
        <dd className="kern-body">{zeit(idee.erstelltAm)} · {t.detail.eingereichtVon(idee.eingereichtVon, idee.anonym)}</dd>
        <dt className="kern-label">{t.detail.verantwortlich}</dt>
        <dd className="kern-body">{idee.verantwortlich ?? t.detail.niemand}</dd>
        <dt className="kern-label">{t.detail.frist}</dt>
        <dd className="kern-body">{t.datum(idee.entscheidenBis)}</dd>
        {idee.grund ? (<><dt className="kern-label">{t.detail.begruendung}</dt><dd className="kern-body">{idee.grund}</dd></>) : null}
        {idee.wiedervorlageAm ? (<><dt className="kern-label">{t.detail.wiedervorlage}</dt><dd className="kern-body">{t.datum(idee.wiedervorlageAm)}</dd></>) : null}
      </dl>
      {idee.status === 'in_pruefung' || idee.status === 'im_test' ? (
        <p className="kern-body">
          <Link className="kern-link" to={`/kaizen/experimente/neu?${new URLSearchParams({ kommune: idee.kommuneId, idee: idee.id, titel: (idee.prozess || idee.problem).slice(0, 200), hypothese: idee.vorschlag.slice(0, 2000) })}`}>{t.detail.experiment}</Link>
        </p>
      ) : null}
      {idee.moeglich.uebernehmen ? (
        <div className="lotse-knopfleiste">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={uebernehmen}><span className="kern-label">{t.detail.uebernehmen}</span></button>
        </div>
      ) : null}
      {abgeschlossen ? (
        <p className="kern-body">{t.detail.abgeschlossen}</p>
      ) : idee.moeglich.entscheiden ? (
        <Entscheiden idee={idee} geaendert={neu} />
      ) : (
        <p className="kern-body">{t.detail.nurVerantwortliche}</p>
      )}
      <section className="lotse-abschnitt" aria-labelledby="idee-verlauf">
        <h2 className="kern-heading-medium" id="idee-verlauf">{t.detail.verlauf}</h2>
        <Tabelle beschriftung={t.detail.verlauf} spalten={[{ titel: t.detail.spalteZeit }, { titel: t.detail.spalteVon }, { titel: t.detail.spalteNach }, { titel: t.detail.spalteGrund }, { titel: t.detail.spalteWer }]}>
          {idee.verlauf.map((v, n) => (
            <tr key={n} className="kern-table__row">
              <th scope="row" className="kern-table__header">{zeit(v.zeitpunkt)}</th>
              <td className="kern-table__cell">{v.von ? t.status[v.von] : t.detail.ohneName}</td>
              <td className="kern-table__cell">{t.status[v.nach]}</td>
              <td className="kern-table__cell">{v.grund || t.detail.ohneName}</td>
              <td className="kern-table__cell">{v.wer ?? t.detail.ohneName}</td>
            </tr>
          ))}
        </Tabelle>
      </section>
    </>
  );
}
