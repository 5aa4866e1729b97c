import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, type Feldfehler } from '../../../../web/komponenten/index.ts';
import { fehlertext, Textfeld, type Detail } from '../teile.tsx';
import { uebernahmen as t } from '../texte.ts';

type Props = { u: Detail; geaendert: (d: Detail, m: string) => void };
const r = t.rueckmeldung;
const a = r.ausZielen;

/** Answer of `GET /api/wirkung/uebernahmen/:id/wirkung` (module wirkung, decision 0152), as far as the form needs it. */
type JahresWert = { jahr: number; wert: number } | null;
type Wirkung = {
  beginn: string;
  ziele: { id: string; aussage: string }[];
  erreichteStufe: number | null;
  indikatoren: { id: string; name: string; einheit: string; von: JahresWert; bis: JahresWert; aenderung: number | null; entwicklung: string }[];
};

/** Short evidence sentence from the indicators that have a start and a latest value. */
function belegVorschlag(w: Wirkung): string {
  const teile = w.indikatoren.filter((i) => i.von && i.bis && i.von.jahr !== i.bis.jahr)
    .map((i) => a.belegTeil(i.name, i.von!, i.bis!, i.einheit, a.entwicklung[i.entwicklung] ?? i.entwicklung));
  return teile.length ? a.belege(teile) : '';
}

