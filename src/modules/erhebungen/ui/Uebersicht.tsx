import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import './erhebungen.css';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Auswahl, Formularfeld, Kopierfeld, Ladeanzeige, Seitentitel, Tabelle } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { erhebungen as erhebungenTexte } from './texte.ts';
import { useKonto } from '../../../web/konto.tsx';
import type { FragebogenKurz } from '../frageboegen/frageboegen.schemas.ts';
import type { RundeKurz as Runde } from '../runden/runden.schemas.ts';

const t = erhebungenTexte.uebersicht;
const tt = erhebungenTexte;

function statusText(r: Runde): string {
  if (r.modus === 'team') {
    const offen = r.status === 'offen' && (!r.schliesstAm || Date.parse(r.schliesstAm) > Date.now());
    return offen ? t.status.teamOffen(r.anzahlAntworten, tt.datum(r.schliesstAm)) : t.status.teamZu(r.anzahlAntworten);
  }
  return r.status === 'abgeschlossen' ? t.status.abgeschlossen(tt.datum(r.abgeschlossenAm)) : t.status.offen;
}

function TeamFormular({ kommuneId, frageboegen, erstellt }: { kommuneId: string; frageboegen: FragebogenKurz[]; erstellt: () => void }) {
  const [fragebogenId, setFragebogenId] = useState(frageboegen[0]?.id ?? '');
  const [bis, setBis] = useState('');
  const [fehler, setFehler] = useState<string | undefined>();
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  const erfolg = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (link) erfolg.current?.focus();
  }, [link]);

  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    const ende = bis ? new Date(`${bis}T23:59:59`) : null;
    if (!ende || Number.isNaN(ende.getTime()) || ende.getTime() <= Date.now()) {
      setFehler(t.fehlerDatum);
      return;
    }
    setFehler(undefined);
    setAllgemein(null);
    setSendet(true);
    try {
      const r = await api<{ teamLink: string }>(`/api/kommunen/${kommuneId}/erhebungen/team`, { body: { fragebogenId, schliesstAm: ende.toISOString() } });
      setLink(`${window.location.origin}${r.teamLink}`);
      erstellt();
    } catch (err) {
      setAllgemein(err instanceof Error ? err.message : texte.kern.fehlerAllgemein);
    } finally {
      setSendet(false);
    }
  };

  return (
    <section className="lotse-abschnitt" aria-labelledby="team-titel">
      <h2 className="kern-heading-medium" id="team-titel">{t.teamTitel}</h2>
      <p className="kern-body">{t.teamHinweis}</p>
      {link ? (
        <Alert typ="success" ref={erfolg} fokussierbar ansage="status" titel={t.teamErstellt}>
          <Kopierfeld label={t.teamLink} wert={link} hinweis={t.teamLinkHinweis} />
        </Alert>
      ) : null}
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="team-titel">
        <Auswahl label={t.teamFragebogen} value={fragebogenId} onChange={(e) => setFragebogenId(e.target.value)} optionen={frageboegen.map((f) => ({ wert: f.id, text: f.titel }))} />
        <Formularfeld label={t.teamSchliesst} hinweis={t.teamSchliesstHinweis} type="date" value={bis} onChange={(e) => setBis(e.target.value)} fehler={fehler} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={sendet || undefined}>
            <span className="kern-label">{t.teamOeffnen}</span>
          </button>
        </div>
      </form>
    </section>
  );
}

