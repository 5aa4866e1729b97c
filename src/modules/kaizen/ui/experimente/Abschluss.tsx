import { useState, type FormEvent } from 'react';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, type Feldfehler } from '../../../../web/komponenten/index.ts';
import type { ExperimentDetail } from '../../experimente/experimente.schemas.ts';
import { experimenteTexte as t } from '../texte-ideen.ts';
import { Textfeld, fehlertext } from '../ideen/teile.tsx';
import { stundenTexte } from '../texte-lernlog.ts';

/** Result and decision; „Was haben wir gelernt?“ is required (also when it failed). */
export function Abschluss({ x, geaendert }: { x: ExperimentDetail; geaendert: (d: ExperimentDetail, text: string) => void }) {
  const [w, setW] = useState({ ergebnis: '', ergebnisWert: '', entscheidung: '', gelernt: '', stunden: '', stundenArt: '', stundenBestaetigtVon: '' });
  const [fehler, setFehler] = useState<{ entscheidung?: string; gelernt?: string }>({});
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const setze = (f: keyof typeof w) => (v: string) => setW((a) => ({ ...a, [f]: v }));
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    setVersion((v) => v + 1);
    const f = { entscheidung: w.entscheidung ? undefined : t.detail.fehlerEntscheidung, gelernt: w.gelernt.trim() ? undefined : t.detail.fehlerGelernt };
    setFehler(f);
    setAllgemein(null);
    if (f.entscheidung || f.gelernt) return;
    try {
      const d = await api<ExperimentDetail>(`/api/kaizen/experimente/${x.id}/abschluss`, {
        body: { ergebnis: w.ergebnis.trim(), ergebnisWert: w.ergebnisWert.trim() ? Number(w.ergebnisWert.replace(',', '.')) : null, entscheidung: w.entscheidung, gelernt: w.gelernt.trim(),
          ...(w.stunden.trim() || w.stundenArt || w.stundenBestaetigtVon.trim() ? { stundenGespart: w.stunden.trim() ? Number(w.stunden.replace(',', '.')) : null, stundenArt: w.stundenArt || null, stundenBestaetigtVon: w.stundenBestaetigtVon.trim() || null } : {}) },
      });
      geaendert(d, t.detail.entschieden);
    } catch (err) {
      setAllgemein(fehlertext(err));
    }
  };
  const liste: Feldfehler[] = [
    fehler.entscheidung ? { feldId: 'abschluss-entscheidung', text: fehler.entscheidung } : null,
    fehler.gelernt ? { feldId: 'abschluss-gelernt', text: fehler.gelernt } : null,
  ].filter((a): a is Feldfehler => a !== null);
  return (
    <section className="lotse-abschnitt" aria-labelledby="abschluss-titel">
      <h2 className="kern-heading-medium" id="abschluss-titel">{t.detail.entscheidung}</h2>
      <Fehlerliste fehler={liste} version={version} />
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="abschluss-titel">
        <Textfeld id="abschluss-ergebnis" label={t.detail.ergebnis} optional zeilen={3} maxLength={4000} value={w.ergebnis} onChange={setze('ergebnis')} />
        <Formularfeld id="abschluss-wert" label={`${t.detail.ergebnisWert} (${x.einheit})`} optional inputMode="decimal" value={w.ergebnisWert} onChange={(e) => setze('ergebnisWert')(e.target.value)} />
        <Auswahl id="abschluss-entscheidung" label={t.detail.entscheidung} fehler={fehler.entscheidung} value={w.entscheidung} onChange={(e) => setze('entscheidung')(e.target.value)} optionen={[{ wert: '', text: t.feld.waehlen }, ...Object.entries(t.entscheidung).map(([wert, text]) => ({ wert, text }))]} />
        <Textfeld id="abschluss-gelernt" label={t.detail.gelernt} hinweis={t.detail.gelerntHinweis} fehler={fehler.gelernt} zeilen={3} maxLength={4000} value={w.gelernt} onChange={setze('gelernt')} />
        <Formularfeld id="abschluss-stunden" label={stundenTexte.stunden} hinweis={stundenTexte.hinweis} optional inputMode="decimal" value={w.stunden} onChange={(e) => setze('stunden')(e.target.value)} />
        <Auswahl id="abschluss-stunden-art" label={stundenTexte.art} optional value={w.stundenArt} onChange={(e) => setze('stundenArt')(e.target.value)} optionen={[{ wert: '', text: t.feld.waehlen }, { wert: 'laufend', text: stundenTexte.laufend }, { wert: 'einmalig', text: stundenTexte.einmalig }]} />
        <Formularfeld id="abschluss-stunden-bestaetigt" label={stundenTexte.bestaetigt} hinweis={stundenTexte.bestaetigtHinweis} optional maxLength={120} value={w.stundenBestaetigtVon} onChange={(e) => setze('stundenBestaetigtVon')(e.target.value)} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t.detail.abschliessen}</span></button>
        </div>
      </form>
    </section>
  );
}
