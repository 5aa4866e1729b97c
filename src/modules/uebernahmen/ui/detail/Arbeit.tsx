import { useState, type FormEvent } from 'react';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Formularfeld } from '../../../../web/komponenten/index.ts';
import { fehlertext, type Detail } from '../teile.tsx';
import { uebernahmen as t } from '../texte.ts';

const PHASEN = ['verstehen', 'anpassen', 'uebernehmen', 'verstetigen'] as const;
type Props = { u: Detail; geaendert: (d: Detail, m: string) => void };

/** Checklist per phase, milestones and document links of a project. */
export function Arbeit({ u, geaendert }: Props) {
  const [fehler, setFehler] = useState<string | null>(null);
  const d = t.detail;
  const darf = u.moeglich.bearbeiten;
  const senden = async (pfad: string, method: string, body: unknown) => {
    setFehler(null);
    try {
      geaendert(await api<Detail>(`/api/uebernahmen/${u.id}${pfad}`, { method, body }), d.gespeichert);
      return true;
    } catch (e) {
      setFehler(fehlertext(e));
      return false;
    }
  };
  return (
    <>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      <section className="lotse-abschnitt" aria-labelledby="ue-checkliste">
        <h2 className="kern-heading-medium" id="ue-checkliste">{d.checkliste}</h2>
        {darf ? <p className="kern-body kern-body--small">{d.checklisteHinweis}</p> : null}
        {PHASEN.map((p) => (
          <div key={p}>
            <fieldset className="kern-fieldset">
              <legend className="kern-label">{d.checklistePhase(t.phase[p])}</legend>
              <div className="kern-fieldset__body">
                {u.checkliste.filter((c) => c.phase === p).map((c) => (
                  <div key={c.id} className="lotse-knopfleiste">
                    <div className="kern-form-check">
                      <input className="kern-form-check__checkbox" type="checkbox" id={`ue-punkt-${c.id}`} checked={c.erledigt} disabled={!darf} onChange={(e) => void senden(`/checkliste/${c.id}`, 'PATCH', { erledigt: e.target.checked })} />
                      <label className="kern-label" htmlFor={`ue-punkt-${c.id}`}>{c.text}</label>
                    </div>
                    {darf ? <PunktBearbeiten id={c.id} text={c.text} senden={senden} /> : null}
                  </div>
                ))}
              </div>
            </fieldset>
            {darf ? <PunktNeu phase={p} senden={senden} /> : null}
          </div>
        ))}
      </section>
      <section className="lotse-abschnitt" aria-labelledby="ue-meilensteine">
        <h2 className="kern-heading-medium" id="ue-meilensteine">{d.meilensteine}</h2>
        {u.meilensteine.length ? (
          <ul className="lotse-liste-ohne lotse-stapel">
            {u.meilensteine.map((m) => (
              <li key={m.id} className="kern-form-check">
                <input className="kern-form-check__checkbox" type="checkbox" id={`ue-ms-${m.id}`} checked={m.erledigt} disabled={!darf} onChange={(e) => void senden(`/meilensteine/${m.id}`, 'PATCH', { erledigt: e.target.checked })} />
                <label className="kern-label" htmlFor={`ue-ms-${m.id}`}>
                  {m.titel} ({t.phase[m.phase]}; {m.faelligAm ? d.faellig(t.datum(m.faelligAm)) : d.ohneDatum}{m.verantwortlich ? `; ${m.verantwortlich}` : ''}{m.quelle === 'check' ? `; ${d.ausCheck}` : ''})
                </label>
              </li>
            ))}
          </ul>
        ) : <p className="kern-body">{d.meilensteineLeer}</p>}
        {darf ? <MeilensteinFormular senden={senden} /> : null}
      </section>
      <section className="lotse-abschnitt" aria-labelledby="ue-dokumente">
        <h2 className="kern-heading-medium" id="ue-dokumente">{d.dokumente}</h2>
        {u.dokumente.length ? (
          <ul className="kern-list">{u.dokumente.map((x) => <li key={x.id} className="kern-body"><a className="kern-link" href={x.url} rel="noopener noreferrer">{x.titel}</a></li>)}</ul>
        ) : <p className="kern-body">{d.dokumenteLeer}</p>}
        {darf ? <DokumentFormular senden={senden} /> : null}
      </section>
    </>
  );
}

type Senden = (pfad: string, method: string, body: unknown) => Promise<boolean>;

