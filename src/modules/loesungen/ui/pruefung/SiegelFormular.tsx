import { useState, type FormEvent } from 'react';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert } from '../../../../web/komponenten/index.ts';
import { SIEGEL_KRITERIEN } from '../../loesungen.schemas.ts';
import type { SiegelKandidat } from '../../loesungen.schemas.ts';
import { loesungen as t } from '../texte.ts';
import type { Meldung } from './meldung.ts';

const p = t.pruefung;

/** The seal „Bewährt“: every criterion checked and justified, then awarded. */
export function SiegelFormular({ l, fertig }: { l: SiegelKandidat; fertig: (m: Meldung) => void }) {
  const [werte, setWerte] = useState(() => Object.fromEntries(SIEGEL_KRITERIEN.map((k) => [k, { erfuellt: false, begruendung: '' }])) as Record<string, { erfuellt: boolean; begruendung: string }>);
  const [fehler, setFehler] = useState<{ text: string; details: string[] } | null>(null);
  const [sendet, setSendet] = useState(false);
  const basis = `siegel-${l.id}`;
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    setSendet(true);
    setFehler(null);
    try {
      await api(`/api/loesungen/${l.id}/siegel`, { method: 'PUT', body: { kriterien: SIEGEL_KRITERIEN.map((k) => ({ kriterium: k, ...werte[k] })) } });
      fertig({ typ: 'success', text: p.siegelErfolg(l.titel) });
    } catch (err) {
      if (err instanceof ApiFehler) {
        const details = (err.details as { kriterium?: string; meldung?: string }[]).filter((d) => d.kriterium && d.meldung).map((d) => `${t.kriterien[d.kriterium!] ?? d.kriterium}: ${d.meldung}`);
        setFehler({ text: err.message, details });
      } else setFehler({ text: t.fehlerAllgemein, details: [] });
    } finally {
      setSendet(false);
    }
  };
  return (
    <form onSubmit={absenden} noValidate className="lotse-formular" aria-label={p.siegelFormular(l.titel)}>
      {fehler ? (
        <Alert typ="danger">
          <p className="kern-body">{fehler.text}</p>
          {fehler.details.length ? <ul className="kern-list">{fehler.details.map((d) => <li key={d}>{d}</li>)}</ul> : null}
        </Alert>
      ) : null}
      {SIEGEL_KRITERIEN.map((k) => (
        <fieldset className="kern-fieldset" key={k}>
          <legend className="kern-label">{t.kriterien[k]}</legend>
          <div className="kern-fieldset__body">
            <div className="kern-form-check">
              <input className="kern-form-check__checkbox" type="checkbox" id={`${basis}-${k}`} checked={werte[k].erfuellt}
                onChange={(e) => setWerte((w) => ({ ...w, [k]: { ...w[k], erfuellt: e.target.checked } }))} />
              <label className="kern-label" htmlFor={`${basis}-${k}`}>{p.kriteriumErfuellt(t.kriterien[k])}</label>
            </div>
            <div className="kern-form-input">
              <label className="kern-label" htmlFor={`${basis}-${k}-begruendung`}>{p.begruendung(t.kriterien[k])}</label>
              <textarea id={`${basis}-${k}-begruendung`} className="kern-form-input__input" rows={2} value={werte[k].begruendung}
                onChange={(e) => setWerte((w) => ({ ...w, [k]: { ...w[k], begruendung: e.target.value } }))} />
            </div>
          </div>
        </fieldset>
      ))}
      <div className="lotse-knopfleiste">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={sendet}><span className="kern-label">{p.siegelVergeben}</span></button>
      </div>
    </form>
  );
}
