import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { loesungen as loesungenTexte } from './texte.ts';
import { hatRolle, useKonto } from '../../../web/konto.tsx';
import { SIEGEL_KRITERIEN } from '../loesungen.schemas.ts';
import { herkunftText } from './Karte.tsx';
import type { PruefKarte, SiegelKandidat } from '../loesungen.schemas.ts';

const t = loesungenTexte;
const p = t.pruefung;

type Meldung = { typ: 'success' | 'danger'; text: string } | null;

function Entscheidung({ l, fertig }: { l: PruefKarte; fertig: (m: Meldung) => void }) {
  const [entscheidung, setEntscheidung] = useState<'veroeffentlichen' | 'zurueckweisen'>('veroeffentlichen');
  const [kommentar, setKommentar] = useState('');
  const [fehler, setFehler] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  const name = `entscheidung-${l.id}`;
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    setSendet(true);
    setFehler(null);
    try {
      const r = await api<{ status: string }>(`/api/loesungen/${l.id}/pruefung`, { body: { entscheidung, kommentar } });
      fertig({ typ: 'success', text: p.entschieden(l.titel, t.status[r.status] ?? r.status) });
    } catch (err) {
      setFehler(err instanceof ApiFehler ? err.message : t.fehlerAllgemein);
    } finally {
      setSendet(false);
    }
  };
  return (
    <form onSubmit={absenden} noValidate className="lotse-formular">
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{p.entscheidung}</legend>
        <div className="kern-fieldset__body kern-fieldset__body--horizontal">
          {(['veroeffentlichen', 'zurueckweisen'] as const).map((w) => (
            <div className="kern-form-check" key={w}>
              <input className="kern-form-check__radio" type="radio" id={`${name}-${w}`} name={name} value={w} checked={entscheidung === w} onChange={() => setEntscheidung(w)} />
              <label className="kern-label" htmlFor={`${name}-${w}`}>{w === 'veroeffentlichen' ? p.veroeffentlichen : p.zurueckweisen}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`${name}-kommentar`}>{p.kommentar}</label>
        <div className="kern-hint" id={`${name}-hinweis`}>{p.kommentarHinweis}</div>
        <textarea id={`${name}-kommentar`} className="kern-form-input__input" rows={3} aria-describedby={`${name}-hinweis`} value={kommentar} onChange={(e) => setKommentar(e.target.value)} />
      </div>
      <div className="lotse-knopfleiste">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={sendet}><span className="kern-label">{p.absenden}</span></button>
      </div>
    </form>
  );
}

function SiegelFormular({ l, fertig }: { l: SiegelKandidat; fertig: (m: Meldung) => void }) {
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

export default function Pruefung() {
  const { konto, geladen } = useKonto();
  const [daten, setDaten] = useState<{ eingereicht: PruefKarte[]; siegelKandidaten: SiegelKandidat[] } | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const [meldung, setMeldung] = useState<Meldung>(null);
  // The Transferstelle only: the platform admin reads no unpublished content of a Kommune (decision 0004).
  const darf = hatRolle(konto, 'transferstelle');

  const laden = useCallback(async () => {
    try {
      setDaten(await api('/api/loesungen/pruefung'));
    } catch (e) {
      setFehler(e instanceof ApiFehler ? e.message : texte.kern.fehlerAllgemein);
    }
  }, []);
  useEffect(() => {
    if (darf) laden();
  }, [darf, laden]);
  const fertig = (m: Meldung) => {
    setMeldung(m);
    laden();
  };

  if (!geladen) return <Ladeanzeige />;
  if (!darf) {
    return (
      <>
        <Seitentitel titel={p.titel} />
        <Alert typ="info" ansage="keine">{p.nurTransferstelle}</Alert>
      </>
    );
  }
  return (
    <>
      <Seitentitel titel={p.titel} einleitung={p.einleitung} />
      {meldung ? <Alert typ={meldung.typ}>{meldung.text}</Alert> : null}
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {!daten && !fehler ? <Ladeanzeige /> : null}
      {daten ? (
        <>
          <section className="lotse-abschnitt" aria-labelledby="pruefung-eingereicht">
            <h2 className="kern-heading-medium" id="pruefung-eingereicht">{p.eingereicht} ({daten.eingereicht.length})</h2>
            {!daten.eingereicht.length ? <p className="kern-body">{p.keineEingereicht}</p> : null}
            <ul className="lotse-liste-ohne lotse-stapel">
              {daten.eingereicht.map((l) => (
                <li key={l.id}>
                  <article className="kern-card">
                    <div className="kern-card__container">
                      <header className="kern-card__header">
                        <h3 className="kern-title kern-title--medium"><Link className="kern-link" to={`/loesungen/${l.id}`}>{l.titel}</Link></h3>
                      </header>
                      <div className="kern-card__body">
                        <p className="kern-body kern-body--small">
                          {p.von(herkunftText(l))} · {l.ueberarbeitung ? p.ueberarbeitung(l.version ?? 1) : t.detail.version(l.version ?? 1)}
                          {l.siegel ? ` · ${t.siegel}` : ''}{l.aktualisiertAm ? ` · ${new Date(l.aktualisiertAm).toLocaleDateString('de-DE')}` : ''}
                        </p>
                        <p className="kern-body">{l.zusammenfassung}</p>
                        {l.ueberarbeitung ? (
                          <>
                            <p className="kern-body kern-body--small">{p.ueberarbeitungHinweis}</p>
                            <p className="kern-body"><Link className="kern-link" to={`/loesungen/${l.id}#l-ueberarbeitung`}>{p.ueberarbeitungAnsehen(l.titel)}</Link></p>
                          </>
                        ) : null}
                        <Entscheidung l={l} fertig={fertig} />
                      </div>
                    </div>
                  </article>
                </li>
              ))}
            </ul>
          </section>
          <section className="lotse-abschnitt" aria-labelledby="pruefung-kandidaten">
            <h2 className="kern-heading-medium" id="pruefung-kandidaten">{p.kandidaten} ({daten.siegelKandidaten.length})</h2>
            <p className="kern-body">{p.kandidatenEinleitung}</p>
            {!daten.siegelKandidaten.length ? <p className="kern-body">{p.keineKandidaten}</p> : null}
            <ul className="lotse-liste-ohne lotse-stapel">
              {daten.siegelKandidaten.map((l) => (
                <li key={l.id}>
                  <details className="lotse-details">
                    <summary className="kern-body">{l.titel} – {p.von(herkunftText(l))}, {p.nutzungen(l.nutzungen)}</summary>
                    <p className="kern-body"><Link className="kern-link" to={`/loesungen/${l.id}`}>{l.titel}</Link></p>
                    <SiegelFormular l={l} fertig={fertig} />
                  </details>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </>
  );
}
