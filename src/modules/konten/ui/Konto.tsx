import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, Kopierfeld, Ladeanzeige, Seitentitel, Tabelle, useFormular } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { konten as kontenTexte } from './texte.ts';
import { useKonto, type Konto as KontoTyp } from '../../../web/konto.tsx';
import { pruefeEmail, pruefeNeuesPasswort } from './pruefung.ts';

const t = kontenTexte;
const k = t.konto;
const datum = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
const rolleText = (r: string) => k.rolleText[r] ?? r;

function Profil({ konto }: { konto: KontoTyp }) {
  return (
    <section className="lotse-abschnitt" aria-labelledby="konto-profil">
      <h2 className="kern-heading-medium" id="konto-profil">{k.profilTitel}</h2>
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t.felder.name}</dt>
          <dd className="kern-description-list-item__value">{konto.name}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t.felder.email}</dt>
          <dd className="kern-description-list-item__value">{konto.email}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{k.rollenTitel}</dt>
          <dd className="kern-description-list-item__value">
            {konto.rollen.length ? konto.rollen.map((r) => k.rollen[r] ?? r).join(', ') : k.keineRollen}
            {konto.regionen.length ? ` (${k.regionen}: ${konto.regionen.join(', ')})` : ''}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function Mitgliedschaften({ konto }: { konto: KontoTyp }) {
  return (
    <section className="lotse-abschnitt" aria-labelledby="konto-kommunen">
      <h2 className="kern-heading-medium" id="konto-kommunen">{k.mitgliedschaftenTitel}</h2>
      {konto.mitgliedschaften.length === 0 ? (
        <p className="kern-body">{k.keineMitgliedschaften}</p>
      ) : (
        <div className="kern-table-responsive">
          <table className="kern-table">
            <caption className="kern-sr-only">{k.mitgliedschaftenTitel}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{k.spalteKommune}</th>
                <th scope="col" className="kern-table__header">{k.spalteRolle}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {konto.mitgliedschaften.map((m) => (
                <tr key={m.kommuneId} className="kern-table__row">
                  <th scope="row" className="kern-table__header"><Link className="kern-link" to={`/kommunen/${m.kommuneId}`}>{m.kommuneName}</Link></th>
                  <td className="kern-table__cell">{rolleText(m.rolle)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function PasswortAendern() {
  const f = useFormular('passwort', { altesPasswort: '', neuesPasswort: '', neuesPasswort2: '' });
  const [erfolg, setErfolg] = useState(false);
  const absenden = f.absenden(
    (w) => ({
      altesPasswort: w.altesPasswort ? undefined : t.pruefung.altesPasswortFehlt,
      neuesPasswort: pruefeNeuesPasswort(w.neuesPasswort),
      neuesPasswort2: !w.neuesPasswort ? undefined : !w.neuesPasswort2 ? t.pruefung.passwortWiederholenFehlt : w.neuesPasswort2 !== w.neuesPasswort ? t.pruefung.passwortUngleich : undefined,
    }),
    async (w) => {
      setErfolg(false);
      try {
        await api('/api/auth/passwort', { body: { altesPasswort: w.altesPasswort, neuesPasswort: w.neuesPasswort } });
      } catch (e) {
        // A wrong old password belongs to its field, not to the general message.
        if (e instanceof ApiFehler && e.code === 'auth.passwort_falsch') {
          f.setFehler({ altesPasswort: e.message });
          return;
        }
        throw e;
      }
      f.setWerte({ altesPasswort: '', neuesPasswort: '', neuesPasswort2: '' });
      setErfolg(true);
    },
  );
  return (
    <section className="lotse-abschnitt" aria-labelledby="konto-passwort">
      <h2 className="kern-heading-medium" id="konto-passwort">{k.passwortTitel}</h2>
      <p className="kern-body">{k.passwortEinleitung}</p>
      {erfolg ? <Alert typ="success">{k.passwortGeaendert}</Alert> : null}
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="konto-passwort">
        <Formularfeld label={t.felder.altesPasswort} type="password" autoComplete="current-password" {...f.feld('altesPasswort')} />
        <Formularfeld label={t.felder.neuesPasswort} hinweis={t.felder.passwortHinweis} type="password" autoComplete="new-password" {...f.feld('neuesPasswort')} />
        <Formularfeld label={t.felder.neuesPasswortWiederholen} type="password" autoComplete="new-password" {...f.feld('neuesPasswort2')} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={f.sendet || undefined}>
            <span className="kern-label">{k.passwortKnopf}</span>
          </button>
        </div>
      </form>
    </section>
  );
}

interface Mitglied { id: string; name: string; email: string; rolle: 'mitglied' | 'admin' }
interface AuditEintrag { id: string | number; aktion: string; objektTyp: string | null; objektId: string | null; details: unknown; zeitpunkt: string; wer: string | null }

function Einladen({ kommuneId, onErstellt }: { kommuneId: string; onErstellt: () => void }) {
  const f = useFormular(`einladen-${kommuneId}`, { rolle: 'mitglied', email: '' });
  const [einladung, setEinladung] = useState<{ link: string; laeuftAbAm: string; email: string | null } | null>(null);
  const absenden = f.absenden(
    (w) => ({
      email: w.email.trim() ? pruefeEmail(w.email) : w.rolle === 'admin' ? k.einladenEmailAdminFehlt : undefined,
    }),
    async (w) => {
      const r = await api<{ link: string; token: string; laeuftAbAm: string; email: string | null }>(`/api/kommunen/${kommuneId}/einladungen`, {
        body: { rolle: w.rolle, ...(w.email.trim() ? { email: w.email.trim() } : {}) },
      });
      setEinladung({ link: new URL(r.link, window.location.origin).toString(), laeuftAbAm: r.laeuftAbAm, email: r.email });
      onErstellt();
    },
  );
  return (
    <section className="lotse-abschnitt" aria-labelledby={`einladen-titel-${kommuneId}`}>
      <h3 className="kern-heading-small" id={`einladen-titel-${kommuneId}`}>{k.einladenTitel}</h3>
      <p className="kern-body">{k.einladenEinleitung}</p>
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby={`einladen-titel-${kommuneId}`}>
        <Auswahl label={k.einladenRolle} optionen={[{ wert: 'mitglied', text: rolleText('mitglied') }, { wert: 'admin', text: rolleText('admin') }]} {...f.feld('rolle')} />
        <Formularfeld label={k.einladenEmail} hinweis={k.einladenEmailHinweis} type="email" optional autoComplete="off" {...f.feld('email')} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={f.sendet || undefined}>
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">{k.einladenKnopf}</span>
          </button>
        </div>
      </form>
      {einladung ? (
        <div className="lotse-abstand-oben">
          <Alert typ="success" titel={k.einladungErstellt}>
            <p className="kern-body">{einladung.email ? k.einladungPersoenlich(einladung.email) : k.einladungUebertragbar}</p>
            <p className="kern-body">{k.einladungGueltigBis(datum.format(new Date(einladung.laeuftAbAm)))}</p>
          </Alert>
          <Kopierfeld label={k.einladungLink} wert={einladung.link} />
        </div>
      ) : null}
    </section>
  );
}

function Mitglieder({ kommuneId, kommuneName, stand, onGeaendert }: { kommuneId: string; kommuneName: string; stand: number; onGeaendert: () => void }) {
  const { konto, neuLaden } = useKonto();
  const [items, setItems] = useState<Mitglied[] | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const [meldung, setMeldung] = useState<string | null>(null);
  const [aktionFehler, setAktionFehler] = useState<string | null>(null);
  const [frage, setFrage] = useState<Mitglied | null>(null);
  const [sendet, setSendet] = useState(false);
  const bestaetigen = useRef<HTMLButtonElement>(null);
  const rueckmeldung = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const ac = new AbortController();
    api<{ items: Mitglied[] }>(`/api/kommunen/${kommuneId}/mitglieder`, { signal: ac.signal })
      .then((r) => setItems(r.items))
      .catch((e) => !ac.signal.aborted && setFehler(e instanceof ApiFehler ? e.message : texte.kern.fehlerAllgemein));
    return () => ac.abort();
  }, [kommuneId, stand]);
  useEffect(() => {
    if (frage) bestaetigen.current?.focus();
  }, [frage]);
  useEffect(() => {
    if (meldung || aktionFehler) rueckmeldung.current?.focus();
  }, [meldung, aktionFehler]);

  const ausfuehren = async (m: Mitglied, aufruf: () => Promise<unknown>, erfolg: string) => {
    if (sendet) return;
    setSendet(true);
    setMeldung(null);
    setAktionFehler(null);
    try {
      await aufruf();
      setFrage(null);
      setMeldung(erfolg);
      // Own role changed: the account (and with it this administration area) is loaded anew.
      if (m.id === konto?.id) await neuLaden();
      else onGeaendert();
    } catch (e) {
      setFrage(null);
      setAktionFehler(e instanceof ApiFehler ? e.message : texte.kern.fehlerAllgemein);
    } finally {
      setSendet(false);
    }
  };
  const rolleWechseln = (m: Mitglied) => {
    const rolle = m.rolle === 'admin' ? 'mitglied' : 'admin';
    return ausfuehren(m, () => api(`/api/kommunen/${kommuneId}/mitglieder/${m.id}`, { method: 'PATCH', body: { rolle } }), k.rolleGeaendert(m.name, rolleText(rolle)));
  };
  const entfernen = (m: Mitglied) => ausfuehren(m, () => api(`/api/kommunen/${kommuneId}/mitglieder/${m.id}`, { method: 'DELETE' }), k.entfernt(m.name));
  const abbrechen = () => {
    const id = frage?.id;
    setFrage(null);
    if (id) document.getElementById(`entfernen-${id}`)?.focus();
  };

  return (
    <section className="lotse-abschnitt" aria-labelledby={`mitglieder-${kommuneId}`}>
      <h3 className="kern-heading-small" id={`mitglieder-${kommuneId}`}>{k.mitgliederTitel}</h3>
      <p className="kern-body">{k.mitgliederEinleitung}</p>
      {meldung ? <Alert typ="success" ref={rueckmeldung} fokussierbar>{meldung}</Alert> : null}
      {aktionFehler ? <Alert typ="danger" titel={k.aenderungFehlgeschlagen} ref={rueckmeldung} fokussierbar>{aktionFehler}</Alert> : null}
      {frage ? (
        <Alert typ="warning" titel={k.entfernenTitel}>
          <p className="kern-body">{frage.id === konto?.id ? k.entfernenSelbstFrage(kommuneName) : k.entfernenFrage(frage.name, kommuneName)}</p>
          <div className="lotse-knopfleiste">
            <button ref={bestaetigen} type="button" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined} onClick={() => void entfernen(frage)}>
              <span className="kern-label">{k.entfernenBestaetigen}</span>
            </button>
            <button type="button" className="kern-btn kern-btn--secondary" onClick={abbrechen}>
              <span className="kern-label">{k.abbrechen}</span>
            </button>
          </div>
        </Alert>
      ) : null}
      {fehler ? <Alert typ="danger">{fehler}</Alert> : !items ? <Ladeanzeige /> : items.length === 0 ? <p className="kern-body">{k.keineMitglieder}</p> : (
        <Tabelle beschriftung={k.mitgliederTitel} gestreift spalten={[{ titel: k.spalteName }, { titel: k.spalteEmail }, { titel: k.spalteRolle }, { titel: k.spalteAktionen }]}>
          {items.map((m) => (
            <tr key={m.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">{m.name}{m.id === konto?.id ? ` ${k.selbst}` : ''}</th>
              <td className="kern-table__cell">{m.email}</td>
              <td className="kern-table__cell">{rolleText(m.rolle)}</td>
              <td className="kern-table__cell">
                <div className="lotse-knopfleiste">
                  <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" aria-disabled={sendet || undefined} onClick={() => void rolleWechseln(m)}>
                    <span className="kern-label">
                      {m.rolle === 'admin' ? k.zumMitglied : k.zurAdministration}
                      <span className="kern-sr-only"> – {m.name}</span>
                    </span>
                  </button>
                  <button
                    id={`entfernen-${m.id}`}
                    type="button"
                    className="kern-btn kern-btn--tertiary kern-btn--small"
                    aria-disabled={sendet || undefined}
                    onClick={() => {
                      setMeldung(null);
                      setAktionFehler(null);
                      setFrage(m);
                    }}
                  >
                    <span className="kern-label">
                      {k.entfernen}
                      <span className="kern-sr-only"> – {m.name}</span>
                    </span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </Tabelle>
      )}
    </section>
  );
}

function detailsText(d: unknown): string {
  if (!d || typeof d !== 'object') return '';
  return Object.entries(d as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([schl, v]) => `${schl}: ${['rolle', 'von', 'zu'].includes(schl) ? rolleText(String(v)) : typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(', ');
}

const AUDIT_SEITE = 20;

/** Known actions by name; others ("bedarf.status_geaendert") readable: "Bedarf: Status geändert". */
function aktionText(aktion: string): string {
  if (k.aktionen[aktion]) return k.aktionen[aktion];
  const [objekt, ...rest] = aktion.split('.');
  const lesbar = (s: string) => s.replace(/_/g, ' ').replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/(pr|f|zur)ue/g, '$1ü').replace(/\bueb/g, 'üb');
  const o = lesbar(objekt);
  return rest.length ? `${o.charAt(0).toUpperCase()}${o.slice(1)}: ${lesbar(rest.join(' '))}` : o;
}

function Audit({ kommuneId, stand }: { kommuneId: string; stand: number }) {
  const [items, setItems] = useState<AuditEintrag[] | null>(null);
  const [total, setTotal] = useState(0);
  const [fehler, setFehler] = useState<string | null>(null);
  const laden = useCallback(async (offset: number, signal?: AbortSignal) => {
    try {
      const r = await api<{ items: AuditEintrag[]; total: number }>(`/api/kommunen/${kommuneId}/audit?limit=${AUDIT_SEITE}&offset=${offset}`, { signal });
      setItems((alt) => (offset === 0 ? r.items : [...(alt ?? []), ...r.items]));
      setTotal(r.total);
    } catch (e) {
      if (!signal?.aborted) setFehler(e instanceof ApiFehler ? e.message : texte.kern.fehlerAllgemein);
    }
  }, [kommuneId]);
  useEffect(() => {
    const ac = new AbortController();
    void laden(0, ac.signal);
    return () => ac.abort();
  }, [laden, stand]);
  return (
    <section className="lotse-abschnitt" aria-labelledby={`audit-${kommuneId}`}>
      <h3 className="kern-heading-small" id={`audit-${kommuneId}`}>{k.auditTitel}</h3>
      <p className="kern-body">{k.auditEinleitung}</p>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : !items ? <Ladeanzeige /> : items.length === 0 ? <p className="kern-body">{k.auditLeer}</p> : (
        <>
          <Tabelle
            beschriftung={k.auditTitel}
            klein
            gestreift
            spalten={[{ titel: k.spalteZeitpunkt }, { titel: k.spalteWer }, { titel: k.spalteAktion }, { titel: k.spalteDetails }]}
          >
            {items.map((a) => (
              <tr key={a.id} className="kern-table__row">
                <td className="kern-table__cell"><time dateTime={a.zeitpunkt}>{datum.format(new Date(a.zeitpunkt))}</time></td>
                <td className="kern-table__cell">{a.wer ?? k.auditUnbekannt}</td>
                <td className="kern-table__cell">{aktionText(a.aktion)}</td>
                <td className="kern-table__cell">{detailsText(a.details)}</td>
              </tr>
            ))}
          </Tabelle>
          <p className="kern-body kern-body--small" role="status">{k.auditAnzahl(items.length, total)}</p>
          {items.length < total ? (
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void laden(items.length)}>
              <span className="kern-label">{k.auditMehr}</span>
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

function Verwaltung({ konto }: { konto: KontoTyp }) {
  const adminVon = konto.mitgliedschaften.filter((m) => m.rolle === 'admin');
  const [kommuneId, setKommuneId] = useState(adminVon[0]?.kommuneId ?? '');
  const [stand, setStand] = useState(0);
  const aktiv = adminVon.find((m) => m.kommuneId === kommuneId) ?? adminVon[0];
  if (!aktiv) return null;
  return (
    <section className="lotse-abschnitt lotse-verwaltung" aria-labelledby="konto-verwaltung">
      <h2 className="kern-heading-medium" id="konto-verwaltung">{k.verwaltungTitel(aktiv.kommuneName)}</h2>
      {adminVon.length > 1 ? (
        <Auswahl
          label={k.verwaltungWaehlen}
          optional={false}
          value={aktiv.kommuneId}
          onChange={(e) => setKommuneId(e.target.value)}
          optionen={adminVon.map((m) => ({ wert: m.kommuneId, text: m.kommuneName }))}
        />
      ) : null}
      <Einladen key={`e-${aktiv.kommuneId}`} kommuneId={aktiv.kommuneId} onErstellt={() => setStand((s) => s + 1)} />
      <Mitglieder key={`m-${aktiv.kommuneId}`} kommuneId={aktiv.kommuneId} kommuneName={aktiv.kommuneName} stand={stand} onGeaendert={() => setStand((s) => s + 1)} />
      <Audit kommuneId={aktiv.kommuneId} stand={stand} />
    </section>
  );
}

export default function Konto() {
  const { konto, geladen } = useKonto();
  const location = useLocation();
  const meldung = (location.state as { meldung?: string } | null)?.meldung;
  if (!geladen) {
    return (
      <>
        <Seitentitel titel={k.titel} />
        <Ladeanzeige />
      </>
    );
  }
  if (!konto) {
    return (
      <>
        <Seitentitel titel={k.titel} />
        <Alert typ="info" titel={k.nichtAngemeldetTitel} ansage="keine">
          <p className="kern-body">{k.nichtAngemeldet}</p>
          <p className="kern-body"><Link className="kern-link" to="/anmelden?weiter=%2Fkonto">{k.zurAnmeldung}</Link></p>
        </Alert>
      </>
    );
  }
  return (
    <>
      <Seitentitel titel={k.titel} />
      {meldung === 'registriert' ? <Alert typ="success">{k.registriert}</Alert> : meldung === 'angemeldet' ? <Alert typ="success">{k.willkommen}</Alert> : null}
      <Profil konto={konto} />
      <Mitgliedschaften konto={konto} />
      <Verwaltung konto={konto} />
      <PasswortAendern />
    </>
  );
}
