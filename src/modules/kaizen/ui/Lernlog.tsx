import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, Ladeanzeige, Seitentitel, feldfehlerAusApi, useDaten, type Feldfehler } from '../../../web/komponenten/index.ts';
import { useKonto } from '../../../web/konto.tsx';
import type { EintragAntwort } from '../lernlog/lernlog.schemas.ts';
import { KommuneWahl, Textfeld, useKommune } from './ideen/teile.tsx';
import { lernlogTexte as t, transferTexte } from './texte-lernlog.ts';

type Feld = 'titel' | 'versucht' | 'passiert' | 'gelernt' | 'ausgang' | 'sichtbarkeit';
const FELDER: Feld[] = ['titel', 'versucht', 'passiert', 'gelernt', 'ausgang', 'sichtbarkeit'];
const id = (f: Feld) => `lernlog-${f}`;
const LEER: Record<Feld, string> = { titel: '', versucht: '', passiert: '', gelernt: '', ausgang: '', sichtbarkeit: 'kommune' };

function NeuerEintrag({ kommuneId, gespeichert }: { kommuneId: string; gespeichert: () => void }) {
  const [w, setW] = useState(LEER);
  const [fehler, setFehler] = useState<Partial<Record<Feld, string>>>({});
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [erfolg, setErfolg] = useState(false);
  const [version, setVersion] = useState(0);
  const setze = (f: Feld) => (v: string) => setW((x) => ({ ...x, [f]: v }));
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    setVersion((v) => v + 1);
    setErfolg(false);
    const f: Partial<Record<Feld, string>> = {
      titel: w.titel.trim() ? undefined : t.fehlerTitel,
      versucht: w.versucht.trim() ? undefined : t.fehlerText,
      passiert: w.passiert.trim() ? undefined : t.fehlerText,
      gelernt: w.gelernt.trim() ? undefined : t.fehlerText,
      ausgang: w.ausgang ? undefined : t.fehlerAusgang,
    };
    setFehler(f);
    setAllgemein(null);
    if (Object.values(f).some(Boolean)) return;
    try {
      await api('/api/kaizen/lernlog', { body: { kommuneId, ...w } });
      setW(LEER);
      setErfolg(true);
      gespeichert();
    } catch (err) {
      const r = feldfehlerAusApi(err, FELDER, t.fehlerText);
      setFehler(r.felder);
      setAllgemein(r.allgemein);
    }
  };
  const liste: Feldfehler[] = FELDER.filter((f) => fehler[f]).map((f) => ({ feldId: id(f), text: fehler[f]! }));
  return (
    <section className="lotse-abschnitt" aria-labelledby="lernlog-neu-titel">
      <h2 className="kern-heading-medium" id="lernlog-neu-titel">{t.neuTitel}</h2>
      <Fehlerliste fehler={liste} version={version} />
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      {erfolg ? <Alert typ="success">{t.gespeichert}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="lernlog-neu-titel">
        <Formularfeld id={id('titel')} label={t.feld.titel} fehler={fehler.titel} maxLength={200} autoComplete="off" value={w.titel} onChange={(e) => setze('titel')(e.target.value)} />
        <Textfeld id={id('versucht')} label={t.versucht} fehler={fehler.versucht} maxLength={4000} zeilen={3} value={w.versucht} onChange={setze('versucht')} />
        <Textfeld id={id('passiert')} label={t.passiert} fehler={fehler.passiert} maxLength={4000} zeilen={3} value={w.passiert} onChange={setze('passiert')} />
        <Textfeld id={id('gelernt')} label={t.gelernt} fehler={fehler.gelernt} maxLength={4000} zeilen={3} value={w.gelernt} onChange={setze('gelernt')} />
        <Auswahl id={id('ausgang')} label={t.feld.ausgang} fehler={fehler.ausgang} value={w.ausgang} onChange={(e) => setze('ausgang')(e.target.value)} optionen={[{ wert: '', text: t.feld.waehlen }, ...Object.entries(t.ausgang).map(([wert, text]) => ({ wert, text }))]} />
        <Auswahl id={id('sichtbarkeit')} label={t.feld.sichtbarkeit} value={w.sichtbarkeit} onChange={(e) => setze('sichtbarkeit')(e.target.value)} optionen={Object.entries(t.sichtbarkeit).map(([wert, text]) => ({ wert, text }))} />
        <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t.speichern}</span></button>
      </form>
    </section>
  );
}

