import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Fehlerliste, Formularfeld, Ladeanzeige, Seitentitel, Tabelle, useDaten, type Feldfehler } from '../../../../web/komponenten/index.ts';
import { fehlertext, PhaseBadge, Textfeld } from '../teile.tsx';
import { kohortenTexte as t } from '../texte-kohorten.ts';
import { useKonto } from '../../../../web/konto.tsx';
import { datum, type Board } from './typen.ts';

const b = t.board;

function Beitragen({ k, onNeu }: { k: Board; onNeu: (neu: Board) => void }) {
  const [text, setText] = useState('');
  const [titel, setTitel] = useState('');
  const [url, setUrl] = useState('');
  const [fehler, setFehler] = useState<Feldfehler[]>([]);
  const [version, setVersion] = useState(0);
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const senden = async (pfad: string, body: object, leeren: () => void, f: Feldfehler[]) => {
    setFehler(f);
    setVersion((v) => v + 1);
    if (f.length) return;
    setAllgemein(null);
    try {
      onNeu(await api<Board>(`/api/kohorten/${k.id}/${pfad}`, { body }));
      leeren();
    } catch (e) {
      setAllgemein(fehlertext(e));
    }
  };
  const beitrag = (e: FormEvent) => {
    e.preventDefault();
    void senden('beitraege', { text: text.trim() }, () => setText(''), text.trim() ? [] : [{ feldId: 'kohorte-beitrag', text: t.pruefung.beitragFehlt }]);
  };
  const dokument = (e: FormEvent) => {
    e.preventDefault();
    const f: Feldfehler[] = [];
    if (!titel.trim()) f.push({ feldId: 'kohorte-dok-titel', text: t.pruefung.titelFehlt });
    if (!/^https?:\/\/\S+$/.test(url.trim())) f.push({ feldId: 'kohorte-dok-url', text: t.pruefung.urlFalsch });
    void senden('dokumente', { titel: titel.trim(), url: url.trim() }, () => { setTitel(''); setUrl(''); }, f);
  };
  const feld = (id: string) => fehler.find((x) => x.feldId === id)?.text;
  return (
    <>
      <Fehlerliste fehler={fehler} version={version} />
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={beitrag} noValidate aria-label={b.beitragSenden}>
        <Textfeld id="kohorte-beitrag" label={b.beitrag} value={text} onChange={setText} fehler={feld('kohorte-beitrag')} zeilen={4} />
        <div className="lotse-knopfleiste"><button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{b.beitragSenden}</span></button></div>
      </form>
      <form className="lotse-formular" onSubmit={dokument} noValidate aria-label={b.dokSenden}>
        <Formularfeld id="kohorte-dok-titel" label={b.dokTitel} value={titel} onChange={(e) => setTitel(e.target.value)} fehler={feld('kohorte-dok-titel')} maxLength={200} />
        <Formularfeld id="kohorte-dok-url" type="url" label={b.dokUrl} value={url} onChange={(e) => setUrl(e.target.value)} fehler={feld('kohorte-dok-url')} />
        <div className="lotse-knopfleiste"><button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{b.dokSenden}</span></button></div>
      </form>
    </>
  );
}

