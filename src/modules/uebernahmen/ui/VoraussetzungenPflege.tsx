import { useState, type FormEvent } from 'react';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Ladeanzeige, useDaten } from '../../../web/komponenten/index.ts';
import { fehlertext } from './teile.tsx';
import { voraussetzungenTexte as t } from './texte-vorlagen.ts';

type Baustein = keyof typeof t.bausteine;
interface Voraussetzungen {
  bausteine: Baustein[];
  fachverfahren: string[];
  groessenklasseVon: number | null;
  groessenklasseBis: number | null;
  budgetEuro: number | null;
  personentage: number | null;
  rechtsgrundlageLaender: string[];
  rechtsgrundlageText: string;
}
/** The form holds text; the request turns it into the API's shape (empty = null / no entry). */
interface Eingabe {
  bausteine: Baustein[];
  fachverfahren: string;
  groessenklasseVon: string;
  groessenklasseBis: string;
  budgetEuro: string;
  personentage: string;
  laender: string;
  rechtsgrundlageText: string;
}

const zuText = (n: number | null) => (n === null ? '' : String(n));
const zuZahl = (s: string) => (s.trim() === '' ? null : Number(s.trim().replace(/\./g, '').replace(',', '.')));
const liste = (s: string, trenner: RegExp) => s.split(trenner).map((x) => x.trim()).filter(Boolean);

function alsEingabe(v: Voraussetzungen): Eingabe {
  return {
    bausteine: v.bausteine, fachverfahren: v.fachverfahren.join('\n'), groessenklasseVon: zuText(v.groessenklasseVon),
    groessenklasseBis: zuText(v.groessenklasseBis), budgetEuro: zuText(v.budgetEuro), personentage: zuText(v.personentage),
    laender: v.rechtsgrundlageLaender.join(', '), rechtsgrundlageText: v.rechtsgrundlageText,
  };
}

function alsAnfrage(e: Eingabe): Voraussetzungen {
  return {
    bausteine: e.bausteine, fachverfahren: liste(e.fachverfahren, /\n/), groessenklasseVon: zuZahl(e.groessenklasseVon),
    groessenklasseBis: zuZahl(e.groessenklasseBis), budgetEuro: zuZahl(e.budgetEuro), personentage: zuZahl(e.personentage),
    rechtsgrundlageLaender: liste(e.laender.toUpperCase(), /[,;\s]+/), rechtsgrundlageText: e.rechtsgrundlageText.trim(),
  };
}

/**
 * „Voraussetzungen für die Übernahme“ for members of a solution's origin Kommune: what an adopting Kommune needs
 * (the Übertragbarkeits-Check compares it with the adopter's self-check and directory data), saved through
 * PUT /api/uebernahmen/voraussetzungen/:loesungId (the API decides who may write and checks every value).
 */
export function VoraussetzungenPflege({ loesungId }: { loesungId: string }) {
  const daten = useDaten<{ voraussetzungen: Voraussetzungen }>(`/api/uebernahmen/voraussetzungen/${loesungId}`);
  if (daten.laedt && !daten.daten) return <Ladeanzeige />;
  if (daten.fehler || !daten.daten) return <Alert typ="danger">{daten.fehler ?? ''}</Alert>;
  return <Formular loesungId={loesungId} anfang={alsEingabe(daten.daten.voraussetzungen)} />;
}