function Eintrag({ e, kommune }: { e: EintragAntwort; kommune: string }) {
  const navigate = useNavigate();
  const [fehler, setFehler] = useState<string | null>(null);
  const testen = async () => {
    try {
      const r = await api<{ id: string }>(`/api/kaizen/lernlog/${e.id}/testen`, { body: { kommuneId: kommune } });
      navigate(`/kaizen/experimente/${r.id}`);
    } catch (err) {
      setFehler(err instanceof Error ? err.message : String(err));
    }
  };
  const herkunft = e.eigen ? t.eigen : e.kommuneName ?? t.herkunftAnonym;
  return (
    <article className="lotse-abschnitt" aria-labelledby={`lernlog-${e.id}`}>
      <h3 className="kern-heading-small" id={`lernlog-${e.id}`}>{e.titel}</h3>
      <p className="kern-body kern-body--small">
        {t.ausgang[e.ausgang]} · {herkunft} · {new Date(e.erstelltAm).toLocaleDateString('de-DE')}
        {e.autor ? ` · ${t.vonPerson(e.autor)}` : ''}
        {e.eigen ? ` · ${t.sichtbarkeit[e.sichtbarkeit]}` : ''}
      </p>
      <dl className="lotse-lernlog">
        <dt className="kern-body kern-body--bold">{t.versucht}</dt><dd className="kern-body">{e.versucht}</dd>
        <dt className="kern-body kern-body--bold">{t.passiert}</dt><dd className="kern-body">{e.passiert}</dd>
        <dt className="kern-body kern-body--bold">{t.gelernt}</dt><dd className="kern-body">{e.gelernt}</dd>
      </dl>
      {e.experimentId && e.eigen ? <p className="kern-body"><Link className="kern-link" to={`/kaizen/experimente/${e.experimentId}`}>{t.zumExperiment}</Link></p> : null}
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {!e.eigen && e.testbar && kommune ? <button type="button" className="kern-btn kern-btn--secondary" aria-describedby={`lernlog-${e.id}`} onClick={() => void testen()}><span className="kern-label">{transferTexte.testen}</span></button> : null}
    </article>
  );
}

/** /kaizen/lernlog: search, own and shared entries, new entry. */
export default function Lernlog() {
  const { konto, geladen } = useKonto();
  const [kommune, setzeKommune] = useKommune(konto);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [suche, setSuche] = useState(q);
  const liste = useDaten<{ items: EintragAntwort[] }>(konto ? `/api/kaizen/lernlog${q ? `?q=${encodeURIComponent(q)}` : ''}` : null);
  if (!geladen) return <Ladeanzeige />;
  if (!konto) return null;
  const suchen = (e: FormEvent) => {
    e.preventDefault();
    const p = new URLSearchParams(params);
    if (suche.trim()) p.set('q', suche.trim());
    else p.delete('q');
    setParams(p);
  };
  return (
    <>
      <Seitentitel titel={t.titel} einleitung={t.einleitung} />
      <form role="search" className="lotse-formular" onSubmit={suchen} aria-label={t.suche}>
        <Formularfeld id="lernlog-suche" type="search" label={t.suche} hinweis={t.sucheHinweis} maxLength={200} value={suche} onChange={(e) => setSuche(e.target.value)} />
        <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t.suchen}</span></button>
      </form>
      {liste.fehler ? <Alert typ="danger">{liste.fehler}</Alert> : null}
      <section className="lotse-abschnitt" aria-labelledby="lernlog-liste-titel">
        <h2 className="kern-heading-medium" id="lernlog-liste-titel" aria-live="polite">{liste.daten ? t.treffer(liste.daten.items.length) : t.suchen}</h2>
        {!liste.daten ? <Ladeanzeige /> : !liste.daten.items.length ? <p className="kern-body">{t.leer}</p> : liste.daten.items.map((e) => <Eintrag key={e.id} e={e} kommune={kommune} />)}
      </section>
      {!kommune ? <Alert typ="info" ansage="keine">{t.keineMitgliedschaft}</Alert> : (
        <>
          <KommuneWahl konto={konto} kommune={kommune} setze={setzeKommune} />
          <NeuerEintrag kommuneId={kommune} gespeichert={liste.neuLaden} />
        </>
      )}
    </>
  );
}