/** Due report-backs, given ones, and the form (the main form of the browser test, keyboard only). */
export function Rueckmeldungen({ u, geaendert }: Props) {
  return (
    <>
      <p className="kern-body lotse-text">{r.einleitung}</p>
      {!u.goliveAm ? <p className="kern-body">{r.vorBetrieb}</p> : (
        <>
          <h3 className="kern-heading-small">{r.offen}</h3>
          {u.offeneRueckmeldungen.length ? (
            <ul className="kern-list">{u.offeneRueckmeldungen.map((f) => <li key={f.anlass} className="kern-body">{r.offenEintrag(t.anlass[f.anlass], t.datum(f.faellig))}</li>)}</ul>
          ) : <p className="kern-body">{r.keineOffen}</p>}
        </>
      )}
      {u.rueckmeldungen.length ? (
        <>
          <h3 className="kern-heading-small">{r.gegeben}</h3>
          <ul className="kern-list">
            {u.rueckmeldungen.map((x) => (
              <li key={x.id} className="kern-body">
                {r.eintrag(t.anlass[x.anlass], x.aufwandPersonentage, t.euro(x.kostenEuro), x.wirkungsstufe)}{x.anpassungen ? ` – ${x.anpassungen}` : ''}
                {u.moeglich.anpassungUebernehmen && x.anpassungen ? <InLoesung u={u} rueckmeldungId={x.id} vorschlag={x.anpassungen} /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {u.moeglich.rueckmelden && u.offeneRueckmeldungen.length ? <Formular u={u} geaendert={geaendert} /> : null}
    </>
  );
}

function Formular({ u, geaendert }: Props) {
  const [w, setW] = useState({ anlass: u.offeneRueckmeldungen[0].anlass as string, aufwand: '', kosten: '', stufe: '', anpassungen: '', belege: '', referenz: '', oeffentlich: false });
  const [fehler, setFehler] = useState<Record<string, string | undefined>>({});
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [sendet, setSendet] = useState(false);
  const set = (k: keyof typeof w) => (v: string | boolean) => setW((a) => ({ ...a, [k]: v }));
  const zahl = (s: string) => (s.trim() === '' ? NaN : Number(s.replace(',', '.')));
  const [wirkung, setWirkung] = useState<Wirkung | null>(null);
  useEffect(() => {
    const abbruch = new AbortController();
    api<Wirkung>(`/api/wirkung/uebernahmen/${u.id}/wirkung`, { signal: abbruch.signal }).then((d) => {
      if (!d.ziele.length) return;
      setWirkung(d);
      // Proposals only: never overwrite what the user has already typed or chosen.
      setW((x) => ({ ...x, stufe: x.stufe || (d.erreichteStufe ? String(d.erreichteStufe) : ''), belege: x.belege || belegVorschlag(d) }));
    }).catch(() => { /* without goals data the form works as before */ });
    return () => abbruch.abort();
  }, [u.id]);

  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    setVersion((v) => v + 1);
    const f = {
      aufwand: zahl(w.aufwand) >= 0 ? undefined : r.fehlerZahl,
      kosten: Number.isInteger(zahl(w.kosten)) && zahl(w.kosten) >= 0 ? undefined : r.fehlerZahl,
      stufe: w.stufe ? undefined : r.fehlerStufe,
    };
    setFehler(f);
    setAllgemein(null);
    if (f.aufwand || f.kosten || f.stufe) return;
    setSendet(true);
    try {
      const body = { anlass: w.anlass, aufwandPersonentage: Math.round(zahl(w.aufwand) * 2) / 2, kostenEuro: zahl(w.kosten), wirkungsstufe: Number(w.stufe), anpassungen: w.anpassungen.trim(), belege: w.belege.trim(), referenz: w.referenz.trim(), oeffentlich: w.oeffentlich };
      geaendert(await api<Detail>(`/api/uebernahmen/${u.id}/rueckmeldungen`, { body }), r.gesendet);
    } catch (err) {
      setAllgemein(fehlertext(err));
    } finally {
      setSendet(false);
    }
  };
  const liste: Feldfehler[] = [['ue-rm-aufwand', fehler.aufwand], ['ue-rm-kosten', fehler.kosten], ['ue-rm-stufe', fehler.stufe]].filter(([, x]) => x).map(([feldId, text]) => ({ feldId: feldId!, text: text! }));
  return (
    <>
      <h3 className="kern-heading-small" id="ue-rm-formular">{r.formular}</h3>
      <Fehlerliste fehler={liste} version={version} />
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      {wirkung ? <AusZielen w={wirkung} /> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="ue-rm-formular">
        <Auswahl id="ue-rm-anlass" label={r.anlassFeld} value={w.anlass} onChange={(e) => set('anlass')(e.target.value)} optionen={u.offeneRueckmeldungen.map((f) => ({ wert: f.anlass, text: t.anlass[f.anlass] }))} />
        <Formularfeld id="ue-rm-aufwand" inputMode="decimal" label={r.aufwand} hinweis={r.aufwandHinweis} fehler={fehler.aufwand} value={w.aufwand} onChange={(e) => set('aufwand')(e.target.value)} />
        <Formularfeld id="ue-rm-kosten" inputMode="numeric" label={r.kosten} hinweis={r.kostenHinweis} fehler={fehler.kosten} value={w.kosten} onChange={(e) => set('kosten')(e.target.value)} />
        <Auswahl id="ue-rm-stufe" label={r.stufe} fehler={fehler.stufe} value={w.stufe} onChange={(e) => set('stufe')(e.target.value)} optionen={[{ wert: '', text: t.detail.phaseWaehlen }, ...[1, 2, 3, 4, 5, 6, 7].map((s) => ({ wert: String(s), text: r.stufen[s] }))]} />
        <Textfeld id="ue-rm-anpassungen" label={r.anpassungen} optional value={w.anpassungen} onChange={set('anpassungen')} />
        <Textfeld id="ue-rm-belege" label={r.belege} optional value={w.belege} onChange={set('belege')} />
        <Textfeld id="ue-rm-referenz" label={r.referenz} optional value={w.referenz} onChange={set('referenz')} zeilen={2} />
        <div className="kern-form-check">
          <input className="kern-form-check__checkbox" type="checkbox" id="ue-rm-oeffentlich" checked={w.oeffentlich} onChange={(e) => set('oeffentlich')(e.target.checked)} />
          <label className="kern-label" htmlFor="ue-rm-oeffentlich">{r.oeffentlich}</label>
        </div>
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}><span className="kern-label">{r.speichern}</span></button>
        </div>
      </form>
    </>
  );
}

/** What the project's Wirkungsziele say: the reached step and the change per indicator since the project's start. */
function AusZielen({ w }: { w: Wirkung }) {
  return (
    <section aria-labelledby="ue-rm-ziele" className="lotse-abschnitt">
      <h4 className="kern-heading-x-small" id="ue-rm-ziele">{a.titel}</h4>
      <p className="kern-body">{a.einleitung(w.ziele.map((z) => z.aussage))}</p>
      <p className="kern-body" data-testid="ue-rm-erreichte-stufe"><strong>{a.stufe(w.erreichteStufe)}</strong></p>
      {w.indikatoren.length ? (
        <table className="kern-table">
          <caption className="kern-table__caption">{a.tabelle(w.beginn)}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              {[a.spalteIndikator, a.spalteVon, a.spalteBis, a.spalteAenderung, a.spalteEntwicklung].map((s) => <th key={s} scope="col" className="kern-table__header">{s}</th>)}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {w.indikatoren.map((i) => (
              <tr key={i.id} className="kern-table__row">
                <th scope="row" className="kern-table__header">{i.name}</th>
                <td className="kern-table__cell">{a.wert(i.von, i.einheit)}</td>
                <td className="kern-table__cell">{a.wert(i.bis, i.einheit)}</td>
                <td className="kern-table__cell">{a.aenderung(i.aenderung)}</td>
                <td className="kern-table__cell">{a.entwicklung[i.entwicklung] ?? i.entwicklung}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** For the origin Kommune: take an adopter's adaptation into a revision of its solution (reviewed by the Transferstelle). */
function InLoesung({ u, rueckmeldungId, vorschlag }: { u: Detail; rueckmeldungId: string; vorschlag: string }) {
  const l = t.lernen;
  const [text, setText] = useState(vorschlag);
  const [meldung, setMeldung] = useState<{ typ: 'success' | 'danger'; text: string } | null>(null);
  const id = `ue-lernen-${rueckmeldungId}`;
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const a = await api<{ benachrichtigt: number }>(`/api/uebernahmen/${u.id}/rueckmeldungen/${rueckmeldungId}/in-loesung`, { body: { text: text.trim() } });
      setMeldung({ typ: 'success', text: l.erfolg(a.benachrichtigt) });
    } catch (err) {
      setMeldung({ typ: 'danger', text: fehlertext(err) });
    }
  };
  return (
    <form className="lotse-formular" onSubmit={absenden} noValidate aria-label={l.formular}>
      {meldung ? <Alert typ={meldung.typ} ansage="status">{meldung.text}</Alert> : null}
      <Textfeld id={id} label={l.feld} hinweis={l.hinweis} value={text} onChange={setText} />
      <div className="lotse-knopfleiste"><button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{l.knopf}</span></button></div>
    </form>
  );
}
