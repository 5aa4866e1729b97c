import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, Ladeanzeige, Seitentitel, Tabelle, useDaten, useFormular } from '../../../../web/komponenten/index.ts';
import { useKonto } from '../../../../web/konto.tsx';
import { ROLLE_TEXT, dialog as t } from './texte.ts';

interface Liste { items: { id: string; titel: string; datum: string; ort: string; ziel: { id: string; aussage: string } | null; indikatoren: number; teilnehmende: number; hypothesen: number }[]; darfSchreiben: boolean }
interface Ziele { items: { id: string; aussage: string }[] }
interface Indikatoren { items: { id: string; name: string; einheit: string }[] }
const ROLLEN = ['verwaltung', 'politik', 'traeger', 'zivilgesellschaft'] as const;
/** Errors of the API about the subject (decision 0150); they belong to the subject group, not to the general box. */
const GEGENSTAND_CODES = new Set(['wirkungsdialog.ohne_gegenstand', 'wirkungsdialog.ziel_unbekannt', 'wirkungsdialog.indikator_unbekannt']);

/** „2“ → two people without names; „A, B“ → two named people; empty → nobody. null: not understood. */
export function teilnehmendeAus(eingabe: string, rolle: string): { name: string; rolle: string }[] | null {
  const s = eingabe.trim();
  if (!s) return [];
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    return n >= 1 && n <= 100 ? Array.from({ length: n }, () => ({ name: '', rolle })) : null;
  }
  return s.split(',').map((x) => x.trim()).filter(Boolean).map((name) => ({ name, rolle }));
}

/** /wirkung/dialoge – list of the Kommune's Wirkungsdialoge and a keyboard form to prepare a new one (`?ziel=` pre-selects a goal). */
export default function Dialoge() {
  const { konto } = useKonto();
  const kommunen = konto?.mitgliedschaften ?? [];
  const [kommuneId, setKommuneId] = useState(kommunen[0]?.kommuneId ?? '');
  const d = useDaten<Liste>(kommuneId ? `/api/wirkung/dialoge?kommuneId=${kommuneId}` : null);
  return (
    <>
      <Seitentitel titel={t.titel} />
      <p className="kern-body lotse-text">{t.einleitung}</p>
      {!kommunen.length ? <Alert typ="info">{t.keineKommune}</Alert> : (
        <>
          {kommunen.length > 1 ? (
            <Auswahl label={t.kommune} value={kommuneId} onChange={(e) => setKommuneId(e.target.value)} optionen={kommunen.map((k) => ({ wert: k.kommuneId, text: k.kommuneName }))} />
          ) : null}
          {d.fehler ? <Alert typ="danger">{d.fehler}</Alert> : !d.daten ? <Ladeanzeige text={t.laden} /> : (
            <>
              {d.daten.items.length ? (
                <Tabelle beschriftung={t.tabelle} spalten={[{ titel: t.spalteTitel }, { titel: t.spalteDatum }, { titel: t.spalteGegenstand }, { titel: t.spalteTeilnehmende, zahl: true }, { titel: t.spalteHypothesen, zahl: true }]}>
                  {d.daten.items.map((x) => (
                    <tr className="kern-table__row" key={x.id}>
                      <th scope="row" className="kern-table__header"><Link className="kern-link" to={`/wirkung/dialoge/${x.id}`}>{x.titel}</Link></th>
                      <td className="kern-table__cell">{t.datum(x.datum)}</td>
                      <td className="kern-table__cell">{t.gegenstand(x.ziel?.aussage ?? null, x.indikatoren)}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">{x.teilnehmende}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">{x.hypothesen}</td>
                    </tr>
                  ))}
                </Tabelle>
              ) : <p className="kern-body">{t.leer}</p>}
              {d.daten.darfSchreiben ? <NeuerDialog key={kommuneId} kommuneId={kommuneId} /> : null}
            </>
          )}
        </>
      )}
    </>
  );
}