function Formular({ loesungId, anfang }: { loesungId: string; anfang: Eingabe }) {
  const [e, setE] = useState<Eingabe>(anfang);
  const [fehler, setFehler] = useState<string | null>(null);
  const [einzeln, setEinzeln] = useState<string[]>([]);
  const [ok, setOk] = useState(false);
  const [sendet, setSendet] = useState(false);
  const setze = <K extends keyof Eingabe>(k: K, w: Eingabe[K]) => { setOk(false); setE({ ...e, [k]: w }); };
  const id = (feld: string) => `voraussetzung-${feld}-${loesungId}`;
  const speichern = async (ev: FormEvent) => {
    ev.preventDefault();
    if (sendet) return;
    setSendet(true);
    setFehler(null);
    setEinzeln([]);
    try {
      const d = await api<{ voraussetzungen: Voraussetzungen }>(`/api/uebernahmen/voraussetzungen/${loesungId}`, { method: 'PUT', body: alsAnfrage(e) });
      setE(alsEingabe(d.voraussetzungen));
      setOk(true);
    } catch (err) {
      setFehler(fehlertext(err));
      // The API names each wrong value („Größenklasse: 1 bis 7.“); show them under its summary.
      if (err instanceof ApiFehler) setEinzeln(err.details.map((d) => (d as { meldung?: string }).meldung ?? '').filter(Boolean));
    } finally {
      setSendet(false);
    }
  };
  const textfeld = (feld: keyof Eingabe, label: string, hilfe?: string, art: 'text' | 'zahl' = 'text') => (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id(feld)}>{label}</label>
      {hilfe ? <div className="kern-hint" id={`${id(feld)}-hilfe`}>{hilfe}</div> : null}
      <input className="kern-form-input__input" id={id(feld)} type="text" inputMode={art === 'zahl' ? 'numeric' : undefined}
        aria-describedby={hilfe ? `${id(feld)}-hilfe` : undefined} value={e[feld] as string}
        onChange={(x) => setze(feld, x.target.value as never)} />
    </div>
  );
  return (
    <section className="lotse-abschnitt" aria-labelledby={id('titel')}>
      <h2 className="kern-heading-medium" id={id('titel')}>{t.titel}</h2>
      <p className="kern-body">{t.hinweis}</p>
      <form className="lotse-stapel" onSubmit={speichern} noValidate>
        {fehler ? (
          <Alert typ="danger">
            {fehler}
            {einzeln.length ? <ul>{einzeln.map((m, i) => <li key={i}>{m}</li>)}</ul> : null}
          </Alert>
        ) : null}
        {ok ? <Alert typ="success">{t.gespeichert}</Alert> : null}
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t.bausteineLegende}</legend>
          {(Object.keys(t.bausteine) as Baustein[]).map((b) => (
            <div key={b} className="kern-form-check">
              <input className="kern-form-check__checkbox" type="checkbox" id={id(`baustein-${b}`)} checked={e.bausteine.includes(b)}
                onChange={(x) => setze('bausteine', x.target.checked ? [...e.bausteine, b] : e.bausteine.filter((y) => y !== b))} />
              <label className="kern-label" htmlFor={id(`baustein-${b}`)}>{t.bausteine[b]}</label>
            </div>
          ))}
        </fieldset>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={id('fachverfahren')}>{t.fachverfahren}</label>
          <div className="kern-hint" id={`${id('fachverfahren')}-hilfe`}>{t.fachverfahrenHilfe}</div>
          <textarea className="kern-form-input__input" id={id('fachverfahren')} rows={3} aria-describedby={`${id('fachverfahren')}-hilfe`}
            value={e.fachverfahren} onChange={(x) => setze('fachverfahren', x.target.value)} />
        </div>
        {textfeld('groessenklasseVon', t.groessenklasseVon, t.groessenklasseHilfe, 'zahl')}
        {textfeld('groessenklasseBis', t.groessenklasseBis, undefined, 'zahl')}
        {textfeld('budgetEuro', t.budget, undefined, 'zahl')}
        {textfeld('personentage', t.personentage, undefined, 'zahl')}
        {textfeld('laender', t.laender, t.laenderHilfe)}
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={id('recht')}>{t.rechtsgrundlage}</label>
          <textarea className="kern-form-input__input" id={id('recht')} rows={2} maxLength={500}
            value={e.rechtsgrundlageText} onChange={(x) => setze('rechtsgrundlageText', x.target.value)} />
        </div>
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}>
            <span className="kern-label">{sendet ? t.sendet : t.speichern}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
