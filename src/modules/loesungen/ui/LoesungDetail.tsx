import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Auswahl, Formularfeld, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { loesungen as loesungenTexte } from './texte.ts';
import { hatRolle, useKonto } from '../../../web/konto.tsx';
import { WIRKUNGSTREPPE } from '../loesungen.schemas.ts';
import { SiegelBadge, herkunftText } from './Karte.tsx';
import type { DetailAntwort as Detail, InhaltAntwort as LoesungInhalt, UeberarbeitungAntwort as Ueberarbeitung } from '../loesungen.schemas.ts';

const t = loesungenTexte;
const d = t.detail;

function Eintrag({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{name}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

function Absatz({ titel, text, id }: { titel: string; text: string; id: string }) {
  if (!text.trim()) return null;
  return (
    <section className="lotse-abschnitt lotse-text" aria-labelledby={id}>
      <h2 className="kern-heading-medium" id={id}>{titel}</h2>
      {text.split(/\n{2,}/).map((p, i) => <p key={i} className="kern-body" style={{ whiteSpace: 'pre-line' }}>{p}</p>)}
    </section>
  );
}

/** The seven steps of the Wirkungstreppe; the highest proven step is marked in text, not only by colour. */
function Wirkungstreppe({ stufe }: { stufe: number | null }) {
  return (
    <ol className="kern-list kern-list--number" aria-label={d.wirkungstreppe}>
      {Object.entries(WIRKUNGSTREPPE).map(([n, s]) => {
        const nr = Number(n);
        const erreicht = stufe != null && nr <= stufe;
        return (
          <li key={n} className={nr === stufe ? 'kern-body--bold' : undefined} style={erreicht ? undefined : { color: 'var(--kern-color-layout-text-muted)' }}>
            {s.label} <span className="kern-body--small">({s.ebene})</span>
            {nr === stufe ? <> – <span>{d.hoechsteStufe}</span></> : erreicht ? <span className="kern-sr-only"> – {d.erreicht}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** A field of a revision as plain text (links and sources as text, not as links: the reviewer sees the address). */
function feldText(f: keyof LoesungInhalt, i: LoesungInhalt): string {
  const v = i[f];
  if (f === 'links') return i.links.map((x) => (x.titel ? `${x.titel}: ${x.url}` : x.url)).join('\n');
  if (f === 'wirkungQuellen') return i.wirkungQuellen.map((q) => (q.url ? `${q.titel}: ${q.url}` : q.titel)).join('\n');
  if (f === 'tags') return i.tags.join(', ');
  if (f === 'sprache') return t.sprache[i.sprache] ?? i.sprache;
  if (f === 'wirkungsstufe') return i.wirkungsstufe ? `${t.stufe(i.wirkungsstufe)}: ${WIRKUNGSTREPPE[i.wirkungsstufe].label}` : '';
  return v == null ? '' : String(v);
}

/**
 * The pending revision of a published solution, for its Kommune and the Transferstelle: status, the
 * Transferstelle's comment, and the changed fields in their new wording (decision 0022).
 */
function UeberarbeitungAbschnitt({ u, version, siegel, darfBearbeiten, id, aktion }: {
  u: Ueberarbeitung; version: number; siegel: boolean; darfBearbeiten: boolean; id: string;
  aktion: (was: 'einreichen' | 'verwerfen') => void;
}) {
  return (
    <section className="lotse-abschnitt" aria-labelledby="l-ueberarbeitung">
      <h2 className="kern-heading-medium" id="l-ueberarbeitung">{d.ueberarbeitungTitel}</h2>
      <Alert typ={u.status === 'zurueckgewiesen' ? 'warning' : 'info'} titel={t.ueberarbeitungStatus[u.status] ?? u.status} ansage="keine">
        <p className="kern-body">{d.ueberarbeitungHinweis(version)}</p>
        {u.aktualisiertAm ? <p className="kern-body kern-body--small">{d.ueberarbeitungStand(u.aktualisiertAm, u.autor)}</p> : null}
        {u.status === 'zurueckgewiesen' && u.pruefungKommentar ? <p className="kern-body"><strong>{d.pruefungKommentar}:</strong> {u.pruefungKommentar}</p> : null}
      </Alert>
      {siegel ? <p className="kern-body">{d.ueberarbeitungSiegel}</p> : null}
      {u.kommentar ? <p className="kern-body"><strong>{d.ueberarbeitungKommentar}</strong> {u.kommentar}</p> : null}
      <h3 className="kern-heading-small">{d.ueberarbeitungFelder}</h3>
      {u.geaenderteFelder.length ? (
        <dl className="kern-description-list">
          {u.geaenderteFelder.map((f) => (
            <Eintrag key={f} name={d.felder[f] ?? f}>
              <span style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{feldText(f, u.inhalt) || d.leer}</span>
            </Eintrag>
          ))}
        </dl>
      ) : (
        <p className="kern-body">{d.ueberarbeitungKeineFelder}</p>
      )}
      {darfBearbeiten ? (
        <div className="lotse-knopfleiste">
          {u.status !== 'eingereicht' ? (
            <>
              <Link className="kern-btn kern-btn--secondary" to={`/loesungen/${id}/bearbeiten`}><span className="kern-label">{d.ueberarbeitungBearbeiten}</span></Link>
              <button type="button" className="kern-btn kern-btn--primary" onClick={() => aktion('einreichen')}><span className="kern-label">{d.ueberarbeitungEinreichen}</span></button>
            </>
          ) : null}
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => aktion('verwerfen')}><span className="kern-label">{d.ueberarbeitungVerwerfen}</span></button>
        </div>
      ) : null}
    </section>
  );
}

function NutzungMelden({ l, kommunen, fertig }: { l: Detail; kommunen: { kommuneId: string; kommuneName: string }[]; fertig: () => void }) {
  const [kommuneId, setKommuneId] = useState(kommunen[0]?.kommuneId ?? '');
  const [seit, setSeit] = useState('');
  const [bericht, setBericht] = useState('');
  const [meldung, setMeldung] = useState<{ typ: 'success' | 'danger'; text: string } | null>(null);
  const [sendet, setSendet] = useState(false);
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    setSendet(true);
    setMeldung(null);
    try {
      await api(`/api/loesungen/${l.id}/nutzungen`, { body: { kommuneId, ...(seit ? { seit } : {}), ...(bericht.trim() ? { bericht: bericht.trim() } : {}) } });
      setMeldung({ typ: 'success', text: d.nutzungGemeldet });
      fertig();
    } catch (err) {
      setMeldung({ typ: 'danger', text: err instanceof ApiFehler ? err.message : t.fehlerAllgemein });
    } finally {
      setSendet(false);
    }
  };
  return (
    <section className="lotse-abschnitt" aria-labelledby="nutzung-melden">
      <h2 className="kern-heading-medium" id="nutzung-melden">{d.nutzungTitel}</h2>
      <p className="kern-body">{d.nutzungEinleitung}</p>
      {meldung ? <Alert typ={meldung.typ}>{meldung.text}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate>
        {kommunen.length > 1 ? (
          <Auswahl id="nutzung-kommune" label={d.nutzungKommune} value={kommuneId} onChange={(e) => setKommuneId(e.target.value)} optionen={kommunen.map((m) => ({ wert: m.kommuneId, text: m.kommuneName }))} />
        ) : null}
        <Formularfeld id="nutzung-seit" type="date" label={d.nutzungSeitFeld} optional value={seit} onChange={(e) => setSeit(e.target.value)} />
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="nutzung-bericht">{d.nutzungBericht}<span className="kern-label__optional"> – {texte.komponenten.optional}</span></label>
          <textarea id="nutzung-bericht" className="kern-form-input__input" rows={3} maxLength={4000} value={bericht} onChange={(e) => setBericht(e.target.value)} />
        </div>
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={sendet}><span className="kern-label">{d.nutzungKnopf}</span></button>
        </div>
      </form>
    </section>
  );
}

function Archivieren({ l, fertig }: { l: Detail; fertig: (m: { typ: 'success' | 'danger'; text: string }) => void }) {
  const [grund, setGrund] = useState('');
  const [fehler, setFehler] = useState<string | null>(null);
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    setFehler(null);
    try {
      await api(`/api/loesungen/${l.id}/archivieren`, { body: { kommentar: grund.trim() } });
      fertig({ typ: 'success', text: d.archiviert });
    } catch (err) {
      setFehler(err instanceof ApiFehler ? err.message : t.fehlerAllgemein);
    }
  };
  return (
    <section className="lotse-abschnitt" aria-labelledby="l-archiv">
      <h2 className="kern-heading-medium" id="l-archiv">{d.archivTitel}</h2>
      <p className="kern-body">{d.archivEinleitung}</p>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="archiv-grund">{d.archivGrund}</label>
          <textarea id="archiv-grund" className="kern-form-input__input" rows={2} required value={grund} onChange={(e) => setGrund(e.target.value)} />
        </div>
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{d.archivKnopf}</span></button>
        </div>
      </form>
    </section>
  );
}

export default function LoesungDetail() {
  const { id = '' } = useParams();
  const { konto } = useKonto();
  const [l, setL] = useState<Detail | null>(null);
  const [fehler, setFehler] = useState<{ status: number; text: string } | null>(null);
  const [aktion, setAktion] = useState<{ typ: 'success' | 'danger'; text: string } | null>(null);

  const laden = useCallback(async (signal?: AbortSignal) => {
    try {
      setL(await api<Detail>(`/api/loesungen/${encodeURIComponent(id)}`, { signal }));
    } catch (e) {
      if (signal?.aborted) return;
      setFehler(e instanceof ApiFehler ? { status: e.status, text: e.message } : { status: 0, text: texte.kern.fehlerAllgemein });
    }
  }, [id]);

  useEffect(() => {
    const ac = new AbortController();
    setL(null);
    setFehler(null);
    laden(ac.signal);
    return () => ac.abort();
  }, [laden, konto?.id]);

  const einreichen = async () => {
    setAktion(null);
    try {
      await api(`/api/loesungen/${id}/einreichen`, { method: 'POST' });
      setAktion({ typ: 'success', text: l?.status === 'veroeffentlicht' ? d.ueberarbeitungEingereicht : d.eingereicht });
      await laden();
    } catch (e) {
      setAktion({ typ: 'danger', text: e instanceof ApiFehler ? e.message : t.fehlerAllgemein });
    }
  };
  const verwerfen = async () => {
    if (!window.confirm(d.ueberarbeitungVerwerfenFrage)) return;
    setAktion(null);
    try {
      await api(`/api/loesungen/${id}/ueberarbeitung`, { method: 'DELETE' });
      setAktion({ typ: 'success', text: d.ueberarbeitungVerworfen });
      await laden();
    } catch (e) {
      setAktion({ typ: 'danger', text: e instanceof ApiFehler ? e.message : t.fehlerAllgemein });
    }
  };

  if (fehler) {
    const nichtGefunden = fehler.status === 404 || fehler.status === 400;
    return (
      <>
        <Seitentitel titel={nichtGefunden ? texte.kern.seiteNichtGefunden : texte.kern.fehlerAllgemein} />
        <Alert typ={nichtGefunden ? 'info' : 'danger'} ansage="keine">{nichtGefunden ? d.nichtGefunden : fehler.text}</Alert>
        <p className="kern-body lotse-abstand-oben"><Link className="kern-link" to="/loesungen">{d.zurueck}</Link></p>
      </>
    );
  }
  if (!l) return <Ladeanzeige />;

  const fremdeKommunen = (konto?.mitgliedschaften ?? []).filter((m) => m.kommuneId !== l.herkunft?.kommuneId);
  const aufwand = d.spanne(l.aufwandVon, l.aufwandBis, d.personentage);
  const kosten = d.spanne(l.kostenVon, l.kostenBis, d.euro);
  const fremdsprachig = l.sprache === 'en' ? 'en' : undefined;

  return (
    <>
      <Seitentitel titel={l.titel} vorzeile={d.vorzeile} />
      {l.siegel ? <p><SiegelBadge /></p> : null}
      {aktion ? <Alert typ={aktion.typ}>{aktion.text}</Alert> : null}
      {l.status !== 'veroeffentlicht' ? (
        <Alert typ={l.status === 'zurueckgewiesen' ? 'warning' : 'info'} titel={`${d.status}: ${t.status[l.status] ?? l.status}`} ansage="keine">
          {l.pruefungKommentar ? <p className="kern-body"><strong>{d.pruefungKommentar}:</strong> {l.pruefungKommentar}</p> : null}
        </Alert>
      ) : null}
      {l.darfBearbeiten && !l.ueberarbeitung ? (
        <div className="lotse-knopfleiste">
          {l.status !== 'eingereicht' && l.status !== 'archiviert' ? (
            <Link className="kern-btn kern-btn--secondary" to={`/loesungen/${l.id}/bearbeiten`}>
              <span className="kern-label">{l.status === 'veroeffentlicht' ? d.ueberarbeiten : d.bearbeiten}</span>
            </Link>
          ) : null}
          {l.status === 'entwurf' || l.status === 'zurueckgewiesen' ? (
            <button type="button" className="kern-btn kern-btn--primary" onClick={einreichen}><span className="kern-label">{d.einreichen}</span></button>
          ) : null}
        </div>
      ) : null}
      {l.ueberarbeitung ? (
        <UeberarbeitungAbschnitt u={l.ueberarbeitung} version={l.version} siegel={!!l.siegel} darfBearbeiten={l.darfBearbeiten} id={l.id}
          aktion={(was) => (was === 'einreichen' ? einreichen() : verwerfen())} />
      ) : null}

      <div lang={fremdsprachig}>
        <p className="kern-body kern-body--large lotse-einleitung">{l.zusammenfassung}</p>
        <Absatz id="l-problem" titel={d.problem} text={l.problem} />
        <Absatz id="l-ansatz" titel={d.ansatz} text={l.ansatz} />
        <Absatz id="l-voraussetzungen" titel={d.voraussetzungen} text={l.voraussetzungen} />
      </div>

      <section className="lotse-abschnitt" aria-labelledby="l-eckdaten">
        <h2 className="kern-heading-medium" id="l-eckdaten">{d.eckdaten}</h2>
        <dl className="kern-description-list">
          <Eintrag name={d.herkunft}>
            {l.herkunft ? <Link className="kern-link" to={`/kommunen/${l.herkunft.kommuneId}`}>{l.herkunft.name}</Link> : herkunftText(l)}
          </Eintrag>
          {l.handlungsfeld ? <Eintrag name={d.handlungsfeld}>{l.handlungsfeld}</Eintrag> : null}
          {aufwand ? <Eintrag name={d.aufwand}>{aufwand}</Eintrag> : null}
          {kosten ? <Eintrag name={d.kosten}>{kosten}</Eintrag> : null}
          {l.dauerMonate != null ? <Eintrag name={d.dauer}>{d.monate(l.dauerMonate)}</Eintrag> : null}
          {l.kontakt ? <Eintrag name={d.kontakt}>{l.kontakt}</Eintrag> : null}
          {l.tags.length ? <Eintrag name={d.tags}><span lang={fremdsprachig}>{l.tags.join(', ')}</span></Eintrag> : null}
          <Eintrag name={d.sprache}>{t.sprache[l.sprache] ?? l.sprache}</Eintrag>
        </dl>
      </section>

      <section className="lotse-abschnitt" aria-labelledby="l-wirkung">
        <h2 className="kern-heading-medium" id="l-wirkung">{d.wirkung}</h2>
        {l.wirkungsstufe ? (
          <p className="kern-body kern-body--bold">{t.stufe(l.wirkungsstufe)}: {l.wirkungsstufeLabel}</p>
        ) : (
          <p className="kern-body">{d.wirkungKeine}</p>
        )}
        <p className="kern-body kern-body--small lotse-text">{d.wirkungEinleitung}</p>
        <Wirkungstreppe stufe={l.wirkungsstufe} />
        {l.wirkungText ? <p className="kern-body lotse-text" lang={fremdsprachig} style={{ whiteSpace: 'pre-line' }}>{l.wirkungText}</p> : null}
        {l.wirkungQuellen.length ? (
          <>
            <h3 className="kern-heading-small">{d.quellen}</h3>
            <ul className="kern-list">
              {l.wirkungQuellen.map((q, i) => <li key={i}>{q.url ? <a className="kern-link" href={q.url} rel="noopener noreferrer">{q.titel}</a> : q.titel}</li>)}
            </ul>
          </>
        ) : null}
      </section>

      {l.links.length ? (
        <section className="lotse-abschnitt" aria-labelledby="l-links">
          <h2 className="kern-heading-medium" id="l-links">{d.links}</h2>
          <ul className="kern-list">
            {l.links.map((x, i) => <li key={i}><a className="kern-link" href={x.url} rel="noopener noreferrer">{x.titel || x.url}</a></li>)}
          </ul>
        </section>
      ) : null}

      <section className="lotse-abschnitt" aria-labelledby="l-nutzungen">
        <h2 className="kern-heading-medium" id="l-nutzungen">{d.nutzungen}</h2>
        <p className="kern-body">{d.nutzendeKommunen(l.nutzendeKommunen)}</p>
        {l.nutzungen.length ? (
          <ul className="kern-list">
            {l.nutzungen.map((n) => (
              <li key={n.kommuneId}>
                <Link className="kern-link" to={`/kommunen/${n.kommuneId}`}>{n.name}</Link>
                {n.seit ? ` (${d.nutzungSeit(n.seit)})` : null}
                {n.bericht ? <><br /><span className="kern-body--small">{n.bericht}</span></> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="kern-body">{d.nutzungenKeine}</p>
        )}
      </section>

      <section className="lotse-abschnitt" aria-labelledby="l-siegel">
        <h2 className="kern-heading-medium" id="l-siegel">{d.siegelTitel}</h2>
        {l.siegel ? (
          <>
            <p className="kern-body">{t.siegelHinweis} {l.siegel.vergebenAm ? d.siegelVergeben(l.siegel.vergebenAm) : null}</p>
            <div className="kern-table-responsive">
              <table className="kern-table kern-table--small">
                <caption className="kern-sr-only">{d.siegelTitel}</caption>
                <thead>
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">{d.siegelKriterium}</th>
                    <th scope="col" className="kern-table__header">{d.siegelErfuellt}</th>
                    <th scope="col" className="kern-table__header">{d.siegelBegruendung}</th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {l.siegel.kriterien.map((k) => (
                    <tr key={k.kriterium} className="kern-table__row">
                      <th scope="row" className="kern-table__header">{t.kriterien[k.kriterium] ?? k.kriterium}</th>
                      <td className="kern-table__cell">{k.erfuellt ? d.ja : d.nein}</td>
                      <td className="kern-table__cell">{k.begruendung}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <p className="kern-body">{d.siegelKeins}</p>
        )}
      </section>

      {l.status === 'veroeffentlicht' && fremdeKommunen.length ? <NutzungMelden l={l} kommunen={fremdeKommunen} fertig={() => laden()} /> : null}

      <section className="lotse-abschnitt" aria-labelledby="l-versionen">
        <h2 className="kern-heading-medium" id="l-versionen">{d.versionen}</h2>
        <ol className="kern-list" reversed>
          {l.versionen.map((v) => (
            <li key={v.version}>
              <strong>{d.version(v.version)}</strong>: {v.geaendertAm ? d.versionZeile(v.geaendertAm, v.autor) : null}
              {v.kommentar ? ` – ${v.kommentar}` : null}
            </li>
          ))}
        </ol>
      </section>

      {hatRolle(konto, 'transferstelle') && l.status !== 'archiviert' ? (
        <Archivieren l={l} fertig={async (m) => { setAktion(m); await laden(); }} />
      ) : null}

      <p className="kern-body lotse-abstand-oben"><Link className="kern-link" to="/loesungen">{d.zurueck}</Link></p>
    </>
  );
}