function NeuerDialog({ kommuneId }: { kommuneId: string }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const z = useDaten<Ziele>(`/api/wirkung/ziele?kommuneId=${kommuneId}`);
  const ind = useDaten<Indikatoren>(`/api/wirkung/indikatoren?kommuneId=${kommuneId}`);
  // `?indikator=<id>` (repeatable) pre-selects own indicators, like `?ziel=` pre-selects a goal.
  const [auswahl, setAuswahl] = useState<string[]>(() => params.getAll('indikator'));
  const f = useFormular('dialog-neu', {
    titel: '', datum: new Date().toISOString().slice(0, 10), ort: '', zielId: params.get('ziel') ?? '',
    gegenstand: '', verwaltung: '', politik: '', traeger: '', zivilgesellschaft: '',
  });
  const ziele = z.daten?.items ?? [];
  const indikatoren = ind.daten?.items ?? [];
  const gewaehlt = auswahl.filter((id) => indikatoren.some((i) => i.id === id));
  const senden = f.absenden(
    (w) => {
      const fehler: Partial<Record<keyof typeof w, string>> = {
        titel: w.titel.trim() ? undefined : t.neu.fehlerTitel,
        datum: /^\d{4}-\d{2}-\d{2}$/.test(w.datum) ? undefined : t.neu.fehlerDatum,
      };
      for (const r of ROLLEN) if (teilnehmendeAus(w[r], r) === null) fehler[r] = t.neu.fehlerZahl;
      if (!fehler.verwaltung && ROLLEN.every((r) => !teilnehmendeAus(w[r], r)?.length)) fehler.verwaltung = t.neu.fehlerNiemand;
      // The API decides about the subject (decision 0153); only when the form goes back anyway it is named at once.
      if (Object.values(fehler).some(Boolean) && !w.zielId && !gewaehlt.length) fehler.gegenstand = t.neu.fehlerGegenstand;
      return fehler;
    },
    async (w) => {
      const teilnehmende = ROLLEN.flatMap((r) => teilnehmendeAus(w[r], r) ?? []);
      try {
        const r = await api<{ id: string }>('/api/wirkung/dialoge', { body: { kommuneId, titel: w.titel.trim(), datum: w.datum, ort: w.ort.trim(), zielId: w.zielId || null, indikatorIds: gewaehlt, teilnehmende } });
        navigate(`/wirkung/dialoge/${r.id}`);
      } catch (e) {
        if (!(e instanceof ApiFehler && GEGENSTAND_CODES.has(e.code))) throw e;
        f.setFehler({ gegenstand: e.message });
      }
    },
  );
  const daten = z.fehler || ind.fehler;
  if (daten) return <Alert typ="danger">{daten}</Alert>;
  if (!z.daten || !ind.daten) return <Ladeanzeige text={t.laden} />;
  const gegenstandFehler = f.fehler.gegenstand;
  // The error list links to the first control of the subject group.
  const erstesFeld = f.feldId('gegenstand');
  return (
    <section className="lotse-abschnitt" aria-labelledby="dialog-neu-ueberschrift">
      <h2 className="kern-heading-medium" id="dialog-neu-ueberschrift">{t.neu.titel}</h2>
      {!ziele.length && !indikatoren.length ? (
        <p className="kern-body">{t.neu.keinGegenstand} <Link className="kern-link" to="/wirkung/ziele">{t.neu.zuDenZielen}</Link></p>
      ) : (
        <>
          <Fehlerliste fehler={f.fehlerliste} version={f.version} />
          {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
          <form className="lotse-formular" onSubmit={senden} noValidate aria-labelledby="dialog-neu-ueberschrift">
            <Formularfeld label={t.neu.titelFeld} maxLength={200} autoComplete="off" {...f.feld('titel')} />
            <Formularfeld label={t.neu.datum} type="date" {...f.feld('datum')} />
            <Formularfeld label={t.neu.ort} optional maxLength={200} autoComplete="off" {...f.feld('ort')} />
            <fieldset
              className={`kern-fieldset${gegenstandFehler ? ' kern-fieldset--error' : ''}`}
              aria-describedby={`${erstesFeld}-hinweis${gegenstandFehler ? ` ${erstesFeld}-fehler` : ''}`}
            >
              <legend className="kern-label">{t.neu.gegenstand}</legend>
              <div className="kern-hint" id={`${erstesFeld}-hinweis`}>{t.neu.gegenstandHinweis}</div>
              <div className="kern-fieldset__body">
                {ziele.length ? (
                  <Auswahl
                    label={t.neu.ziel}
                    {...f.feld('zielId')}
                    id={erstesFeld}
                    optionen={[{ wert: '', text: t.neu.keinZiel }, ...ziele.map((x) => ({ wert: x.id, text: x.aussage }))]}
                  />
                ) : <p className="kern-body">{t.neu.keineZiele} <Link className="kern-link" to="/wirkung/ziele">{t.neu.zuDenZielen}</Link></p>}
                {indikatoren.length ? (
                  <fieldset className="kern-fieldset">
                    <legend className="kern-label">{t.neu.indikatoren}</legend>
                    <div className="kern-fieldset__body">
                      {indikatoren.map((i, n) => {
                        const id = n === 0 && !ziele.length ? erstesFeld : `dialog-neu-indikator-${i.id}`;
                        return (
                          <div key={i.id} className={`kern-form-check${gegenstandFehler ? ' kern-form-check--error' : ''}`}>
                            <input
                              className="kern-form-check__checkbox"
                              type="checkbox"
                              id={id}
                              checked={auswahl.includes(i.id)}
                              onChange={(e) => setAuswahl((a) => (e.target.checked ? [...a, i.id] : a.filter((x) => x !== i.id)))}
                            />
                            <label className="kern-label" htmlFor={id}>{i.name}</label>
                          </div>
                        );
                      })}
                    </div>
                  </fieldset>
                ) : <p className="kern-body">{t.neu.keineIndikatoren}</p>}
              </div>
              {gegenstandFehler ? (
                <p className="kern-error" id={`${erstesFeld}-fehler`}>
                  <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
                  <span className="kern-body">{gegenstandFehler}</span>
                </p>
              ) : null}
            </fieldset>
            <fieldset className="kern-fieldset" aria-describedby="dialog-neu-rollen-hinweis">
              <legend className="kern-label">{t.neu.rollenTitel}</legend>
              <div className="kern-hint" id="dialog-neu-rollen-hinweis">{t.neu.rollenHinweis}</div>
              <div className="kern-fieldset__body">
                {ROLLEN.map((r) => <Formularfeld key={r} label={t.neu.rolle(ROLLE_TEXT[r]!)} optional autoComplete="off" {...f.feld(r)} />)}
              </div>
            </fieldset>
            <div className="lotse-knopfleiste">
              <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={f.sendet || undefined}><span className="kern-label">{t.neu.speichern}</span></button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
