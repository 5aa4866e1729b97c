import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Blaettern, Formularfeld, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { matching as matchingTexte } from './texte.ts';
import { hatRolle, useKonto } from '../../../web/konto.tsx';

const t = matchingTexte;
const LIMIT = 50;

interface Eintrag {
  id: string;
  begriff: string;
  synonyme: string[];
  hinweis: string;
  aktualisiertAm: string;
}

type Meldung = { typ: 'success' | 'danger'; text: string } | null;

const zuListe = (s: string) => s.split(/[\n;]/).map((x) => x.trim()).filter(Boolean);

function EintragFormular({ eintrag, fertig, abbrechen }: { eintrag: Eintrag | null; fertig: (m: Meldung) => void; abbrechen: () => void }) {
  const [begriff, setBegriff] = useState(eintrag?.begriff ?? '');
  const [synonyme, setSynonyme] = useState(eintrag?.synonyme.join('\n') ?? '');
  const [hinweis, setHinweis] = useState(eintrag?.hinweis ?? '');
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
      const body = { begriff: begriff.trim(), synonyme: zuListe(synonyme), hinweis: hinweis.trim() };
      const r = eintrag
        ? await api<Eintrag>(`/api/thesaurus/${eintrag.id}`, { method: 'PUT', body })
        : await api<Eintrag>('/api/thesaurus', { body });
      if (!eintrag) {
        setBegriff('');
        setSynonyme('');
        setHinweis('');
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
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={sendet}><span className="kern-label">{eintrag ? t.speichern : t.anlegen}</span></button>
          {eintrag ? <button type="button" className="kern-btn kern-btn--secondary" onClick={abbrechen}><span className="kern-label">{t.abbrechen}</span></button> : null}
        </div>
      </form>
    </section>
  );
}

export default function Thesaurus() {
  const { konto, geladen } = useKonto();
  const darf = hatRolle(konto, 'transferstelle') || hatRolle(konto, 'plattform-admin');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const [eingabe, setEingabe] = useState(q);
  const [daten, setDaten] = useState<{ items: Eintrag[]; total: number } | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const [meldung, setMeldung] = useState<Meldung>(null);
  const [bearbeitet, setBearbeitet] = useState<Eintrag | null>(null);

  const laden = useCallback(async () => {
    try {
      const sp = new URLSearchParams({ limit: String(LIMIT), offset: String(offset) });
      if (q) sp.set('q', q);
      setDaten(await api(`/api/thesaurus?${sp}`));
      setFehler(null);
    } catch (e) {
      setFehler(e instanceof ApiFehler ? e.message : t.fehlerAllgemein);
    }
  }, [q, offset]);
  useEffect(() => {
    laden();
  }, [laden]);

  const suchen = (e: FormEvent) => {
    e.preventDefault();
    setParams(eingabe.trim() ? { q: eingabe.trim() } : {});
  };
  const fertig = (m: Meldung) => {
    setMeldung(m);
    setBearbeitet(null);
    laden();
  };
  const loeschen = async (e: Eintrag) => {
    if (!window.confirm(t.loeschenFrage(e.begriff))) return;
    try {
      await api(`/api/thesaurus/${e.id}`, { method: 'DELETE' });
      fertig({ typ: 'success', text: t.geloescht(e.begriff) });
    } catch (err) {
      setMeldung({ typ: 'danger', text: err instanceof ApiFehler ? err.message : t.fehlerAllgemein });
    }
  };

  if (!geladen) return <Ladeanzeige />;
  return (
    <>
      <Seitentitel titel={t.titel} vorzeile={t.vorzeile} einleitung={t.einleitung} />
      {!darf ? <Alert typ="info" ansage="keine">{t.nurLesen}</Alert> : null}
      {meldung ? <Alert typ={meldung.typ}>{meldung.text}</Alert> : null}
      {darf ? <EintragFormular key={bearbeitet?.id ?? 'neu'} eintrag={bearbeitet} fertig={fertig} abbrechen={() => setBearbeitet(null)} /> : null}

      <section aria-labelledby="thesaurus-liste">
        <h2 className="kern-heading-medium" id="thesaurus-liste">{t.tabelle}</h2>
        <form role="search" onSubmit={suchen} className="lotse-row">
          <Formularfeld label={t.suche} hinweis={t.sucheHinweis} type="search" value={eingabe} onChange={(e) => setEingabe(e.target.value)} id="thesaurus-suche" />
          <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t.suchen}</span></button>
        </form>
        {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
        {!daten && !fehler ? <Ladeanzeige /> : null}
        {daten ? (
          <>
            <p className="kern-body" role="status">{daten.total ? t.anzahl(daten.total) : t.keineTreffer}</p>
            {daten.items.length ? (
              <div className="kern-table-responsive">
                <table className="kern-table">
                  <caption className="kern-sr-only">{t.tabelle}</caption>
                  <thead className="kern-table__head">
                    <tr className="kern-table__row">
                      <th scope="col" className="kern-table__header">{t.spalteBegriff}</th>
                      <th scope="col" className="kern-table__header">{t.spalteSynonyme}</th>
                      <th scope="col" className="kern-table__header">{t.spalteHinweis}</th>
                      {darf ? <th scope="col" className="kern-table__header">{t.spalteAktionen}</th> : null}
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {daten.items.map((e) => (
                      <tr className="kern-table__row" key={e.id}>
                        <th scope="row" className="kern-table__cell">{e.begriff}</th>
                        <td className="kern-table__cell">{e.synonyme.join(', ')}</td>
                        <td className="kern-table__cell">{e.hinweis}</td>
                        {darf ? (
                          <td className="kern-table__cell">
                            <div className="lotse-knopfleiste">
                              <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" aria-label={t.bearbeitenVon(e.begriff)} onClick={() => setBearbeitet(e)}>
                                <span className="kern-label">{t.bearbeiten}</span>
                              </button>
                              <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" aria-label={t.loeschenVon(e.begriff)} onClick={() => loeschen(e)}>
                                <span className="kern-label">{t.loeschen}</span>
                              </button>
                            </div>
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            <Blaettern total={daten.total} limit={LIMIT} offset={offset} ziel={(o) => `?${new URLSearchParams({ ...(q ? { q } : {}), offset: String(o) })}`} />
          </>
        ) : null}
      </section>
    </>
  );
}
