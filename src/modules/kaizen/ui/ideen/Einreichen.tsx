import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, feldfehlerAusApi, type Feldfehler } from '../../../../web/komponenten/index.ts';
import { IDEE_GRENZEN as G } from '../../ideen/ideen.schemas.ts';
import { ideenTexte as t } from '../texte-ideen.ts';
import { Textfeld } from './teile.tsx';

type Feld = 'problem' | 'vorschlag' | 'prozess' | 'nutzen' | 'einheitId';
const FELDER: Feld[] = ['problem', 'vorschlag', 'prozess', 'nutzen', 'einheitId'];
const feldId = (f: Feld) => `idee-${f}`;

/** „Idee einreichen“: problem, proposal, process, benefit, team; optionally anonymous. */
export function Einreichen({ kommuneId, einheiten, einheitVorwahl, namenAus, eingereicht }: {
  kommuneId: string;
  einheiten: { id: string; name: string }[];
  einheitVorwahl: string;
  namenAus: boolean;
  eingereicht: () => void;
}) {
  const leer = { problem: '', vorschlag: '', prozess: '', nutzen: '', einheitId: einheitVorwahl };
  const [werte, setWerte] = useState<Record<Feld, string>>(leer);
  const [anonym, setAnonym] = useState(false);
  const [fehler, setFehler] = useState<Partial<Record<Feld, string>>>({});
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [sendet, setSendet] = useState(false);
  const [neu, setNeu] = useState<string | null>(null);
  const erfolgRef = useRef<HTMLDivElement>(null);
  const setze = (f: Feld) => (v: string) => setWerte((w) => ({ ...w, [f]: v }));
  useEffect(() => setWerte((w) => ({ ...w, einheitId: einheitVorwahl })), [einheitVorwahl]);
  useEffect(() => {
    if (neu) erfolgRef.current?.focus();
  }, [neu]);

  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    setVersion((v) => v + 1);
    const f: Partial<Record<Feld, string>> = {
      problem: werte.problem.trim().length < 5 ? t.formular.fehlerProblem : undefined,
      vorschlag: werte.vorschlag.trim().length < 5 ? t.formular.fehlerVorschlag : undefined,
    };
    setFehler(f);
    setAllgemein(null);
    setNeu(null);
    if (Object.values(f).some(Boolean)) return;
    setSendet(true);
    try {
      const r = await api<{ id: string }>('/api/kaizen/ideen', {
        body: {
          kommuneId,
          problem: werte.problem.trim(),
          vorschlag: werte.vorschlag.trim(),
          prozess: werte.prozess.trim(),
          nutzen: werte.nutzen.trim(),
          einheitId: werte.einheitId || null,
          anonym,
        },
      });
      setWerte(leer);
      setAnonym(false);
      setNeu(r.id);
      eingereicht();
    } catch (err) {
      const r = feldfehlerAusApi(err, FELDER, t.formular.fehlerProblem);
      setFehler(r.felder);
      setAllgemein(r.allgemein);
    } finally {
      setSendet(false);
    }
  };

  const liste: Feldfehler[] = FELDER.filter((f) => fehler[f]).map((f) => ({ feldId: feldId(f), text: fehler[f]! }));
  return (
    <section className="lotse-abschnitt" aria-labelledby="idee-formular-titel">
      <h2 className="kern-heading-medium" id="idee-formular-titel">{t.formular.titel}</h2>
      {neu ? (
        <Alert typ="success" titel={t.formular.erfolgTitel} ref={erfolgRef} fokussierbar ansage="status">
          <p className="kern-body">
            {t.formular.erfolg} <Link className="kern-link" to={`/kaizen/ideen/${neu}`}>{t.formular.erfolgLink}</Link>
          </p>
        </Alert>
      ) : null}
      <Fehlerliste fehler={liste} version={version} />
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="idee-formular-titel">
        <Textfeld id={feldId('problem')} label={t.formular.problem} hinweis={t.formular.problemHinweis} fehler={fehler.problem} maxLength={G.problem} value={werte.problem} onChange={setze('problem')} />
        <Textfeld id={feldId('vorschlag')} label={t.formular.vorschlag} fehler={fehler.vorschlag} maxLength={G.vorschlag} value={werte.vorschlag} onChange={setze('vorschlag')} />
        <Formularfeld id={feldId('prozess')} label={t.formular.prozess} hinweis={t.formular.prozessHinweis} optional fehler={fehler.prozess} maxLength={G.prozess} autoComplete="off" value={werte.prozess} onChange={(e) => setze('prozess')(e.target.value)} />
        <Textfeld id={feldId('nutzen')} label={t.formular.nutzen} hinweis={t.formular.nutzenHinweis} optional zeilen={2} fehler={fehler.nutzen} maxLength={G.nutzen} value={werte.nutzen} onChange={setze('nutzen')} />
        {einheiten.length ? (
          <Auswahl
            id={feldId('einheitId')}
            label={t.formular.einheit}
            optional
            fehler={fehler.einheitId}
            value={werte.einheitId}
            onChange={(e) => setze('einheitId')(e.target.value)}
            optionen={[{ wert: '', text: t.formular.einheitLeer }, ...einheiten.map((e) => ({ wert: e.id, text: e.name }))]}
          />
        ) : null}
        {namenAus ? (
          <p className="kern-body">{t.formular.namenAus}</p>
        ) : (
          <div className="kern-form-check">
            <input className="kern-form-check__checkbox" type="checkbox" id="idee-anonym" aria-describedby="idee-anonym-hinweis" checked={anonym} onChange={(e) => setAnonym(e.target.checked)} />
            <label className="kern-label" htmlFor="idee-anonym">{t.formular.anonym}</label>
            <div className="kern-hint" id="idee-anonym-hinweis">{t.formular.anonymHinweis}</div>
          </div>
        )}
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}>
            <span className="kern-label">{sendet ? t.formular.sendet : t.formular.absenden}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
