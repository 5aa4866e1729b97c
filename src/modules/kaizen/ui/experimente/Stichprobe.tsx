import { useState, type FormEvent } from 'react';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Formularfeld, Tabelle } from '../../../../web/komponenten/index.ts';
import type { ExperimentDetail } from '../../experimente/experimente.schemas.ts';
import { experimenteTexte as t } from '../texte-ideen.ts';
import { fehlertext } from '../ideen/teile.tsx';

const T = t.stichprobe;
/** A local datetime-local value (Europe/Berlin in the browser) as ISO with offset. */
const alsIso = (v: string) => new Date(v).toISOString();

/** Hand-timed cases (start/end), then median, confidence interval and „too small“ from the sample rules. */
export function Stichprobe({ x, geaendert }: { x: ExperimentDetail; geaendert: (d: ExperimentDetail, text: string) => void }) {
  const [phase, setPhase] = useState<'vorher' | 'nachher'>(x.stichprobe.vorher.n ? 'nachher' : 'vorher');
  const [faelle, setFaelle] = useState([{ beginn: '', ende: '' }, { beginn: '', ende: '' }, { beginn: '', ende: '' }]);
  const [fehler, setFehler] = useState<string | null>(null);
  const setze = (n: number, feld: 'beginn' | 'ende', v: string) => setFaelle((f) => f.map((x, i) => (i === n ? { ...x, [feld]: v } : x)));
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    const voll = faelle.filter((f) => f.beginn && f.ende);
    if (!voll.length) return setFehler(T.fehlerLeer);
    setFehler(null);
    try {
      const d = await api<ExperimentDetail>(`/api/kaizen/experimente/${x.id}/stichprobe`, { body: { phase, faelle: voll.map((f) => ({ beginn: alsIso(f.beginn), ende: alsIso(f.ende) })) } });
      setFaelle([{ beginn: '', ende: '' }, { beginn: '', ende: '' }, { beginn: '', ende: '' }]);
      geaendert(d, T.gespeichert(voll.length));
    } catch (err) {
      setFehler(fehlertext(err));
    }
  };
  const s = x.stichprobe;
  return (
    <section className="lotse-abschnitt" aria-labelledby="stichprobe-titel">
      <h2 className="kern-heading-medium" id="stichprobe-titel">{T.titel}</h2>
      <p className="kern-body">{T.einleitung}</p>
      <Tabelle beschriftung={T.caption} spalten={[{ titel: T.spaltePhase }, { titel: T.spalteN, zahl: true }, { titel: T.spalteMedian, zahl: true }, { titel: T.spalteIntervall }]}>
        {(['vorher', 'nachher'] as const).map((p) => (
          <tr key={p} className="kern-table__row">
            <th scope="row" className="kern-table__header">{T[p]}</th>
            <td className="kern-table__cell kern-table__cell--numeric">{s[p].n}</td>
            <td className="kern-table__cell kern-table__cell--numeric">{t.zahl(s[p].median)}</td>
            <td className="kern-table__cell">{s[p].intervall ? T.intervall(s[p].intervall!.unten, s[p].intervall!.oben) : T.keinIntervall}</td>
          </tr>
        ))}
      </Tabelle>
      <Alert typ={s.urteil === 'zu_klein' ? 'warning' : 'info'} ansage="keine">
        <p className="kern-body">{T.urteil[s.urteil](s.mindestgroesse)} {T.differenz(s.differenzMedian)}</p>
      </Alert>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="stichprobe-titel">
        <Auswahl id="stichprobe-phase" label={T.phase} value={phase} onChange={(e) => setPhase(e.target.value as 'vorher' | 'nachher')} optionen={[{ wert: 'vorher', text: T.vorher }, { wert: 'nachher', text: T.nachher }]} />
        {faelle.map((f, n) => (
          <div key={n} className="lotse-zweispaltig">
            <Formularfeld id={`fall-${n + 1}-beginn`} type="datetime-local" label={T.beginn(n + 1)} value={f.beginn} onChange={(e) => setze(n, 'beginn', e.target.value)} />
            <Formularfeld id={`fall-${n + 1}-ende`} type="datetime-local" label={T.ende(n + 1)} value={f.ende} onChange={(e) => setze(n, 'ende', e.target.value)} />
          </div>
        ))}
        <div className="lotse-knopfleiste">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setFaelle((f) => [...f, { beginn: '', ende: '' }])}><span className="kern-label">{T.weitererFall}</span></button>
          <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{T.speichern}</span></button>
        </div>
      </form>
    </section>
  );
}