/** Shared milestones: table with a checkbox per row (members, Träger, Transferstelle) and a form to add one. */
function Meilensteine({ k, onNeu }: { k: Board; onNeu: (neu: Board) => void }) {
  const [titel, setTitel] = useState('');
  const [wer, setWer] = useState('');
  const [faellig, setFaellig] = useState('');
  const [fehler, setFehler] = useState<Feldfehler[]>([]);
  const [version, setVersion] = useState(0);
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const darf = k.moeglich.beitragen;
  const setzen = async (mid: string, erledigt: boolean) => {
    setAllgemein(null);
    try {
      onNeu(await api<Board>(`/api/kohorten/${k.id}/meilensteine/${mid}`, { method: 'PATCH', body: { erledigt } }));
    } catch (e) {
      setAllgemein(fehlertext(e));
    }
  };
  const anlegen = async (e: FormEvent) => {
    e.preventDefault();
    const f: Feldfehler[] = titel.trim().length < 3 ? [{ feldId: 'kohorte-ms-titel', text: b.msTitelFehlt }] : [];
    setFehler(f);
    setVersion((v) => v + 1);
    if (f.length) return;
    setAllgemein(null);
    try {
      onNeu(await api<Board>(`/api/kohorten/${k.id}/meilensteine`, { body: { titel: titel.trim(), verantwortlich: wer.trim(), faelligAm: faellig || null } }));
      setTitel('');
      setWer('');
      setFaellig('');
    } catch (err) {
      setAllgemein(fehlertext(err));
    }
  };
  const feld = (id: string) => fehler.find((x) => x.feldId === id)?.text;
  return (
    <>
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <Tabelle beschriftung={b.meilensteineCaption} spalten={[{ titel: b.meilenstein }, { titel: b.faellig }, { titel: b.verantwortlich }, { titel: b.von }, { titel: b.stand }]}>
        {k.meilensteine.map((m) => (
          <tr key={m.id} className="kern-table__row">
            <th scope="row" className="kern-table__header">{m.titel}</th>
            <td className="kern-table__cell">{m.faelligAm ? datum(m.faelligAm) : b.ohneDatum}</td>
            <td className="kern-table__cell">{m.verantwortlich || '–'}</td>
            <td className="kern-table__cell">{m.quelle === 'zeitplan' ? b.ausZeitplan : (m.kommune ?? b.transferstelle)}</td>
            <td className="kern-table__cell">
              {darf ? (
                <div className="kern-form-check">
                  <input className="kern-form-check__checkbox" type="checkbox" id={`kohorte-ms-${m.id}`} checked={m.erledigt} onChange={(e) => void setzen(m.id, e.target.checked)} />
                  <label className="kern-label" htmlFor={`kohorte-ms-${m.id}`}><span className="kern-sr-only">{b.erledigtFuer(m.titel)}</span></label>
                </div>
              ) : m.erledigt ? b.stand : '–'}
            </td>
          </tr>
        ))}
      </Tabelle>
      {darf ? (
        <>
          <Fehlerliste fehler={fehler} version={version} />
          <form className="lotse-formular" onSubmit={anlegen} noValidate aria-label={b.msSenden}>
            <Formularfeld id="kohorte-ms-titel" label={b.msTitel} value={titel} onChange={(e) => setTitel(e.target.value)} fehler={feld('kohorte-ms-titel')} maxLength={200} />
            <Formularfeld id="kohorte-ms-wer" label={b.msWer} value={wer} onChange={(e) => setWer(e.target.value)} maxLength={200} />
            <Formularfeld id="kohorte-ms-datum" type="date" label={b.msDatum} value={faellig} onChange={(e) => setFaellig(e.target.value)} />
            <div className="lotse-knopfleiste"><button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{b.msSenden}</span></button></div>
          </form>
        </>
      ) : null}
    </>
  );
}

/** Invite further Kommunen into this cohort (Transferstelle, or the Träger of a Verbund). */
function Einladen({ k, onNeu }: { k: Board; onNeu: (neu: Board) => void }) {
  const [wert, setWert] = useState('');
  const [fehler, setFehler] = useState<string | undefined>();
  const [meldung, setMeldung] = useState<string | null>(null);
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    const kommunen = wert.split(/[\s,;]+/).map((x) => x.trim()).filter(Boolean);
    setMeldung(null);
    if (!kommunen.length) return setFehler(b.einladenFehlt);
    setFehler(undefined);
    try {
      onNeu(await api<Board>(`/api/kohorten/${k.id}/einladungen`, { body: { kommunen } }));
      setWert('');
      setMeldung(b.eingeladen);
    } catch (err) {
      setFehler(fehlertext(err));
    }
  };
  return (
    <form className="lotse-formular" onSubmit={absenden} noValidate aria-label={b.einladenSenden}>
      {meldung ? <Alert typ="success" ansage="status">{meldung}</Alert> : null}
      <Formularfeld id="kohorte-einladen" label={b.einladenFeld} hinweis={b.einladenHinweis(k.maxMitglieder)} value={wert} onChange={(e) => setWert(e.target.value)} fehler={fehler} />
      <div className="lotse-knopfleiste"><button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{b.einladenSenden}</span></button></div>
    </form>
  );
}