/** Rename or remove one item of this project's checklist (the solution's template stays). */
function PunktBearbeiten({ id, text, senden }: { id: string; text: string; senden: Senden }) {
  const d = t.detail;
  const [offen, setOffen] = useState(false);
  const [neu, setNeu] = useState(text);
  const [fehler, setFehler] = useState<string | undefined>();
  const speichern = async (e: FormEvent) => {
    e.preventDefault();
    if (neu.trim().length < 3) return setFehler(d.fehlerPunkt);
    setFehler(undefined);
    if (await senden(`/checkliste/${id}`, 'PATCH', { text: neu.trim() })) setOffen(false);
  };
  if (!offen) {
    return (
      <>
        <button type="button" className="kern-btn kern-btn--tertiary" aria-label={d.punktUmbenennen(text)} onClick={() => { setNeu(text); setOffen(true); }}><span className="kern-label">{d.umbenennen}</span></button>
        <button type="button" className="kern-btn kern-btn--tertiary" aria-label={d.punktEntfernen(text)} onClick={() => void senden(`/checkliste/${id}`, 'DELETE', undefined)}><span className="kern-label">{d.entfernen}</span></button>
      </>
    );
  }
  return (
    <form className="lotse-formular" onSubmit={speichern} noValidate aria-label={d.punktUmbenennen(text)}>
      <Formularfeld id={`ue-punkt-text-${id}`} label={d.punktNeuerText(text)} value={neu} onChange={(e) => setNeu(e.target.value)} fehler={fehler} maxLength={300} autoFocus />
      <div className="lotse-knopfleiste">
        <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{d.speichern}</span></button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setOffen(false)}><span className="kern-label">{d.abbrechen}</span></button>
      </div>
    </form>
  );
}

/** Add an item to one phase of this project's checklist. */
function PunktNeu({ phase, senden }: { phase: (typeof PHASEN)[number]; senden: Senden }) {
  const d = t.detail;
  const [text, setText] = useState('');
  const [fehler, setFehler] = useState<string | undefined>();
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (text.trim().length < 3) return setFehler(d.fehlerPunkt);
    setFehler(undefined);
    if (await senden('/checkliste', 'POST', { phase, text: text.trim() })) setText('');
  };
  return (
    <form className="lotse-formular" onSubmit={absenden} noValidate aria-label={d.punktHinzufuegen(t.phase[phase])}>
      <Formularfeld id={`ue-punkt-neu-${phase}`} label={d.punktNeu(t.phase[phase])} value={text} onChange={(e) => setText(e.target.value)} fehler={fehler} maxLength={300} />
      <div className="lotse-knopfleiste"><button type="submit" className="kern-btn kern-btn--secondary" aria-label={d.punktHinzufuegen(t.phase[phase])}><span className="kern-label">{d.hinzufuegen}</span></button></div>
    </form>
  );
}

function MeilensteinFormular({ senden }: { senden: Senden }) {
  const d = t.detail;
  const [titel, setTitel] = useState('');
  const [phase, setPhase] = useState('anpassen');
  const [wer, setWer] = useState('');
  const [datum, setDatum] = useState('');
  const [fehler, setFehler] = useState<string | undefined>();
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (titel.trim().length < 3) return setFehler(d.fehlerTitel);
    setFehler(undefined);
    if (await senden('/meilensteine', 'POST', { titel: titel.trim(), phase, verantwortlich: wer.trim(), faelligAm: datum || null })) {
      setTitel('');
      setWer('');
      setDatum('');
    }
  };
  return (
    <form className="lotse-formular" onSubmit={absenden} noValidate aria-label={d.meilensteinNeu}>
      <h3 className="kern-heading-small">{d.meilensteinNeu}</h3>
      <Formularfeld id="ue-ms-titel" label={d.meilensteinTitel} fehler={fehler} value={titel} onChange={(e) => setTitel(e.target.value)} />
      <Auswahl id="ue-ms-phase" label={d.meilensteinPhase} value={phase} onChange={(e) => setPhase(e.target.value)} optionen={PHASEN.map((p) => ({ wert: p, text: t.phase[p] }))} />
      <Formularfeld id="ue-ms-wer" label={d.meilensteinWer} optional value={wer} onChange={(e) => setWer(e.target.value)} />
      <Formularfeld id="ue-ms-datum" type="date" label={d.meilensteinDatum} optional value={datum} onChange={(e) => setDatum(e.target.value)} />
      <div className="lotse-knopfleiste"><button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{d.meilensteinSpeichern}</span></button></div>
    </form>
  );
}

function DokumentFormular({ senden }: { senden: Senden }) {
  const d = t.detail;
  const [titel, setTitel] = useState('');
  const [url, setUrl] = useState('');
  const [fehler, setFehler] = useState<{ titel?: string; url?: string }>({});
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    const f = { titel: titel.trim().length < 3 ? d.fehlerTitel : undefined, url: /^https?:\/\/\S+$/.test(url.trim()) ? undefined : d.fehlerUrl };
    setFehler(f);
    if (f.titel || f.url) return;
    if (await senden('/dokumente', 'POST', { titel: titel.trim(), url: url.trim() })) {
      setTitel('');
      setUrl('');
    }
  };
  return (
    <form className="lotse-formular" onSubmit={absenden} noValidate aria-label={d.dokumentSpeichern}>
      <Formularfeld id="ue-dok-titel" label={d.dokumentTitel} fehler={fehler.titel} value={titel} onChange={(e) => setTitel(e.target.value)} />
      <Formularfeld id="ue-dok-url" type="url" label={d.dokumentUrl} fehler={fehler.url} value={url} onChange={(e) => setUrl(e.target.value)} />
      <div className="lotse-knopfleiste"><button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{d.dokumentSpeichern}</span></button></div>
    </form>
  );
}
