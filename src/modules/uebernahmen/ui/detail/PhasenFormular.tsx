import { useState, type FormEvent } from 'react';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, type Feldfehler } from '../../../../web/komponenten/index.ts';
import { fehlertext, Textfeld, type Detail } from '../teile.tsx';
import { uebernahmen as t } from '../texte.ts';

/** Change of phase: only the targets the server offers (forward, or aborted with a reason). */
export function PhasenFormular({ u, geaendert }: { u: Detail; geaendert: (d: Detail, m: string) => void }) {
  const [ziel, setZiel] = useState('');
  const [grund, setGrund] = useState('');
  const [golive, setGolive] = useState(new Date().toISOString().slice(0, 10));
  const [fehler, setFehler] = useState<{ ziel?: string; grund?: string }>({});
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [sendet, setSendet] = useState(false);
  const d = t.detail;
  if (!u.moeglich.phasenZiele.length) return <p className="kern-body">{u.phase === 'abgebrochen' || u.phase === 'abgeschlossen' ? d.beendet : d.phaseAktuell(t.phase[u.phase])}</p>;

  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    setVersion((v) => v + 1);
    const f = { ziel: ziel ? undefined : d.fehlerZiel, grund: ziel === 'abgebrochen' && grund.trim().length < 3 ? d.fehlerGrund : undefined };
    setFehler(f);
    setAllgemein(null);
    if (f.ziel || f.grund) return;
    setSendet(true);
    try {
      const body = { phase: ziel, ...(ziel === 'abgebrochen' ? { grund: grund.trim() } : {}), ...(ziel === 'verstetigen' && golive ? { goliveAm: golive } : {}) };
      const neu = await api<Detail>(`/api/uebernahmen/${u.id}`, { method: 'PATCH', body });
      setZiel('');
      setGrund('');
      geaendert(neu, d.phaseGewechselt(t.phase[neu.phase]));
    } catch (err) {
      setAllgemein(fehlertext(err));
    } finally {
      setSendet(false);
    }
  };
  const liste: Feldfehler[] = [...(fehler.ziel ? [{ feldId: 'ue-phase-ziel', text: fehler.ziel }] : []), ...(fehler.grund ? [{ feldId: 'ue-phase-grund', text: fehler.grund }] : [])];
  return (
    <>
      <p className="kern-body">{d.phaseAktuell(t.phase[u.phase])}</p>
      <Fehlerliste fehler={liste} version={version} />
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-label={d.phaseWechsel}>
        <Auswahl id="ue-phase-ziel" label={d.phaseZiel} fehler={fehler.ziel} value={ziel} onChange={(e) => setZiel(e.target.value)} optionen={[{ wert: '', text: d.phaseWaehlen }, ...u.moeglich.phasenZiele.map((p) => ({ wert: p, text: t.phaseAktion[p] ?? t.phase[p] }))]} />
        {ziel === 'verstetigen' ? <Formularfeld id="ue-phase-golive" type="date" label={d.goliveFeld} hinweis={d.goliveHinweis} value={golive} onChange={(e) => setGolive(e.target.value)} /> : null}
        {ziel === 'abgebrochen' ? <Textfeld id="ue-phase-grund" label={d.grund} hinweis={d.grundHinweis} fehler={fehler.grund} value={grund} onChange={setGrund} /> : null}
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}><span className="kern-label">{d.phaseSpeichern}</span></button>
        </div>
      </form>
    </>
  );
}
