import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert, Auswahl, Formularfeld } from '../../../../web/komponenten/index.ts';
import { HANDLUNGSFELDER } from '../../../loesungen/ui/index.ts';
import type { ThesaurusEintrag as Eintrag } from '../../matching.schemas.ts';
import { matching as t } from '../texte.ts';

export type Meldung = { typ: 'success' | 'danger'; text: string } | null;

const zuListe = (s: string) => s.split(/[\n;]/).map((x) => x.trim()).filter(Boolean);

/** Form for a new group of terms, or (with `eintrag`) for changing one; the heading gets focus on „Bearbeiten“. */
export function EintragFormular({ eintrag, fertig, abbrechen }: { eintrag: Eintrag | null; fertig: (m: Meldung) => void; abbrechen: () => void }) {
  const [begriff, setBegriff] = useState(eintrag?.begriff ?? '');
  const [synonyme, setSynonyme] = useState(eintrag?.synonyme.join('\n') ?? '');
  const [hinweis, setHinweis] = useState(eintrag?.hinweis ?? '');
  const [mehrdeutig, setMehrdeutig] = useState(eintrag?.mehrdeutig ?? false);
  const [domaene, setDomaene] = useState(eintrag?.domaene ?? '');
  const [fehler, setFehler] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  const titelRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (eintrag) titelRef.current?.focus();
  }, [eintrag]);
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    setSendet(true);
    setFehler(null);
    try {
      const body = { begriff: begriff.trim(), synonyme: zuListe(synonyme), hinweis: hinweis.trim(), mehrdeutig, domaene: domaene || null };
      const r = eintrag
        ? await api<Eintrag>(`/api/thesaurus/${eintrag.id}`, { method: 'PUT', body })
        : await api<Eintrag>('/api/thesaurus', { body });
      if (!eintrag) {
        setBegriff('');
        setSynonyme('');
        setHinweis('');
        setMehrdeutig(false);
        setDomaene('');
      }
      fertig({ typ: 'success', text: t.gespeichert(r.begriff) });
    } catch (err) {
      if (err instanceof ApiFehler) {
        const details = (err.details as { meldung?: string }[]).map((d) => d.meldung).filter(Boolean);
        setFehler([err.message, ...details].join(' '));
      } else setFehler(t.fehlerAllgemein);
    } finally {
      setSendet(false);
    }
  };
  const titelId = eintrag ? `thesaurus-bearbeiten-${eintrag.id}` : 'thesaurus-neu';
  return (
    <section aria-labelledby={titelId}>
      <h2 className="kern-heading-medium" id={titelId} ref={titelRef} tabIndex={-1}>{eintrag ? t.bearbeitenTitel(eintrag.begriff) : t.neu}</h2>
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby={titelId}>
        {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
        <Formularfeld label={t.begriff} hinweis={t.begriffHinweis} value={begriff} onChange={(e) => setBegriff(e.target.value)} required maxLength={100} id={`${titelId}-begriff`} />
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${titelId}-synonyme`}>{t.synonyme}</label>
          <div className="kern-hint" id={`${titelId}-synonyme-hinweis`}>{t.synonymeHinweis}</div>
          <textarea className="kern-form-input__input" id={`${titelId}-synonyme`} rows={5} required aria-describedby={`${titelId}-synonyme-hinweis`} value={synonyme} onChange={(e) => setSynonyme(e.target.value)} />
        </div>
        <Formularfeld label={t.hinweis} optional value={hinweis} onChange={(e) => setHinweis(e.target.value)} maxLength={500} id={`${titelId}-hinweis`} />
        <div className="kern-form-check">
          <input className="kern-form-check__checkbox" type="checkbox" id={`${titelId}-mehrdeutig`} aria-describedby={`${titelId}-mehrdeutig-hinweis`} checked={mehrdeutig} onChange={(e) => setMehrdeutig(e.target.checked)} />
          <label className="kern-label" htmlFor={`${titelId}-mehrdeutig`}>{t.mehrdeutig}</label>
        </div>
        <div className="kern-hint" id={`${titelId}-mehrdeutig-hinweis`}>{t.mehrdeutigHinweis}</div>
        <Auswahl label={t.domaene} hinweis={t.domaeneHinweis} optional id={`${titelId}-domaene`} value={domaene} onChange={(e) => setDomaene(e.target.value)}
          optionen={[{ wert: '', text: t.domaeneLeer }, ...HANDLUNGSFELDER.map((h) => ({ wert: h, text: h }))]} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={sendet}><span className="kern-label">{eintrag ? t.speichern : t.anlegen}</span></button>
          {eintrag ? <button type="button" className="kern-btn kern-btn--secondary" onClick={abbrechen}><span className="kern-label">{t.abbrechen}</span></button> : null}
        </div>
      </form>
    </section>
  );
}
