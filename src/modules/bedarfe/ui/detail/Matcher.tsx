import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Fehlerliste, Ladeanzeige } from '../../../../web/komponenten/index.ts';
import { BEDARF_GRENZEN } from '../../bedarfe.felder.ts';
import { bedarfe as t } from '../texte.ts';
import { Gruende, Rueckmeldung, Textfeld, fehlertext, passung, type BedarfDetail as Detail, type MatchTreffer } from '../teile.tsx';

/** Text für POST /api/matching (gleiche Regel wie matchText im Repository). */
const matchText = (b: { titel: string; beschreibung: string }) => `${b.titel}\n${b.beschreibung}`.slice(0, 2000);

/** Vorschläge der automatischen Suche; für Lotse/Transferstelle mit Rückmeldung und „Vorschlagen“. */
export function Matcher({ b, vorgeschlagen }: { b: Detail; vorgeschlagen: (d: Detail, meldung: string) => void }) {
  const [treffer, setTreffer] = useState<MatchTreffer[] | null>(null);
  const [fehler, setFehler] = useState(false);
  const [auswahl, setAuswahl] = useState<string[]>([]);
  const [notiz, setNotiz] = useState('');
  const [auswahlFehler, setAuswahlFehler] = useState<string | undefined>();
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [sendet, setSendet] = useState(false);
  const schon = new Set(b.vorschlaege.map((v) => v.loesungId));

  useEffect(() => {
    const ac = new AbortController();
    setFehler(false);
    api<MatchTreffer[]>('/api/matching', {
      body: { text: matchText(b), kommune: b.kommuneId, limit: 5, ...(b.handlungsfeld ? { handlungsfeld: b.handlungsfeld } : {}) },
      signal: ac.signal,
    })
      .then(setTreffer)
      .catch(() => !ac.signal.aborted && setFehler(true));
    return () => ac.abort();
  }, [b.id, b.titel, b.beschreibung, b.handlungsfeld, b.kommuneId]); // eslint-disable-line react-hooks/exhaustive-deps

  const kannVorschlagen = b.moeglich.vorschlagen;
  const kandidaten = (treffer ?? []).filter((x) => !schon.has(x.id));

  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    setVersion((v) => v + 1);
    setAllgemein(null);
    if (!auswahl.length) {
      setAuswahlFehler(t.vorschlagen.fehlerAuswahl);
      return;
    }
    setAuswahlFehler(undefined);
    setSendet(true);
    try {
      const d = await api<Detail>(`/api/bedarfe/${b.id}/vorschlaege`, { body: { loesungIds: auswahl, notiz: notiz.trim() } });
      setAuswahl([]);
      setNotiz('');
      vorgeschlagen(d, t.vorschlagen.erfolg(auswahl.length));
    } catch (err) {
      setAllgemein(fehlertext(err));
    } finally {
      setSendet(false);
    }
  };

  if (fehler) return <Alert typ="warning" ansage="keine">{t.matcher.fehler}</Alert>;
  if (!treffer) return <Ladeanzeige text={t.matcher.laden} />;
  if (!treffer.length) return <p className="kern-body">{t.matcher.leer}</p>;

  const liste = (
    <ul className="lotse-liste-ohne lotse-stapel">
      {treffer.map((x) => (
        <li key={x.id} className="kern-card kern-card--small">
          <div className="kern-card__container">
            <div className="kern-card__body">
              <p className="kern-title">
                <Link className="kern-link" to={`/loesungen/${x.id}`}>{x.title}</Link>{' '}
                <span className="kern-badge kern-badge--info"><span className="kern-label kern-label--small">{t.matcher.passung(passung(x.score))}</span></span>
                {schon.has(x.id) ? <span className="kern-body kern-body--small lotse-gedaempft"> – {t.matcher.bereitsVorgeschlagen}</span> : null}
              </p>
              <Gruende treffer={x} />
              {b.moeglich.begleiten ? <Rueckmeldung bedarfId={b.id} treffer={x} /> : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <p className="kern-body">{t.matcher.einleitung}</p>
      {liste}
      {kannVorschlagen ? (
        <section className="lotse-abschnitt" aria-labelledby="bedarf-vorschlagen-titel">
          <h3 className="kern-heading-small" id="bedarf-vorschlagen-titel">{t.vorschlagen.titel}</h3>
          {kandidaten.length === 0 ? (
            <p className="kern-body">{t.vorschlagen.keineKandidaten}</p>
          ) : (
            <>
              <Fehlerliste fehler={auswahlFehler ? [{ feldId: `bedarf-vorschlag-${kandidaten[0].id}`, text: auswahlFehler }] : []} version={version} />
              {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
              <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="bedarf-vorschlagen-titel">
                <fieldset className={`kern-fieldset${auswahlFehler ? ' kern-fieldset--error' : ''}`} aria-describedby="bedarf-vorschlag-hinweis">
                  <legend className="kern-label">{t.vorschlagen.auswahl}</legend>
                  <div className="kern-hint" id="bedarf-vorschlag-hinweis">{t.vorschlagen.auswahlHinweis}</div>
                  <div className="kern-fieldset__body">
                    {kandidaten.map((x) => (
                      <div key={x.id} className="kern-form-check">
                        <input
                          className="kern-form-check__checkbox"
                          type="checkbox"
                          id={`bedarf-vorschlag-${x.id}`}
                          checked={auswahl.includes(x.id)}
                          onChange={(e) => setAuswahl((a) => (e.target.checked ? [...a, x.id] : a.filter((y) => y !== x.id)))}
                        />
                        <label className="kern-label" htmlFor={`bedarf-vorschlag-${x.id}`}>{x.title}</label>
                      </div>
                    ))}
                  </div>
                </fieldset>
                <Textfeld id="bedarf-vorschlag-notiz" label={t.vorschlagen.notiz} hinweis={t.vorschlagen.notizHinweis} optional maxLength={BEDARF_GRENZEN.kommentar} zeilen={3} value={notiz} onChange={setNotiz} />
                <div className="lotse-knopfleiste">
                  <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}>
                    <span className="kern-label">{t.vorschlagen.absenden}</span>
                  </button>
                </div>
              </form>
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
