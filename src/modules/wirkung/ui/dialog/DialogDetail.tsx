import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, Ladeanzeige, Seitentitel, Tabelle, useDaten, useFormular } from '../../../../web/komponenten/index.ts';
import type { DialogDetail as Detail } from '../../dialog/dialog.schemas.ts';
import { ART_TEXT, HERKUNFT_TEXT, ROLLE_TEXT, dialog as t } from './texte.ts';

type Eintrag = Detail['eintraege'][number];

/** /wirkung/dialoge/:id – one Wirkungsdialog: participants, talking points, guiding questions, hypotheses (→ Bedarf / Kaizen), decisions, tasks. */
export default function DialogDetail() {
  const { id } = useParams();
  const d = useDaten<Detail>(`/api/wirkung/dialoge/${id}`);
  if (d.fehler) return <Alert typ="danger">{d.fehler}</Alert>;
  if (!d.daten) return <Ladeanzeige text={t.detail.laden} />;
  const x = d.daten;
  const von = (art: Eintrag['art']) => x.eintraege.filter((e) => e.art === art);
  return (
    <>
      <p className="kern-body"><Link className="kern-link" to="/wirkung/dialoge">{t.detail.zurueck}</Link></p>
      <Seitentitel titel={x.titel} />
      <dl className="lotse-angaben">
        <dt>{t.detail.datum}</dt><dd>{t.datum(x.datum)}</dd>
        <dt>{t.detail.ort}</dt><dd>{x.ort || t.detail.keine}</dd>
        <dt>{t.detail.ziel}</dt><dd>{x.ziel ? <Link className="kern-link" to={`/wirkung/ziele/${x.ziel.id}`}>{x.ziel.aussage}</Link> : t.detail.keine}</dd>
        {x.indikatoren.length ? <><dt>{t.detail.indikatoren}</dt><dd>{x.indikatoren.map((i) => i.name).join('; ')}</dd></> : null}
      </dl>
      <ul className="kern-list">
        <li><a className="kern-link" href={`/api/wirkung/dialoge/${x.id}/tagesordnung.pdf`} download>{t.detail.tagesordnung}</a></li>
        <li><a className="kern-link" href={`/api/wirkung/dialoge/${x.id}/protokoll.pdf`} download>{t.detail.protokoll}</a></li>
      </ul>

      <section className="lotse-abschnitt" aria-labelledby="dialog-teilnehmende">
        <h2 className="kern-heading-medium" id="dialog-teilnehmende">{t.detail.teilnehmende}</h2>
        <ul className="kern-list">{x.teilnehmende.map((p) => <li key={p.id}>{ROLLE_TEXT[p.rolle]}: {p.name || t.detail.ohneName}</li>)}</ul>
      </section>

      <section className="lotse-abschnitt" aria-labelledby="dialog-punkte">
        <h2 className="kern-heading-medium" id="dialog-punkte">{t.detail.punkte}</h2>
        {von('gespraechspunkt').length ? (
          <ul className="kern-list">{von('gespraechspunkt').map((e) => <li key={e.id}>{e.text} <span className="kern-body kern-body--small">({HERKUNFT_TEXT[e.herkunft]})</span></li>)}</ul>
        ) : <p className="kern-body">{t.detail.punkteLeer}</p>}
      </section>

      <section className="lotse-abschnitt" aria-labelledby="dialog-leitfragen">
        <h2 className="kern-heading-medium" id="dialog-leitfragen">{t.detail.leitfragen}</h2>
        {x.leitfragen.map((l) => {
          const as = x.eintraege.filter((e) => e.art === 'antwort' && e.leitfrage === l.id);
          return (
            <div key={l.id}>
              <h3 className="kern-heading-small">{l.frage}</h3>
              {as.length ? <ul className="kern-list">{as.map((a) => <li key={a.id}>{a.text}</li>)}</ul> : <p className="kern-body">{t.detail.nochNichts}</p>}
            </div>
          );
        })}
      </section>

      <Hypothesen dialog={x} neuLaden={d.neuLaden} />

      <section className="lotse-abschnitt" aria-labelledby="dialog-entscheidungen">
        <h2 className="kern-heading-medium" id="dialog-entscheidungen">{t.detail.entscheidungen}</h2>
        {von('entscheidung').length ? <ul className="kern-list">{von('entscheidung').map((e) => <li key={e.id}>{e.text}</li>)}</ul> : <p className="kern-body">{t.detail.nochNichts}</p>}
      </section>

      <section className="lotse-abschnitt" aria-labelledby="dialog-aufgaben">
        <h2 className="kern-heading-medium" id="dialog-aufgaben">{t.detail.aufgaben}</h2>
        {von('aufgabe').length ? (
          <Tabelle beschriftung={t.detail.aufgabenTabelle} spalten={[{ titel: t.detail.spalteAufgabe }, { titel: t.detail.spalteVerantwortlich }, { titel: t.detail.spalteFaellig }]}>
            {von('aufgabe').map((a) => (
              <tr className="kern-table__row" key={a.id}>
                <th scope="row" className="kern-table__header">{a.text}</th>
                <td className="kern-table__cell">{a.verantwortlich}</td>
                <td className="kern-table__cell">{a.faellig ? t.datum(a.faellig) : ''}</td>
              </tr>
            ))}
          </Tabelle>
        ) : <p className="kern-body">{t.detail.nochNichts}</p>}
      </section>

      {x.darfSchreiben ? <NeuerEintrag dialog={x} gespeichert={d.neuLaden} /> : null}
    </>
  );
}