/** `/kohorten/:id`: the board – schedule, status per Kommune, discussion and shared documents. */
export default function Kohorte() {
  const { id } = useParams();
  const location = useLocation();
  const { daten, fehler, laedt } = useDaten<Board>(id ? `/api/kohorten/${id}` : null);
  const [aktuell, setAktuell] = useState<Board | null>(null);
  const k = aktuell && aktuell.id === id ? aktuell : daten;
  const { konto } = useKonto();
  const eigene = new Set(konto?.mitgliedschaften.map((m) => m.kommuneId) ?? []);
  const gebildet = (location.state as { meldung?: string } | null)?.meldung === 'gebildet';
  return (
    <>
      <Seitentitel titel={k ? k.titel : t.titel} />
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {laedt && !k ? <Ladeanzeige /> : null}
      {gebildet ? <Alert typ="success">{t.formular.fertig}</Alert> : null}
      {k ? (
        <>
          <p className="kern-body"><Link className="kern-link" to={`/loesungen/${k.loesung.id}`}>{k.loesung.titel}</Link>{k.loesung.herkunft ? ` · ${b.herkunft(k.loesung.herkunft)}` : ''}{k.traeger ? ` · ${b.traeger(k.traeger.name)}` : ''}</p>
          <section className="lotse-abschnitt" aria-labelledby="kohorte-zeitplan">
            <h2 className="kern-heading-medium" id="kohorte-zeitplan">{b.zeitplan}</h2>
            <ul className="kern-list">
              <li className="kern-body">{b.start}: {datum(k.startAm)}</li>
              <li className="kern-body"><strong>{b.transferplan}: {datum(k.transferplanBis)}</strong></li>
              <li className="kern-body"><strong>{b.review}: {datum(k.reviewAm)}</strong></li>
            </ul>
            <p className="kern-body kern-body--small">{b.rueckmeldungen}</p>
          </section>
          <section className="lotse-abschnitt" aria-labelledby="kohorte-stand">
            <h2 className="kern-heading-medium" id="kohorte-stand">{b.statusTitel}</h2>
            <Tabelle beschriftung={b.caption} spalten={[{ titel: b.kommune }, { titel: b.status }, { titel: b.phase }, { titel: b.offen, zahl: true }, { titel: b.letzte }]}>
              {k.mitglieder.map((m) => (
                <tr key={m.kommune.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header">
                    {m.uebernahmeId && (k.sicht === 'transferstelle' || eigene.has(m.kommune.id)) ? <Link className="kern-link" to={`/uebernahmen/${m.uebernahmeId}`}>{m.kommune.name}</Link> : m.kommune.name}
                  </th>
                  <td className="kern-table__cell">{t.status[m.status]}</td>
                  <td className="kern-table__cell">{m.phase ? <PhaseBadge phase={m.phase} /> : '–'}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{m.offeneMeilensteine}</td>
                  <td className="kern-table__cell">{m.letzteRueckmeldung ? datum(m.letzteRueckmeldung) : b.keineRueckmeldung}</td>
                </tr>
              ))}
            </Tabelle>
            <p className="kern-body">
              {b.export}{' '}
              <a className="kern-link" href={`/api/kohorten/${k.id}/board.csv`} download>CSV</a>{' · '}
              <a className="kern-link" href={`/api/kohorten/${k.id}/board.xlsx`} download>XLSX</a>
            </p>
            {k.moeglich.einladen ? <Einladen k={k} onNeu={setAktuell} /> : null}
          </section>
          <section className="lotse-abschnitt" aria-labelledby="kohorte-meilensteine">
            <h2 className="kern-heading-medium" id="kohorte-meilensteine">{b.meilensteine}</h2>
            <Meilensteine k={k} onNeu={setAktuell} />
          </section>
          <section className="lotse-abschnitt" aria-labelledby="kohorte-dokumente">
            <h2 className="kern-heading-medium" id="kohorte-dokumente">{b.dokumente}</h2>
            {k.dokumente.length ? (
              <ul className="kern-list">
                {k.dokumente.map((d) => <li key={d.id} className="kern-body"><a className="kern-link" href={d.url} rel="noopener noreferrer">{d.titel}</a> · {d.kommune ?? b.transferstelle}</li>)}
              </ul>
            ) : <p className="kern-body">{b.keineDokumente}</p>}
          </section>
          <section className="lotse-abschnitt" aria-labelledby="kohorte-diskussion">
            <h2 className="kern-heading-medium" id="kohorte-diskussion">{b.diskussion}</h2>
            {k.beitraege.length ? (
              <ul className="lotse-liste-ohne">
                {k.beitraege.map((x) => (
                  <li key={x.id} className="lotse-abschnitt">
                    <p className="kern-body kern-body--small">{[x.kommune ?? b.transferstelle, x.autor, new Date(x.erstelltAm).toLocaleDateString('de-DE')].filter(Boolean).join(' · ')}</p>
                    <p className="kern-body lotse-mailtext">{x.text}</p>
                  </li>
                ))}
              </ul>
            ) : <p className="kern-body">{b.keineBeitraege}</p>}
            {k.moeglich.beitragen ? <Beitragen k={k} onNeu={setAktuell} /> : null}
          </section>
        </>
      ) : null}
    </>
  );
}
