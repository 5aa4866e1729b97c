import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Ladeanzeige, Seitentitel, type Feldfehler } from '../../../web/komponenten/index.ts';
import { bedarfe as bedarfeTexte } from './texte.ts';
import { DringlichkeitText, Gruende, Rueckmeldung, StatusBadge, Textfeld, fehlertext, passung, type BedarfDetail as Detail, type MatchTreffer } from './teile.tsx';

const t = bedarfeTexte;

/** Text für POST /api/matching (gleiche Regel wie matchText im Repository). */
const matchText = (b: { titel: string; beschreibung: string }) => `${b.titel}\n${b.beschreibung}`.slice(0, 2000);

function Angaben({ b }: { b: Detail }) {
  const zeilen: [string, ReactNode][] = [
    [t.detail.kommune, b.kommuneName],
    [t.detail.status, <StatusBadge key="s" status={b.status} />],
    [t.detail.dringlichkeit, <DringlichkeitText key="d" d={b.dringlichkeit} />],
    [t.detail.handlungsfeld, b.handlungsfeld ?? t.ohneHandlungsfeld],
    [t.detail.erfasst, `${t.zeitpunkt(b.erstelltAm)} (${t.alter(b.alterTage)})`],
    [t.detail.erfasstVon, b.erstelltVon ?? t.detail.unbekannt],
  ];
  if (b.quelle) zeilen.push([t.detail.quelle, t.quelle[b.quelle] ?? b.quelle]);
  return (
    <dl className="kern-description-list">
      {zeilen.map(([k, v]) => (
        <div key={k} className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{k}</dt>
          <dd className="kern-description-list-item__value">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function StatusFormular({ b, geaendert }: { b: Detail; geaendert: (d: Detail, meldung: string) => void }) {
  const [ziel, setZiel] = useState('');
  const [kommentar, setKommentar] = useState('');
  const [fehler, setFehler] = useState<{ ziel?: string; kommentar?: string }>({});
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [sendet, setSendet] = useState(false);
  const ziele = b.moeglich.statusZiele;
  if (!ziele.length) return <p className="kern-body">{t.detail.keineStatusAenderung}</p>;
  const gewaehlt = ziele.find((z) => z.status === ziel);

  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    setVersion((v) => v + 1);
    const f = {
      ziel: gewaehlt ? undefined : t.detail.fehlerStatusWaehlen,
      kommentar: gewaehlt?.brauchtKommentar && !kommentar.trim() ? t.detail.fehlerKommentar : undefined,
    };
    setFehler(f);
    setAllgemein(null);
    if (f.ziel || f.kommentar) return;
    setSendet(true);
    try {
      const d = await api<Detail>(`/api/bedarfe/${b.id}/status`, { body: { status: ziel, kommentar: kommentar.trim() } });
      setZiel('');
      setKommentar('');
      geaendert(d, t.detail.statusGeaendert(t.status[d.status]));
    } catch (err) {
      if (err instanceof ApiFehler && err.code === 'bedarf.kommentar_fehlt') setFehler({ kommentar: err.message });
      else setAllgemein(fehlertext(err));
    } finally {
      setSendet(false);
    }
  };
  const liste: Feldfehler[] = [
    ...(fehler.ziel ? [{ feldId: 'bedarf-status-ziel', text: fehler.ziel }] : []),
    ...(fehler.kommentar ? [{ feldId: 'bedarf-status-kommentar', text: fehler.kommentar }] : []),
  ];
  return (
    <>
      <Fehlerliste fehler={liste} version={version} />
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="bedarf-status-titel">
        <Auswahl
          id="bedarf-status-ziel"
          label={t.detail.statusNeu}
          fehler={fehler.ziel}
          value={ziel}
          onChange={(e) => setZiel(e.target.value)}
          optionen={[{ wert: '', text: t.detail.statusWaehlen }, ...ziele.map((z) => ({ wert: z.status, text: t.statusAktion[z.status] ?? t.status[z.status] }))]}
        />
        <Textfeld
          id="bedarf-status-kommentar"
          label={t.detail.kommentar}
          hinweis={gewaehlt?.brauchtKommentar ? `${t.detail.kommentarPflicht} ${t.detail.kommentarHinweis}` : t.detail.kommentarHinweis}
          optional={!gewaehlt?.brauchtKommentar}
          fehler={fehler.kommentar}
          maxLength={2000}
          zeilen={3}
          value={kommentar}
          onChange={setKommentar}
        />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}>
            <span className="kern-label">{t.detail.statusSpeichern}</span>
          </button>
        </div>
      </form>
    </>
  );
}

function Verlauf({ b }: { b: Detail }) {
  return (
    <ol className="kern-list kern-list--number">
      {b.historie.map((h, i) => (
        <li key={i} className="kern-body">
          <strong>{h.von ? t.detail.verlaufWechsel(t.status[h.von], t.status[h.nach]) : t.detail.verlaufErfasst}</strong>
          {' – '}
          <time dateTime={h.zeitpunkt}>{t.zeitpunkt(h.zeitpunkt)}</time>
          {', '}
          {h.wer ?? t.detail.system}
          {h.kommentar ? <p className="kern-body kern-body--small lotse-text">{h.kommentar}</p> : null}
        </li>
      ))}
    </ol>
  );
}

function Vorschlaege({ b }: { b: Detail }) {
  if (!b.vorschlaege.length) return <p className="kern-body">{t.detail.vorschlaegeLeer}</p>;
  return (
    <ul className="lotse-liste-ohne lotse-stapel">
      {b.vorschlaege.map((v) => (
        <li key={v.loesungId} className="kern-card kern-card--small">
          <div className="kern-card__container">
            <div className="kern-card__body">
              <p className="kern-title">
                <Link className="kern-link" to={`/loesungen/${v.loesungId}`}>{v.titel}</Link>
              </p>
              {v.notiz ? <p className="kern-body lotse-text">{v.notiz}</p> : null}
              <p className="kern-body kern-body--small lotse-gedaempft">{t.detail.vorgeschlagenVon(v.wer, t.zeitpunkt(v.zeitpunkt))}</p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Vorschläge der automatischen Suche; für Lotse/Transferstelle mit Rückmeldung und „Vorschlagen“. */
function Matcher({ b, vorgeschlagen }: { b: Detail; vorgeschlagen: (d: Detail, meldung: string) => void }) {
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
                <Textfeld id="bedarf-vorschlag-notiz" label={t.vorschlagen.notiz} hinweis={t.vorschlagen.notizHinweis} optional maxLength={2000} zeilen={3} value={notiz} onChange={setNotiz} />
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

export default function BedarfDetail() {
  const { id = '' } = useParams();
  const [b, setB] = useState<Detail | null>(null);
  const [fehler, setFehler] = useState<{ status: number; text: string } | null>(null);
  const [meldung, setMeldung] = useState<string | null>(null);
  const meldungRef = useRef<HTMLDivElement>(null);

  const laden = useCallback(
    (signal?: AbortSignal) =>
      api<Detail>(`/api/bedarfe/${encodeURIComponent(id)}`, { signal })
        .then((d) => {
          setB(d);
          setFehler(null);
        })
        .catch((e) => {
          if (signal?.aborted) return;
          setFehler({ status: e instanceof ApiFehler ? e.status : 500, text: fehlertext(e) });
        }),
    [id],
  );

  useEffect(() => {
    const ac = new AbortController();
    setB(null);
    setMeldung(null);
    laden(ac.signal);
    return () => ac.abort();
  }, [laden]);

  useEffect(() => {
    if (meldung) meldungRef.current?.focus();
  }, [meldung]);

  const aktualisiert = (d: Detail, text: string) => {
    setB(d);
    setMeldung(text);
  };

  if (fehler) {
    return (
      <>
        <Seitentitel titel={fehler.status === 404 || fehler.status === 400 ? t.detail.nichtGefunden : t.fehlerLaden} />
        {fehler.status !== 404 && fehler.status !== 400 ? <Alert typ="danger">{fehler.text}</Alert> : null}
        <p className="kern-body"><Link className="kern-link" to="/bedarfe">{t.detail.zurueck}</Link></p>
      </>
    );
  }
  if (!b) return <Ladeanzeige text={t.laden} />;

  return (
    <>
      <Seitentitel titel={b.titel} vorzeile={t.detail.vorzeile} />
      <p className="kern-body"><Link className="kern-link" to={b.moeglich.begleiten ? '/lotse' : '/bedarfe'}>{t.detail.zurueck}</Link></p>
      {meldung ? (
        <Alert typ="success" titel={t.detail.gespeichertTitel} ref={meldungRef} fokussierbar ansage="status">{meldung}</Alert>
      ) : null}

      <section className="lotse-abschnitt" aria-labelledby="bedarf-angaben">
        <h2 className="kern-heading-medium" id="bedarf-angaben">{t.detail.angaben}</h2>
        <Angaben b={b} />
        <h3 className="kern-heading-small">{t.detail.beschreibung}</h3>
        <p className="kern-body lotse-text">{b.beschreibung}</p>
      </section>

      <section className="lotse-abschnitt" aria-labelledby="bedarf-vorschlaege">
        <h2 className="kern-heading-medium" id="bedarf-vorschlaege">{t.detail.vorschlaegeTitel}</h2>
        <Vorschlaege b={b} />
      </section>

      <section className="lotse-abschnitt" aria-labelledby="bedarf-matcher">
        <h2 className="kern-heading-medium" id="bedarf-matcher">{t.matcher.titel}</h2>
        <Matcher b={b} vorgeschlagen={aktualisiert} />
      </section>

      <section className="lotse-abschnitt" aria-labelledby="bedarf-status-titel">
        <h2 className="kern-heading-medium" id="bedarf-status-titel">{t.detail.statusTitel}</h2>
        <StatusFormular b={b} geaendert={aktualisiert} />
      </section>

      <section className="lotse-abschnitt" aria-labelledby="bedarf-verlauf">
        <h2 className="kern-heading-medium" id="bedarf-verlauf">{t.detail.verlaufTitel}</h2>
        <Verlauf b={b} />
      </section>
    </>
  );
}
