import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, feldfehlerAusApi, type Feldfehler } from '../../../../web/komponenten/index.ts';
import { experimenteTexte as t } from '../texte-ideen.ts';
import { Textfeld } from '../ideen/teile.tsx';

type Feld = 'titel' | 'hypothese' | 'messgroesse' | 'einheit' | 'baselineMethode' | 'baselineWert' | 'zielWert' | 'testVon' | 'testBis';
const FELDER: Feld[] = ['titel', 'hypothese', 'messgroesse', 'einheit', 'baselineMethode', 'baselineWert', 'zielWert', 'testVon', 'testBis'];
const id = (f: Feld) => `experiment-${f}`;
const MESS = ['durchlaufzeit', 'bearbeitungszeit', 'wartezeit', 'fehlerquote', 'anzahl', 'eigene'];
const zahlOderNull = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));

/** New experiment; `?titel=…&hypothese=…&idee=…` pre-fill it (other modules and the idea page link here). */
export function NeuesExperiment({ kommuneId }: { kommuneId: string }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const ideeId = params.get('idee');
  const [w, setW] = useState<Record<Feld, string>>({
    titel: params.get('titel') ?? '',
    hypothese: params.get('hypothese') ?? '',
    messgroesse: '',
    einheit: '',
    baselineMethode: 'stichprobe',
    baselineWert: '',
    zielWert: '',
    testVon: '',
    testBis: '',
  });
  const [fehler, setFehler] = useState<Partial<Record<Feld, string>>>({});
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const setze = (f: Feld) => (v: string) => setW((x) => ({ ...x, [f]: v }));
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    setVersion((v) => v + 1);
    const f: Partial<Record<Feld, string>> = {
      titel: w.titel.trim().length < 3 ? t.fehlerTitel : undefined,
      hypothese: w.hypothese.trim().length < 5 ? t.fehlerHypothese : undefined,
      messgroesse: w.messgroesse ? undefined : t.fehlerMessgroesse,
      einheit: w.messgroesse === 'eigene' && !w.einheit.trim() ? t.fehlerEinheit : undefined,
    };
    setFehler(f);
    setAllgemein(null);
    if (Object.values(f).some(Boolean)) return;
    try {
      const r = await api<{ id: string }>('/api/kaizen/experimente', {
        body: {
          kommuneId,
          ...(ideeId ? { ideeId } : {}),
          titel: w.titel.trim(),
          hypothese: w.hypothese.trim(),
          messgroesse: w.messgroesse,
          einheit: w.einheit.trim(),
          baselineMethode: w.baselineMethode,
          baselineWert: zahlOderNull(w.baselineWert),
          zielWert: zahlOderNull(w.zielWert),
          testVon: w.testVon || null,
          testBis: w.testBis || null,
        },
      });
      navigate(`/kaizen/experimente/${r.id}`);
    } catch (err) {
      const r = feldfehlerAusApi(err, FELDER, t.fehlerTitel);
      setFehler(r.felder);
      setAllgemein(r.allgemein);
    }
  };
  const liste: Feldfehler[] = FELDER.filter((f) => fehler[f]).map((f) => ({ feldId: id(f), text: fehler[f]! }));
  return (
    <section className="lotse-abschnitt" aria-labelledby="experiment-neu-titel">
      <h2 className="kern-heading-medium" id="experiment-neu-titel">{t.neuTitel}</h2>
      <Fehlerliste fehler={liste} version={version} />
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="experiment-neu-titel">
        <Formularfeld id={id('titel')} label={t.feld.titel} fehler={fehler.titel} maxLength={200} autoComplete="off" value={w.titel} onChange={(e) => setze('titel')(e.target.value)} />
        <Textfeld id={id('hypothese')} label={t.feld.hypothese} hinweis={t.feld.hypotheseHinweis} fehler={fehler.hypothese} maxLength={2000} zeilen={3} value={w.hypothese} onChange={setze('hypothese')} />
        <Auswahl id={id('messgroesse')} label={t.feld.messgroesse} fehler={fehler.messgroesse} value={w.messgroesse} onChange={(e) => setze('messgroesse')(e.target.value)} optionen={[{ wert: '', text: t.feld.waehlen }, ...MESS.map((m) => ({ wert: m, text: t.messgroesse[m] }))]} />
        {w.messgroesse === 'eigene' ? <Formularfeld id={id('einheit')} label={t.feld.einheit} fehler={fehler.einheit} maxLength={40} value={w.einheit} onChange={(e) => setze('einheit')(e.target.value)} /> : null}
        <Auswahl id={id('baselineMethode')} label={t.feld.methode} value={w.baselineMethode} onChange={(e) => setze('baselineMethode')(e.target.value)} optionen={Object.entries(t.methode).map(([wert, text]) => ({ wert, text }))} />
        <Formularfeld id={id('baselineWert')} label={t.feld.baseline} optional inputMode="decimal" fehler={fehler.baselineWert} value={w.baselineWert} onChange={(e) => setze('baselineWert')(e.target.value)} />
        <Formularfeld id={id('zielWert')} label={t.feld.ziel} optional inputMode="decimal" fehler={fehler.zielWert} value={w.zielWert} onChange={(e) => setze('zielWert')(e.target.value)} />
        <Formularfeld id={id('testVon')} type="date" label={t.feld.testVon} optional fehler={fehler.testVon} value={w.testVon} onChange={(e) => setze('testVon')(e.target.value)} />
        <Formularfeld id={id('testBis')} type="date" label={t.feld.testBis} optional fehler={fehler.testBis} value={w.testBis} onChange={(e) => setze('testBis')(e.target.value)} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t.anlegen}</span></button>
        </div>
      </form>
    </section>
  );
}
