import { useState, type FormEvent } from 'react';
import { api } from '../../../web/api.ts';
import { Alert, Ladeanzeige, useDaten } from '../../../web/komponenten/index.ts';
import { fehlertext } from './teile.tsx';
import { vorlagenTexte as t } from './texte-vorlagen.ts';

type Phase = 'verstehen' | 'anpassen' | 'uebernehmen' | 'verstetigen';
type Punkte = Record<Phase, string[]>;
const PHASEN: Phase[] = ['verstehen', 'anpassen', 'uebernehmen', 'verstetigen'];

/**
 * „Checkliste je Phase (Vorlage)“ for members of a solution's origin Kommune: edit the checklist items per
 * phase and save them through PUT /api/uebernahmen/vorlagen/:loesungId (the API decides who may write).
 */
export function VorlagePflege({ loesungId }: { loesungId: string }) {
  const daten = useDaten<{ eigeneVorlage: boolean; punkte: Punkte }>(`/api/uebernahmen/vorlagen/${loesungId}`);
  if (daten.laedt && !daten.daten) return <Ladeanzeige />;
  if (daten.fehler || !daten.daten) return <Alert typ="danger">{daten.fehler ?? ''}</Alert>;
  return <Formular loesungId={loesungId} eigene={daten.daten.eigeneVorlage} anfang={daten.daten.punkte} />;
}

function Formular({ loesungId, eigene, anfang }: { loesungId: string; eigene: boolean; anfang: Punkte }) {
  const [punkte, setPunkte] = useState<Punkte>(anfang);
  const [fehler, setFehler] = useState<string | null>(null);
  const [ok, setOk] = useState(false);
  const [sendet, setSendet] = useState(false);
  const aendern = (p: Phase, liste: string[]) => { setOk(false); setPunkte({ ...punkte, [p]: liste }); };
  const speichern = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    setSendet(true);
    setFehler(null);
    try {
      const d = await api<{ punkte: Punkte }>(`/api/uebernahmen/vorlagen/${loesungId}`, { method: 'PUT', body: punkte });
      setPunkte(d.punkte);
      setOk(true);
    } catch (err) {
      setFehler(fehlertext(err));
    } finally {
      setSendet(false);
    }
  };
  return (
    <section className="lotse-abschnitt" aria-labelledby={`vorlage-${loesungId}`}>
      <h2 className="kern-heading-medium" id={`vorlage-${loesungId}`}>{t.titel}</h2>
      <p className="kern-body">{eigene ? t.hinweis : `${t.hinweis} ${t.standard}`}</p>
      <form className="lotse-stapel" onSubmit={speichern} noValidate>
        {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
        {ok ? <Alert typ="success">{t.gespeichert}</Alert> : null}
        {PHASEN.map((p) => (
          <fieldset key={p} className="kern-fieldset">
            <legend className="kern-label">{t.phasen[p]}</legend>
            {punkte[p].map((text, i) => (
              <div key={i} className="kern-form-input">
                <label className="kern-label" htmlFor={`vorlage-${p}-${i}`}>{t.punkt(t.phasen[p], i + 1)}</label>
                <input className="kern-form-input__input" id={`vorlage-${p}-${i}`} type="text" value={text} maxLength={300}
                  onChange={(e) => aendern(p, punkte[p].map((x, j) => (j === i ? e.target.value : x)))} />
                <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => aendern(p, punkte[p].filter((_, j) => j !== i))}>
                  <span className="kern-label">{t.entfernen(t.phasen[p], i + 1)}</span>
                </button>
              </div>
            ))}
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => aendern(p, [...punkte[p], ''])}>
              <span className="kern-label">{t.hinzufuegen(t.phasen[p])}</span>
            </button>
          </fieldset>
        ))}
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}>
            <span className="kern-label">{sendet ? t.sendet : t.speichern}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