export default function Uebersicht() {
  const { konto, geladen } = useKonto();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const kommunen = konto?.mitgliedschaften ?? [];
  const kommuneId = params.get('kommune') ?? kommunen[0]?.kommuneId ?? '';
  const istAdmin = kommunen.some((m) => m.kommuneId === kommuneId && m.rolle === 'admin');
  const [frageboegen, setFrageboegen] = useState<FragebogenKurz[] | null>(null);
  const [runden, setRunden] = useState<Runde[] | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const [startet, setStartet] = useState<string | null>(null);

  const laden = useCallback(async () => {
    try {
      const f = await api<{ items: FragebogenKurz[] }>('/api/frageboegen');
      setFrageboegen(f.items);
      if (kommuneId) setRunden((await api<{ items: Runde[] }>(`/api/kommunen/${kommuneId}/erhebungen`)).items);
    } catch (err) {
      setFehler(err instanceof Error ? err.message : texte.kern.fehlerAllgemein);
    }
  }, [kommuneId]);

  useEffect(() => {
    void laden();
  }, [laden]);

  const starten = async (fragebogenId: string) => {
    setStartet(fragebogenId);
    try {
      const r = await api<{ id: string }>(`/api/kommunen/${kommuneId}/erhebungen`, { body: { fragebogenId } });
      navigate(`/erhebungen/${r.id}`);
    } catch (err) {
      setFehler(err instanceof ApiFehler ? err.message : texte.kern.fehlerAllgemein);
      setStartet(null);
    }
  };

  return (
    <div>
      <Seitentitel titel={t.titel} vorzeile={t.vorzeile} einleitung={t.einleitung} />
      {fehler ? <Alert typ="danger" titel={t.fehlerTitel}>{fehler}</Alert> : null}
      {!geladen ? <Ladeanzeige /> : null}
      {geladen && !konto ? (
        <Alert typ="info" ansage="keine">
          <p className="kern-body">{t.anmelden} <Link className="kern-link" to="/anmelden?weiter=/erhebungen">{t.anmeldenLink}</Link></p>
        </Alert>
      ) : null}
      {geladen && konto && !kommunen.length ? <Alert typ="info" ansage="keine">{t.keineKommune}</Alert> : null}

      {kommunen.length > 1 ? (
        <Auswahl
          label={t.kommune}
          value={kommuneId}
          onChange={(e) => setParams({ kommune: e.target.value })}
          optionen={kommunen.map((m) => ({ wert: m.kommuneId, text: m.kommuneName }))}
        />
      ) : null}

      {kommuneId && frageboegen ? (
        <section className="lotse-abschnitt" aria-labelledby="checks-titel">
          <h2 className="kern-heading-medium" id="checks-titel">{t.checksTitel}</h2>
          <p className="kern-body">{t.startenHinweis}</p>
          <ul className="lotse-liste-ohne lotse-grid">
            {frageboegen.map((f) => (
              <li key={f.id} className="kern-card">
                <div className="kern-card__container">
                  <div className="kern-card__header">
                    <h3 className="kern-heading-small">{f.titel}</h3>
                    <p className="kern-body kern-body--small lotse-gedaempft">{t.fragen(f.anzahlFragen)} · Version {f.version}</p>
                  </div>
                  <div className="kern-card__body">
                    <p className="kern-body">{f.beschreibung}</p>
                    <p className="kern-body kern-body--bold">{t.bereiche}</p>
                    <ul className="kern-list">
                      {f.dimensionen.map((d) => <li key={d.id} className="kern-body">{d.titel}</li>)}
                    </ul>
                  </div>
                  <div className="kern-card__footer">
                    <button type="button" className="kern-btn kern-btn--primary" onClick={() => starten(f.id)} aria-disabled={startet !== null || undefined}>
                      <span className="kern-label">{t.starteEinzeln(f.titel)}</span>
                    </button>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {kommuneId && istAdmin && frageboegen ? <TeamFormular kommuneId={kommuneId} frageboegen={frageboegen} erstellt={() => void laden()} /> : null}

      {kommuneId ? (
        <section className="lotse-abschnitt" aria-labelledby="runden-titel">
          <h2 className="kern-heading-medium" id="runden-titel">{t.rundenTitel}</h2>
          {runden === null ? (
            <Ladeanzeige />
          ) : runden.length === 0 ? (
            <p className="kern-body">{t.keineRunden}</p>
          ) : (
            <Tabelle
              beschriftung={t.tabelle}
              spalten={[
                { titel: t.spalteFragebogen },
                { titel: t.spalteModus },
                { titel: t.spalteBegonnen },
                { titel: t.spalteStatus },
                { titel: t.spalteErgebnis, zahl: true },
                { titel: t.spalteAktion },
              ]}
            >
              {[...runden].reverse().map((r) => (
                <tr key={r.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header">{r.fragebogen.titel}</th>
                  <td className="kern-table__cell">{t.modus[r.modus]}</td>
                  <td className="kern-table__cell">{tt.datum(r.erstelltAm)}</td>
                  <td className="kern-table__cell">{statusText(r)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {r.gesamt?.score != null ? `${tt.zahl(r.gesamt.score)}${r.gesamt.stufe ? ` (${r.gesamt.stufe.label})` : ''}` : '–'}
                  </td>
                  <td className="kern-table__cell">
                    {r.modus === 'einzeln' && r.status === 'offen' ? (
                      <Link className="kern-link" to={`/erhebungen/${r.id}`}>{t.fortsetzen}<span className="kern-sr-only">: {r.fragebogen.titel}, {tt.datum(r.erstelltAm)}</span></Link>
                    ) : (
                      <Link className="kern-link" to={`/erhebungen/${r.id}/ergebnis`}>{t.ergebnis}<span className="kern-sr-only">: {r.fragebogen.titel}, {tt.datum(r.erstelltAm)}</span></Link>
                    )}
                  </td>
                </tr>
              ))}
            </Tabelle>
          )}
        </section>
      ) : null}
    </div>
  );
}
