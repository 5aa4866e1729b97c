import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert, Formularfeld } from '../../../../web/komponenten/index.ts';
import { texte } from '../../../../web/i18n/de.ts';
import type { BedarfEntwurf, Luecke } from '../../luecken/luecken.schemas.ts';
import { t } from './hilfen.ts';

/** The draft need of a gap: a link once it exists, otherwise the editable draft and a one-click button (members). */
export function BedarfAnlegen({ l, darfAnlegen, nr }: { l: Luecke; darfAnlegen: boolean; nr: number }) {
  const [entwurf, setEntwurf] = useState<BedarfEntwurf>(l.bedarfEntwurf);
  const [bedarfId, setBedarfId] = useState<string | null>(l.bedarfId);
  const [sendet, setSendet] = useState(false);
  const [fehler, setFehler] = useState<string | null>(null);
  const [neu, setNeu] = useState(false);
  const meldung = useRef<HTMLDivElement>(null);
  const basis = `luecke-${nr}`;
  useEffect(() => {
    if (neu) meldung.current?.focus();
  }, [neu]);

  const anlegen = async () => {
    if (sendet) return;
    setSendet(true);
    setFehler(null);
    try {
      const { handlungsfeld, ...rest } = entwurf;
      const r = await api<{ id: string }>('/api/bedarfe', { body: { ...rest, ...(handlungsfeld ? { handlungsfeld } : {}), titel: entwurf.titel.trim(), beschreibung: entwurf.beschreibung.trim() } });
      setBedarfId(r.id);
      setNeu(true);
    } catch (err) {
      setFehler(err instanceof ApiFehler && err.status === 404 ? texte.kern.fehlerAllgemein : err instanceof Error ? err.message : texte.kern.fehlerAllgemein);
    } finally {
      setSendet(false);
    }
  };

  return (
    <>
      {bedarfId ? (
        <Alert typ="success" ref={meldung} fokussierbar ansage={neu ? 'status' : 'keine'} titel={neu ? t.bedarfAngelegt : t.bedarfVorhanden}>
          <p className="kern-body"><Link className="kern-link" to={`/bedarfe/${bedarfId}`}>{t.bedarfAnsehen}</Link></p>
        </Alert>
      ) : darfAnlegen ? (
        <details className="lotse-details">
          <summary className="kern-body">{t.entwurf}</summary>
          <form className="lotse-formular" onSubmit={(e) => { e.preventDefault(); void anlegen(); }} aria-label={`${t.entwurf}: ${l.dimension.titel}`}>
            <Formularfeld id={`${basis}-titel`} label={t.entwurfTitel} value={entwurf.titel} maxLength={200} onChange={(e) => setEntwurf({ ...entwurf, titel: e.target.value })} />
            <div className="kern-form-input">
              <label className="kern-label" htmlFor={`${basis}-beschreibung`}>{t.entwurfBeschreibung}</label>
              <textarea className="kern-form-input__input" id={`${basis}-beschreibung`} rows={8} maxLength={10000} required value={entwurf.beschreibung} onChange={(e) => setEntwurf({ ...entwurf, beschreibung: e.target.value })} />
            </div>
            <fieldset className="kern-fieldset">
              <legend className="kern-label">{t.entwurfDringlichkeit}</legend>
              <div className="kern-fieldset__body kern-fieldset__body--horizontal">
                {(['hoch', 'mittel', 'niedrig'] as const).map((d) => (
                  <div key={d} className="kern-form-check">
                    <input className="kern-form-check__radio" type="radio" id={`${basis}-d-${d}`} name={`${basis}-d`} checked={entwurf.dringlichkeit === d} onChange={() => setEntwurf({ ...entwurf, dringlichkeit: d })} />
                    <label className="kern-label" htmlFor={`${basis}-d-${d}`}>{t.dringlichkeit[d]}</label>
                  </div>
                ))}
              </div>
            </fieldset>
            {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
            <div className="lotse-knopfleiste">
              <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}>
                <span className="kern-label">{sendet ? t.bedarfSendet : t.bedarfAnlegen}</span>
              </button>
            </div>
          </form>
        </details>
      ) : (
        <p className="kern-body lotse-gedaempft">{t.bedarfNurMitglieder}</p>
      )}
      {darfAnlegen && !bedarfId ? (
        <div className="lotse-knopfleiste">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={anlegen} aria-disabled={sendet || undefined}>
            <span className="kern-label">{sendet ? t.bedarfSendet : `${t.bedarfAnlegen}: ${l.dimension.titel}`}</span>
          </button>
        </div>
      ) : null}
    </>
  );
}
