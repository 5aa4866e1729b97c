import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, Ladeanzeige, Seitentitel, Tabelle, useDaten, useFormular } from '../../../../web/komponenten/index.ts';
import { useKonto } from '../../../../web/konto.tsx';
import { ROLLE_TEXT, dialog as t } from './texte.ts';

interface Liste { items: { id: string; titel: string; datum: string; ort: string; ziel: { id: string; aussage: string } | null; teilnehmende: number; hypothesen: number }[]; darfSchreiben: boolean }
interface Ziele { items: { id: string; aussage: string }[] }
const ROLLEN = ['verwaltung', 'politik', 'traeger', 'zivilgesellschaft'] as const;

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
                <Tabelle beschriftung={t.tabelle} spalten={[{ titel: t.spalteTitel }, { titel: t.spalteDatum }, { titel: t.spalteZiel }, { titel: t.spalteTeilnehmende, zahl: true }, { titel: t.spalteHypothesen, zahl: true }]}>
                  {d.daten.items.map((x) => (
                    <tr className="kern-table__row" key={x.id}>
                      <th scope="row" className="kern-table__header"><Link className="kern-link" to={`/wirkung/dialoge/${x.id}`}>{x.titel}</Link></th>
                      <td className="kern-table__cell">{t.datum(x.datum)}</td>
                      <td className="kern-table__cell">{x.ziel?.aussage ?? ''}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">{x.teilnehmende}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">{x.hypothesen}</td>
                    </tr>
                  ))}
                </Tabelle>
              ) : <p className="kern-body">{t.leer}</p>}
              {d.daten.darfSchreiben ? <NeuerDialog kommuneId={kommuneId} /> : null}
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
  const f = useFormular('dialog-neu', {
    titel: '', datum: new Date().toISOString().slice(0, 10), ort: '', zielId: params.get('ziel') ?? '',
    verwaltung: '', politik: '', traeger: '', zivilgesellschaft: '',
  });
  const senden = f.absenden(
    (w) => {
      const fehler: Partial<Record<keyof typeof w, string>> = {
        titel: w.titel.trim() ? undefined : t.neu.fehlerTitel,
        datum: /^\d{4}-\d{2}-\d{2}$/.test(w.datum) ? undefined : t.neu.fehlerDatum,
      };
      for (const r of ROLLEN) if (teilnehmendeAus(w[r], r) === null) fehler[r] = t.neu.fehlerZahl;
      if (!fehler.verwaltung && ROLLEN.every((r) => !teilnehmendeAus(w[r], r)?.length)) fehler.verwaltung = t.neu.fehlerNiemand;
      return fehler;
    },
    async (w) => {
      const teilnehmende = ROLLEN.flatMap((r) => teilnehmendeAus(w[r], r) ?? []);
      const zielId = w.zielId || z.daten?.items[0]?.id || null;
      const r = await api<{ id: string }>('/api/wirkung/dialoge', { body: { kommuneId, titel: w.titel.trim(), datum: w.datum, ort: w.ort.trim(), zielId, teilnehmende } });
      navigate(`/wirkung/dialoge/${r.id}`);
    },
  );
  if (z.fehler) return <Alert typ="danger">{z.fehler}</Alert>;
  if (!z.daten) return <Ladeanzeige text={t.laden} />;
  return (
    <section className="lotse-abschnitt" aria-labelledby="dialog-neu-ueberschrift">
      <h2 className="kern-heading-medium" id="dialog-neu-ueberschrift">{t.neu.titel}</h2>
      {!z.daten.items.length ? <p className="kern-body">{t.neu.keineZiele} <Link className="kern-link" to="/wirkung/ziele">{t.neu.zuDenZielen}</Link></p> : (
        <>
          <Fehlerliste fehler={f.fehlerliste} version={f.version} />
          {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
          <form className="lotse-formular" onSubmit={senden} noValidate aria-labelledby="dialog-neu-ueberschrift">
            <Formularfeld label={t.neu.titelFeld} maxLength={200} autoComplete="off" {...f.feld('titel')} />
            <Formularfeld label={t.neu.datum} type="date" {...f.feld('datum')} />
            <Formularfeld label={t.neu.ort} optional maxLength={200} autoComplete="off" {...f.feld('ort')} />
            <Auswahl label={t.neu.ziel} {...f.feld('zielId')} optionen={z.daten.items.map((x) => ({ wert: x.id, text: x.aussage }))} />
            <fieldset className="kern-fieldset">
              <legend className="kern-label">{t.neu.rollenTitel}</legend>
              <p className="kern-body kern-body--small">{t.neu.rollenHinweis}</p>
              {ROLLEN.map((r) => <Formularfeld key={r} label={t.neu.rolle(ROLLE_TEXT[r]!)} optional autoComplete="off" {...f.feld(r)} />)}
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
