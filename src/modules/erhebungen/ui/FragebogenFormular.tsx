/** The questionnaire in steps (one section per step); the step lives in the URL. Questions: fragebogen/. */
import { useRef, type ReactNode } from 'react';
import './erhebungen.css';
import { Fortschritt } from '../../../web/komponenten/index.ts';
import { erhebungen as erhebungenTexte } from './texte.ts';
import type { Antworten, Fragebogen } from '../frageboegen/fragebogen.schemas.ts';
import { Frage } from './fragebogen/Frage.tsx';
import { fortschritt, istSichtbar, setze } from './fragebogen/regeln.ts';
import { useSchritt } from './fragebogen/useSchritt.ts';

export { fortschritt, istSichtbar } from './fragebogen/regeln.ts';
export { antwortenSpeichern, useAutosave, type SpeicherStand } from './fragebogen/speichern.ts';
export { SpeicherStatus } from './fragebogen/SpeicherStatus.tsx';

const t = erhebungenTexte.ausfuellen;

interface FormularProps {
  fb: Fragebogen;
  antworten: Antworten;
  setAntworten: (a: Antworten) => void;
  nurLesen?: boolean;
  /** Messages per item id (shown at the question). */
  fehler?: Record<string, string>;
  status?: ReactNode;
  /** Called on every change of step (save at once). */
  beimWechsel?: () => void;
  /** Closing part after the last step (finish / send). */
  abschluss: ReactNode;
}

export function FragebogenFormular({ fb, antworten, setAntworten, nurLesen, fehler = {}, status, beimWechsel, abschluss }: FormularProps) {
  const ueberschrift = useRef<HTMLHeadingElement>(null);
  const abschnitte = fb.abschnitte;
  const { schritt, gehe } = useSchritt(abschnitte.length, ueberschrift, beimWechsel);
  const ab = abschnitte[schritt];
  const { beantwortet, anzahl } = fortschritt(fb, antworten);
  const nummern = new Map(abschnitte.flatMap((a) => a.items).map((i, n) => [i.id, n + 1]));

  return (
    <div className="lotse-fragebogen">
      <div className="lotse-fragebogen__kopf">
        <Fortschritt label={t.fortschritt} wert={beantwortet} max={anzahl} />
        {status}
      </div>
      <section aria-labelledby={`abschnitt-${ab.id}`} className="lotse-abschnitt">
        <p className="kern-preline">{t.abschnitt(schritt + 1, abschnitte.length)}</p>
        <h2 className="kern-heading-medium" id={`abschnitt-${ab.id}`} ref={ueberschrift} tabIndex={-1}>{ab.titel}</h2>
        {ab.beschreibung ? <p className="kern-body">{ab.beschreibung}</p> : null}
        <div className="lotse-stapel">
          {ab.items
            .filter((i) => istSichtbar(i, antworten))
            .map((item) => (
              <Frage
                key={item.id}
                fb={fb}
                item={item}
                nummer={nummern.get(item.id) ?? 0}
                wert={antworten[item.id]}
                aendern={(a) => setAntworten(setze(antworten, item.id, a))}
                fehler={fehler[item.id] ? `${fehler[item.id]}${nurLesen ? '' : ` ${t.speichern.nichtGespeichert}`}` : undefined}
                nurLesen={nurLesen}
              />
            ))}
        </div>
      </section>
      <div className="lotse-knopfleiste">
        {schritt > 0 ? (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => gehe(schritt - 1)}>
            <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
            <span className="kern-label">{t.zurueck}</span>
          </button>
        ) : null}
        {schritt < abschnitte.length - 1 ? (
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => gehe(schritt + 1)}>
            <span className="kern-label">{t.weiter}</span>
            <span className="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
          </button>
        ) : null}
      </div>
      {schritt === abschnitte.length - 1 ? abschluss : null}
    </div>
  );
}
