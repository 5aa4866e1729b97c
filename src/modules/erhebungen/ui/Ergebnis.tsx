import { useCallback, useEffect, useRef, useState } from 'react';
import './erhebungen.css';
import { Link, useParams } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Diagramm, Formularfeld, Ladeanzeige, Seitentitel, Tabelle } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { erhebungen as erhebungenTexte } from './texte.ts';
import { useKonto } from '../../../web/konto.tsx';
import type { ErgebnisAntwort, RundeAntwort as Runde, RundeKurz } from '../runden/runden.schemas.ts';
import type { VergleichAntwort } from '../vergleich/vergleich.schemas.ts';
import type { BedarfEntwurf, LueckenAntwort } from '../luecken/luecken.schemas.ts';

const t = erhebungenTexte.ergebnis;
const z = erhebungenTexte.zahl;

function Kennzahl({ wert, text }: { wert: string; text: string }) {
  return (
    <div className="lotse-kennzahl">
      <span className="lotse-kennzahl__wert">{wert}</span>
      <span className="lotse-kennzahl__text">{text}</span>
    </div>
  );
}

// ---- Lücke mit Bedarfsentwurf ----------------------------------------------------------------------

function Luecke({ l, darfAnlegen, nr }: { l: LueckenAntwort['luecken'][number]; darfAnlegen: boolean; nr: number }) {
  const [entwurf, setEntwurf] = useState<BedarfEntwurf>(l.bedarfEntwurf);
  const [bedarfId, setBedarfId] = useState<string | null>(l.bedarfId);
  const [sendet, setSendet] = useState(false);
  const [fehler, setFehler] = useState<string | null>(null);
  const [neu, setNeu] = useState(false);
  const meldung = useRef<HTMLDivElement>(null);
  const basis = `luecke-${nr}`;
  useEffect(() => {
    if (neu) meldung.current?.focus();
  }, [neu]);

  const anlegen = async () => {
    if (sendet) return;
    setSendet(true);
    setFehler(null);
    try {
      const { handlungsfeld, ...rest } = entwurf;
      const r = await api<{ id: string }>('/api/bedarfe', { body: { ...rest, ...(handlungsfeld ? { handlungsfeld } : {}), titel: entwurf.titel.trim(), beschreibung: entwurf.beschreibung.trim() } });
      setBedarfId(r.id);
      setNeu(true);
    } catch (err) {
      setFehler(err instanceof ApiFehler && err.status === 404 ? texte.kern.fehlerAllgemein : err instanceof Error ? err.message : texte.kern.fehlerAllgemein);
    } finally {
      setSendet(false);
    }
  };

  return (
    <li className="kern-card lotse-luecke">
      <div className="kern-card__container">
        <div className="kern-card__header">
          <h3 className="kern-heading-small">{l.dimension.titel}</h3>
          <p className="kern-body">
            {z(l.dimension.score)} {t.punkte}
            {l.dimension.stufe ? ` · ${t.stufe(l.dimension.stufe.stufe, l.dimension.stufe.label)}` : ''}
          </p>
        </div>
        <div className="kern-card__body">
          {l.fragen.length ? (
            <>
              <p className="kern-body kern-body--bold">{t.schwacheFragen}</p>
              <ul className="kern-list">{l.fragen.map((f) => <li key={f.itemId} className="kern-body">{f.text}</li>)}</ul>
            </>
          ) : null}

          <h4 className="kern-heading-small">{t.loesungenTitel}</h4>
          {l.hinweis ? <p className="kern-body">{t.wieIhre}</p> : null}
          {l.loesungen.length ? (
            <ul className="kern-list">
              {l.loesungen.map((s) => (
                <li key={s.id} className="kern-body">
                  <Link className="kern-link" to={`/loesungen/${s.id}`}>{s.titel}</Link>
                  {s.herkunft ? ` (${s.herkunft})` : ''}
                  {s.vonKommunenWieIhrer ? <span className="kern-badge kern-badge--info kern-badge--small lotse-badge-abstand"><span className="kern-label kern-label--small">{t.wieIhreMarke}</span></span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="kern-body">{t.keineLoesungen}</p>
          )}

          {bedarfId ? (
            <Alert typ="success" ref={meldung} fokussierbar ansage={neu ? 'status' : 'keine'} titel={neu ? t.bedarfAngelegt : t.bedarfVorhanden}>
              <p className="kern-body"><Link className="kern-link" to={`/bedarfe/${bedarfId}`}>{t.bedarfAnsehen}</Link></p>
            </Alert>
          ) : darfAnlegen ? (
            <details className="lotse-details">
              <summary className="kern-body">{t.entwurf}</summary>
              <form className="lotse-formular" onSubmit={(e) => { e.preventDefault(); void anlegen(); }} aria-label={`${t.entwurf}: ${l.dimension.titel}`}>
                <Formularfeld id={`${basis}-titel`} label={t.entwurfTitel} value={entwurf.titel} maxLength={200} onChange={(e) => setEntwurf({ ...entwurf, titel: e.target.value })} />
                <div className="kern-form-input">
                  <label className="kern-label" htmlFor={`${basis}-beschreibung`}>{t.entwurfBeschreibung}</label>
                  <textarea className="kern-form-input__input" id={`${basis}-beschreibung`} rows={8} maxLength={10000} required value={entwurf.beschreibung} onChange={(e) => setEntwurf({ ...entwurf, beschreibung: e.target.value })} />
                </div>
                <fieldset className="kern-fieldset">
                  <legend className="kern-label">{t.entwurfDringlichkeit}</legend>
                  <div className="kern-fieldset__body kern-fieldset__body--horizontal">
                    {(['hoch', 'mittel', 'niedrig'] as const).map((d) => (
                      <div key={d} className="kern-form-check">
                        <input className="kern-form-check__radio" type="radio" id={`${basis}-d-${d}`} name={`${basis}-d`} checked={entwurf.dringlichkeit === d} onChange={() => setEntwurf({ ...entwurf, dringlichkeit: d })} />
                        <label className="kern-label" htmlFor={`${basis}-d-${d}`}>{t.dringlichkeit[d]}</label>
                      </div>
                    ))}
                  </div>
                </fieldset>
                {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
                <div className="lotse-knopfleiste">
                  <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}>
                    <span className="kern-label">{sendet ? t.bedarfSendet : t.bedarfAnlegen}</span>
                  </button>
                </div>
              </form>
            </details>
          ) : (
            <p className="kern-body lotse-gedaempft">{t.bedarfNurMitglieder}</p>
          )}
          {darfAnlegen && !bedarfId ? (
            <div className="lotse-knopfleiste">
              <button type="button" className="kern-btn kern-btn--secondary" onClick={anlegen} aria-disabled={sendet || undefined}>
                <span className="kern-label">{sendet ? t.bedarfSendet : `${t.bedarfAnlegen}: ${l.dimension.titel}`}</span>
              </button>
            </div>
          ) : null}
        </div>
      </div>
    </li>
  );
}

// ---- Einwilligung als Vorreiter ---------------------------------------------------------------------

function Vorreiter({ kommuneId, fragebogenId, dimensionen }: { kommuneId: string; fragebogenId: string; dimensionen: { id: string; titel: string }[] }) {
  const [gewaehlt, setGewaehlt] = useState<string[] | null>(null);
  const [meldung, setMeldung] = useState('');
  useEffect(() => {
    api<{ items: Record<string, string[]> }>(`/api/kommunen/${kommuneId}/vorreiter`).then((r) => setGewaehlt(r.items[fragebogenId] ?? [])).catch(() => setGewaehlt([]));
  }, [kommuneId, fragebogenId]);
  if (gewaehlt === null) return null;
  const speichern = async () => {
    setMeldung('');
    try {
      await api(`/api/kommunen/${kommuneId}/vorreiter`, { method: 'PUT', body: { fragebogenId, dimensionen: gewaehlt } });
      setMeldung(t.vorreiterGespeichert);
    } catch (err) {
      setMeldung(err instanceof Error ? err.message : texte.kern.fehlerAllgemein);
    }
  };
  return (
    <section className="lotse-abschnitt" aria-labelledby="vorreiter-titel">
      <h2 className="kern-heading-medium" id="vorreiter-titel">{t.vorreiterTitel}</h2>
      <form onSubmit={(e) => { e.preventDefault(); void speichern(); }} aria-labelledby="vorreiter-titel">
        <fieldset className="kern-fieldset" aria-describedby="vorreiter-hinweis">
          <legend className="kern-label">{t.vorreiterLegende}</legend>
          <div className="kern-hint" id="vorreiter-hinweis">{t.vorreiterHinweis}</div>
          <div className="kern-fieldset__body">
            {dimensionen.map((d) => (
              <div key={d.id} className="kern-form-check">
                <input className="kern-form-check__checkbox" type="checkbox" id={`vorreiter-${d.id}`} checked={gewaehlt.includes(d.id)} onChange={(e) => setGewaehlt(e.target.checked ? [...gewaehlt, d.id] : gewaehlt.filter((x) => x !== d.id))} />
                <label className="kern-label" htmlFor={`vorreiter-${d.id}`}>{d.titel}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t.vorreiterSpeichern}</span></button>
        </div>
        <p className="kern-body" role="status">{meldung}</p>
      </form>
    </section>
  );
}

// ---- Seite ------------------------------------------------------------------------------------------

export default function Ergebnis() {
  const { id = '' } = useParams();
  const { konto } = useKonto();
  const [runde, setRunde] = useState<Runde | null>(null);
  const [ergebnis, setErgebnis] = useState<ErgebnisAntwort | null>(null);
  const [zuWenige, setZuWenige] = useState<{ anzahl: number; mindestens: number } | null>(null);
  const [laeuft, setLaeuft] = useState<{ anzahl: number; mindestens: number; schliesstAm: string | null } | null>(null);
  const [vergleich, setVergleich] = useState<VergleichAntwort | null>(null);
  const [vergleichFehler, setVergleichFehler] = useState<string | null>(null);
  const [luecken, setLuecken] = useState<LueckenAntwort | null>(null);
  const [verlauf, setVerlauf] = useState<RundeKurz[]>([]);
  const [fehler, setFehler] = useState<string | null>(null);
  const [teamBeendet, setTeamBeendet] = useState(false);

  const laden = useCallback(async () => {
    try {
      const r = await api<Runde>(`/api/erhebungen/${id}`);
      setRunde(r);
      try {
        setLaeuft(null);
        setErgebnis(await api<ErgebnisAntwort>(`/api/erhebungen/${id}/ergebnis`));
      } catch (err) {
        if (err instanceof ApiFehler && err.code === 'erhebung.zu_wenige_antworten') {
          setLaeuft(null);
          setZuWenige(err.details[0] as { anzahl: number; mindestens: number });
          return;
        }
        if (err instanceof ApiFehler && err.code === 'erhebung.team_laeuft') {
          setLaeuft(err.details[0] as { anzahl: number; mindestens: number; schliesstAm: string | null });
          return;
        }
        throw err;
      }
      const [v, l, liste] = await Promise.allSettled([
        api<VergleichAntwort>(`/api/erhebungen/${id}/vergleich`),
        api<LueckenAntwort>(`/api/erhebungen/${id}/luecken`),
        api<{ items: RundeKurz[] }>(`/api/kommunen/${r.kommuneId}/erhebungen`),
      ]);
      if (v.status === 'fulfilled') setVergleich(v.value);
      else setVergleichFehler(v.reason instanceof Error ? v.reason.message : t.keineGroessenklasse);
      if (l.status === 'fulfilled') setLuecken(l.value);
      if (liste.status === 'fulfilled') setVerlauf(liste.value.items.filter((x) => x.fragebogen.id === r.fragebogen.id && x.gesamt?.score != null));
    } catch (err) {
      setFehler(err instanceof Error ? err.message : texte.kern.fehlerAllgemein);
    }
  }, [id]);

  useEffect(() => {
    void laden();
  }, [laden]);

  if (fehler) return <><Seitentitel titel={t.fehlerTitel} /><Alert typ="danger">{fehler}</Alert></>;
  if (!runde) return <Ladeanzeige />;

  const mitglied = konto?.mitgliedschaften.find((m) => m.kommuneId === runde.kommuneId);
  const istAdmin = mitglied?.rolle === 'admin';
  const teamOffen = runde.modus === 'team' && runde.status === 'offen' && !teamBeendet;
  const beenden = async () => {
    await api(`/api/erhebungen/${id}/team/beenden`, { method: 'POST' });
    setTeamBeendet(true);
    void laden();
  };

  const downloads = (
    <section className="lotse-abschnitt" aria-labelledby="downloads-titel">
      <h2 className="kern-heading-medium" id="downloads-titel">{t.downloadsTitel}</h2>
      <div className="lotse-knopfleiste">
        <a className="kern-btn kern-btn--secondary" href={`/api/erhebungen/${id}/bericht.pdf`} download>
          <span className="kern-icon kern-icon--download" aria-hidden="true" />
          <span className="kern-label">{t.pdf}</span>
        </a>
        {runde.modus === 'einzeln' ? (
          <a className="kern-btn kern-btn--secondary" href={`/api/erhebungen/${id}/antworten.csv`} download>
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            <span className="kern-label">{t.csv}</span>
          </a>
        ) : null}
      </div>
      {runde.modus === 'team' ? <p className="kern-body kern-body--small">{t.csvTeam}</p> : null}
      {istAdmin && teamOffen ? (
        <div className="lotse-knopfleiste">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={beenden}><span className="kern-label">{t.teamBeenden}</span></button>
        </div>
      ) : null}
      <p className="kern-body" role="status">{teamBeendet ? t.teamBeendet : ''}</p>
    </section>
  );

  const kopf = (
    <Seitentitel
      titel={runde.fragebogen.titel}
      dokumentTitel={`${t.vorzeile}: ${runde.fragebogen.titel}`}
      vorzeile={`${t.vorzeile} · ${runde.kommuneName} · ${erhebungenTexte.datum(runde.abgeschlossenAm ?? runde.erstelltAm)}`}
    />
  );

  if (laeuft && !teamBeendet) {
    return (
      <div>
        {kopf}
        <Alert typ="info" ansage="keine">{t.teamLaeuft(laeuft.anzahl, laeuft.mindestens, erhebungenTexte.datum(laeuft.schliesstAm))}</Alert>
        <p className="kern-body">{t.teamGrenzen}</p>
        {downloads}
      </div>
    );
  }
  if (zuWenige) {
    return (
      <div>
        {kopf}
        <Alert typ="info" ansage="keine">{t.zuWenige(zuWenige.anzahl, zuWenige.mindestens)}</Alert>
        {downloads}
      </div>
    );
  }
  if (!ergebnis) return <>{kopf}<Ladeanzeige /></>;

  const dims = ergebnis.dimensionen;
  const kategorien = dims.map((d) => d.titel);
  const rollen = (rolle: string) => dims.map((d) => d.rollen.find((r) => r.rolle === rolle)?.mittelwert ?? null);
  const hatRollen = dims.some((d) => d.rollen.length >= 2);
  const mitPosition = vergleich?.dimensionen.filter((d) => d.position) ?? [];
  const bereicheText = (bereiche: { von: number; bis: number; anzahl: number }[], einheit: string) =>
    bereiche.map((b) => t.bereichText(b.von, b.bis, b.anzahl, einheit)).join(' · ');

  return (
    <div>
      {kopf}
      {ergebnis.vorlaeufig ? <Alert typ="warning" ansage="keine">{t.vorlaeufig}</Alert> : null}

      <section className="lotse-abschnitt" aria-labelledby="gesamt-titel">
        <h2 className="kern-heading-medium" id="gesamt-titel">{t.gesamt}</h2>
        <Kennzahl wert={z(ergebnis.gesamt.score)} text={ergebnis.gesamt.stufe ? t.stufe(ergebnis.gesamt.stufe.stufe, ergebnis.gesamt.stufe.label) : t.punkte} />
        <div className="lotse-zweispaltig">
          <Diagramm
            titel={t.radarTitel}
            art="radar"
            kategorien={kategorien}
            kategorieTitel={t.bereich}
            reihen={[
              { name: runde.modus === 'team' ? `${t.radarReihe} (Mittelwert)` : t.radarReihe, werte: dims.map((d) => d.score) },
              ...(hatRollen ? [{ name: t.fuehrung, werte: rollen('fuehrung') }, { name: t.beschaeftigte, werte: rollen('beschaeftigte') }] : []),
            ]}
            max={100}
            einheit={t.punkte}
            tabelle="aufklappbar"
          />
          <div className="kern-table-responsive">
            <table className="kern-table kern-table--small">
              <caption className="kern-body kern-body--bold">{t.stufenTitel}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t.bereich}</th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{t.punkte}</th>
                  <th scope="col" className="kern-table__header">{t.spalteStufe}</th>
                  {runde.modus === 'einzeln' ? <th scope="col" className="kern-table__header kern-table__header--numeric">{t.spalteBeantwortet}</th> : null}
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {dims.map((d) => (
                  <tr key={d.id} className="kern-table__row">
                    <th scope="row" className="kern-table__header">{d.titel}</th>
                    <td className="kern-table__cell kern-table__cell--numeric">{z(d.score)}</td>
                    <td className="kern-table__cell">{d.stufe ? `${d.stufe.stufe} – ${d.stufe.label}` : '–'}</td>
                    {runde.modus === 'einzeln' ? <td className="kern-table__cell kern-table__cell--numeric">{d.beantwortet} / {d.anzahl}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
        {ergebnis.selbstbild.length ? (
          <>
            <h3 className="kern-heading-small">{t.selbstbildTitel}</h3>
            <ul className="kern-list">
              {ergebnis.selbstbild.map((s) => (
                <li key={s.dimension} className="kern-body">{t.selbstbild(dims.find((d) => d.id === s.dimension)?.titel ?? s.dimension, s.einschaetzung, z(s.score))}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      {runde.modus === 'team' ? (
        <section className="lotse-abschnitt" aria-labelledby="team-titel">
          <h2 className="kern-heading-medium" id="team-titel">{t.teamTitel}</h2>
          <p className="kern-body">{t.teamEinleitung(ergebnis.anzahlAntworten)}</p>
          <Tabelle
            beschriftung={t.teamTabelle}
            beschriftungSichtbar
            klein
            spalten={[{ titel: t.bereich }, { titel: t.spalteMittelwert, zahl: true }, { titel: t.spalteVerteilung }]}
          >
            {dims.map((d) => (
              <tr key={d.id} className="kern-table__row">
                <th scope="row" className="kern-table__header">{d.titel}</th>
                <td className="kern-table__cell kern-table__cell--numeric">{z(d.score)}</td>
                <td className="kern-table__cell">{d.verteilung.length ? bereicheText(d.verteilung, t.personen) : '–'}</td>
              </tr>
            ))}
          </Tabelle>
          <p className="kern-body kern-body--small">{t.teamGrenzen}</p>
          {hatRollen ? (
            <Diagramm
              titel={t.rollenTitel}
              beschreibung={t.rollenBeschreibung}
              art="balken"
              kategorien={kategorien}
              kategorieTitel={t.bereich}
              reihen={[{ name: t.fuehrung, werte: rollen('fuehrung') }, { name: t.beschaeftigte, werte: rollen('beschaeftigte') }, { name: t.differenz, werte: dims.map((d) => d.differenzFuehrungBeschaeftigte) }]}
              einheit={t.punkte}
            />
          ) : (
            <p className="kern-body">{t.keineRollen}</p>
          )}
        </section>
      ) : null}

      <section className="lotse-abschnitt" aria-labelledby="vergleich-titel">
        <h2 className="kern-heading-medium" id="vergleich-titel">{t.vergleichTitel}</h2>
        {vergleichFehler ? <Alert typ="info" ansage="keine">{vergleichFehler}</Alert> : null}
        {vergleich ? (
          <>
            <p className="kern-body">{t.vergleichEinleitung(vergleich.gruppe.art, vergleich.gruppe.groessenklasse, erhebungenTexte.datum(vergleich.stand.berechnetAm))}</p>
            {!vergleich.eigeneRundeAbgeschlossen ? <Alert typ="info" ansage="keine">{t.vergleichNachAbschluss}</Alert> : null}
            {mitPosition.length ? (
              <Diagramm
                titel={t.positionBalken}
                beschreibung={t.positionBeschreibung}
                art="balken-horizontal"
                gestapelt
                kategorien={mitPosition.map((d) => `${d.titel} (${t.ihrBereich(d.position!.von, d.position!.bis)})`)}
                kategorieTitel={t.bereich}
                reihen={[
                  { name: t.reiheDarunter, werte: mitPosition.map((d) => d.position!.anteilDarunter) },
                  { name: t.reiheImBereich, werte: mitPosition.map((d) => d.position!.anteilImBereich) },
                  { name: t.reiheDarueber, werte: mitPosition.map((d) => d.position!.anteilDarueber) },
                ]}
                max={100}
                einheit="%"
                hoehe={Math.max(200, mitPosition.length * 56 + 80)}
                tabelle="aufklappbar"
              />
            ) : null}
            <Tabelle
              beschriftung={t.positionTabelle}
              beschriftungSichtbar
              klein
              spalten={[{ titel: t.bereich }, { titel: t.spalteIhrWert, zahl: true }, { titel: t.spalteIhrBereich }, { titel: t.spalteBereiche }, { titel: t.spalteAnzahl, zahl: true }, { titel: t.spalteVorreiter }]}
            >
              {vergleich.dimensionen.map((d) => (
                <tr key={d.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header">{d.titel}</th>
                  <td className="kern-table__cell kern-table__cell--numeric">{z(d.score)}</td>
                  <td className="kern-table__cell">{d.position ? t.ihrBereich(d.position.von, d.position.bis) : '–'}</td>
                  <td className="kern-table__cell">
                    {d.verfuegbar ? `${bereicheText(d.bereiche, t.kommunen)}${d.medianBereich ? ` (${t.mitte(d.medianBereich.von, d.medianBereich.bis)})` : ''}` : t.zuKlein}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric">{d.anzahlKommunen ?? '–'}</td>
                  <td className="kern-table__cell">{d.vorreiter.length ? d.vorreiter.join(', ') : '–'}</td>
                </tr>
              ))}
            </Tabelle>
          </>
        ) : null}
      </section>

      {vergleich?.studie ? (
        <section className="lotse-abschnitt" aria-labelledby="studie-titel">
          <h2 className="kern-heading-medium" id="studie-titel">{t.studieTitel}</h2>
          {vergleich.studie.gruppe ? <p className="kern-body">{t.studieEinleitung(vergleich.studie.gruppe.label, vergleich.studie.gruppe.n)}</p> : null}
          {vergleich.studie.werte.length ? (
            <Diagramm
              titel={t.studieBalken}
              art="balken-horizontal"
              kategorien={vergleich.studie.werte.map((w) => `${w.merkmal}: ${w.auspraegung}`)}
              kategorieTitel={t.studieKategorie}
              reihen={[{ name: t.studieReihe, werte: vergleich.studie.werte.map((w) => w.prozent) }]}
              max={100}
              einheit="%"
              hoehe={Math.max(240, vergleich.studie.werte.length * 36)}
              tabelle="aufklappbar"
            />
          ) : null}
          <ul className="kern-list">
            {vergleich.studie.saetze.map((s) => (
              <li key={`${s.itemId}-${s.satz}`} className="kern-body"><span className="lotse-gedaempft">{s.frage} – </span>{s.satz}</li>
            ))}
          </ul>
          <p className="kern-body kern-body--small">
            {vergleich.studie.quelle.url ? <a className="kern-link" href={vergleich.studie.quelle.url}>{t.studieQuelle(vergleich.studie.quelle.herausgeber, vergleich.studie.quelle.jahr)}</a> : t.studieQuelle(vergleich.studie.quelle.herausgeber, vergleich.studie.quelle.jahr)}
          </p>
        </section>
      ) : null}

      {verlauf.length > 1 ? (
        <section className="lotse-abschnitt" aria-labelledby="verlauf-titel">
          <h2 className="kern-heading-medium" id="verlauf-titel">{t.verlaufTitel}</h2>
          <Diagramm
            titel={t.verlaufTitel}
            art="linie"
            kategorien={verlauf.map((r) => erhebungenTexte.datum(r.abgeschlossenAm ?? r.erstelltAm))}
            kategorieTitel={t.verlaufKategorie}
            reihen={[
              { name: t.gesamt, werte: verlauf.map((r) => r.gesamt?.score ?? null) },
              ...dims.map((d) => ({ name: d.titel, werte: verlauf.map((r) => r.dimensionen.find((x) => x.id === d.id)?.score ?? null) })),
            ]}
            max={100}
            einheit={t.punkte}
            tabelle="aufklappbar"
          />
        </section>
      ) : null}

      {luecken?.luecken.length ? (
        <section className="lotse-abschnitt" aria-labelledby="luecken-titel">
          <h2 className="kern-heading-medium" id="luecken-titel">{t.lueckenTitel}</h2>
          <p className="kern-body">{t.lueckenEinleitung}</p>
          <ul className="lotse-liste-ohne lotse-stapel">
            {luecken.luecken.map((l, i) => <Luecke key={l.dimension.id} l={l} nr={i} darfAnlegen={!!mitglied} />)}
          </ul>
        </section>
      ) : null}

      {istAdmin && runde.status === 'abgeschlossen' ? <Vorreiter kommuneId={runde.kommuneId} fragebogenId={runde.fragebogen.id} dimensionen={dims} /> : null}

      {downloads}
    </div>
  );
}