function Hypothesen({ dialog: x, neuLaden }: { dialog: Detail; neuLaden: () => void }) {
  const [fehler, setFehler] = useState<string | null>(null);
  const [erfolg, setErfolg] = useState<string | null>(null);
  const erfolgRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (erfolg) erfolgRef.current?.focus();
  }, [erfolg]);
  const zuBedarf = async (e: Eintrag) => {
    setFehler(null);
    try {
      await api(`/api/wirkung/dialoge/${x.id}/eintraege/${e.id}/bedarf`, { body: {} });
      setErfolg(t.detail.bedarfErfasst);
      neuLaden();
    } catch (err) {
      setFehler(err instanceof ApiFehler ? err.message : String(err));
    }
  };
  const hs = x.eintraege.filter((e) => e.art === 'hypothese');
  const kaizen = (e: Eintrag) => `/kaizen/experimente/neu?${new URLSearchParams({ kommune: x.kommuneId, titel: e.text.slice(0, 120), hypothese: e.text })}`;
  return (
    <section className="lotse-abschnitt" aria-labelledby="dialog-hypothesen">
      <h2 className="kern-heading-medium" id="dialog-hypothesen">{t.detail.hypothesen}</h2>
      {erfolg ? <Alert typ="success" ref={erfolgRef} fokussierbar ansage="status"><p className="kern-body">{erfolg}</p></Alert> : null}
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {hs.length ? (
        <ul className="kern-list">
          {hs.map((e) => (
            <li key={e.id}>
              <p className="kern-body">{e.text}</p>
              {e.bedarfId ? <Link className="kern-link" to={`/bedarfe/${e.bedarfId}`}>{t.detail.istBedarf}</Link> : x.darfSchreiben ? (
                <div className="lotse-knopfleiste">
                  <button type="button" className="kern-btn kern-btn--secondary" aria-label={t.detail.alsBedarf(e.text)} onClick={() => void zuBedarf(e)}><span className="kern-label">{t.detail.alsBedarfKurz}</span></button>
                  <Link className="kern-link" to={kaizen(e)}>{t.detail.alsExperiment}</Link>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : <p className="kern-body">{t.detail.nochNichts}</p>}
    </section>
  );
}

function NeuerEintrag({ dialog: x, gespeichert }: { dialog: Detail; gespeichert: () => void }) {
  const f = useFormular('dialog-eintrag', { art: 'antwort', leitfrage: 'ueberrascht', text: '', verantwortlich: '', faellig: '' });
  const [erfolg, setErfolg] = useState<string | null>(null);
  const senden = f.absenden(
    (w) => ({
      text: w.text.trim() ? undefined : t.eintrag.fehlerText,
      leitfrage: w.art === 'antwort' && !w.leitfrage ? t.eintrag.fehlerLeitfrage : undefined,
    }),
    async (w) => {
      await api(`/api/wirkung/dialoge/${x.id}/eintraege`, {
        body: { art: w.art, leitfrage: w.leitfrage || null, text: w.text.trim(), verantwortlich: w.verantwortlich.trim(), faellig: w.faellig || null },
      });
      setErfolg(t.eintrag.erfolg(ART_TEXT[w.art]!));
      f.setWerte({ ...w, text: '', verantwortlich: '', faellig: '' });
      gespeichert();
    },
  );
  return (
    <section className="lotse-abschnitt" aria-labelledby="dialog-eintrag-titel">
      <h2 className="kern-heading-medium" id="dialog-eintrag-titel">{t.eintrag.titel}</h2>
      {erfolg ? <Alert typ="success" ansage="status"><p className="kern-body">{erfolg}</p></Alert> : null}
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={senden} noValidate aria-labelledby="dialog-eintrag-titel">
        <Auswahl label={t.eintrag.art} {...f.feld('art')} optionen={Object.entries(ART_TEXT).map(([wert, text]) => ({ wert, text }))} />
        <Auswahl label={t.eintrag.leitfrage} hinweis={t.eintrag.leitfrageHinweis} {...f.feld('leitfrage')} optionen={[{ wert: '', text: t.eintrag.keineLeitfrage }, ...x.leitfragen.map((l) => ({ wert: l.id, text: l.frage }))]} />
        <Formularfeld label={t.eintrag.text} maxLength={2000} autoComplete="off" {...f.feld('text')} />
        {f.werte.art === 'aufgabe' ? (
          <>
            <Formularfeld label={t.eintrag.verantwortlich} optional maxLength={200} autoComplete="off" {...f.feld('verantwortlich')} />
            <Formularfeld label={t.eintrag.faellig} optional type="date" {...f.feld('faellig')} />
          </>
        ) : null}
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={f.sendet || undefined}><span className="kern-label">{t.eintrag.speichern}</span></button>
        </div>
      </form>
    </section>
  );
}
