import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, Ladeanzeige, Seitentitel, Tabelle, useDaten, useFormular } from '../../../../web/komponenten/index.ts';
import { useKonto } from '../../../../web/konto.tsx';
import type { PrioritaetAntwort } from '../../prioritaet/prioritaet.schemas.ts';
import { FELD_TEXT, SKALA_TEXT, prioritaet as t } from './texte.ts';

/** /wirkung/prioritaet – prioritisation table (expected effect vs effort), freed budget, goal conflicts, council PDF. */
export default function Prioritaet() {
  const { konto } = useKonto();
  const kommunen = konto?.mitgliedschaften ?? [];
  const [kommuneId, setKommuneId] = useState(kommunen[0]?.kommuneId ?? '');
  const d = useDaten<PrioritaetAntwort>(kommuneId ? `/api/wirkung/prioritaet?kommuneId=${kommuneId}` : null);
  return (
    <>
      <Seitentitel titel={t.titel} />
      <p className="kern-body lotse-text">{t.einleitung}</p>
      {!kommunen.length ? <Alert typ="info">{t.keineKommune}</Alert> : (
        <>
          {kommunen.length > 1 ? (
            <Auswahl label={t.kommune} value={kommuneId} onChange={(e) => setKommuneId(e.target.value)} optionen={kommunen.map((k) => ({ wert: k.kommuneId, text: k.kommuneName }))} />
          ) : null}
          {d.fehler ? <Alert typ="danger">{d.fehler}</Alert> : !d.daten ? <Ladeanzeige text={t.laden} /> : (
            <>
              <p className="kern-body">{t.budgetAktiv}: <strong>{t.euro(d.daten.budgetAktiv)} {t.jeJahr}</strong></p>
              <p className="kern-body">{t.budgetFrei}: <strong data-testid="prioritaet-budget-frei">{t.euro(d.daten.budgetFrei)} {t.jeJahr}</strong></p>
              <ul className="kern-list">
                <li><a className="kern-link" href={`/api/wirkung/prioritaet.pdf?kommuneId=${kommuneId}`} download>{t.pdf}</a></li>
                <li><a className="kern-link" href={`/api/wirkung/prioritaet.docx?kommuneId=${kommuneId}`} download>{t.docx}</a></li>
              </ul>
              {d.daten.items.length ? (
                <Tabelle beschriftung={t.tabelle} spalten={[{ titel: t.spalteMassnahme }, { titel: t.spalteBudget, zahl: true }, { titel: t.spalteWirkung, zahl: true }, { titel: t.spalteAufwand, zahl: true }, { titel: t.spalteFeld }, { titel: t.spalteZiele }]}>
                  {d.daten.items.map((m) => (
                    <tr className="kern-table__row" key={m.id}>
                      <th scope="row" className="kern-table__header">{m.titel}{m.status === 'beendet' ? <> <span className="kern-badge"><span className="kern-label kern-label--small">{t.beendet}</span></span></> : null}</th>
                      <td className="kern-table__cell kern-table__cell--numeric">{m.budget === null ? t.keinBudget : t.euro(m.budget)}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">{m.wirkungErwartet ?? '–'}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">{m.aufwand ?? '–'}</td>
                      <td className="kern-table__cell">{FELD_TEXT[m.feld]}</td>
                      <td className="kern-table__cell">
                        {m.ziele.length ? <ul className="kern-list">{m.ziele.map((z) => <li key={z.id}><Link className="kern-link" to={`/wirkung/ziele/${z.id}`}>{z.aussage}</Link></li>)}</ul> : t.keinZiel}
                      </td>
                    </tr>
                  ))}
                </Tabelle>
              ) : <p className="kern-body">{t.leer}</p>}
              {d.daten.darfSchreiben && d.daten.items.length ? <Einschaetzung daten={d.daten} gespeichert={d.neuLaden} /> : null}
              <Konflikte daten={d.daten} kommuneId={kommuneId} gespeichert={d.neuLaden} />
              {!d.daten.darfSchreiben ? <p className="kern-body">{t.nurLesen}</p> : null}
            </>
          )}
        </>
      )}
    </>
  );
}

function useErfolg() {
  const [erfolg, setErfolg] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (erfolg) ref.current?.focus();
  }, [erfolg]);
  return { erfolg, setErfolg, ref };
}

function Einschaetzung({ daten, gespeichert }: { daten: PrioritaetAntwort; gespeichert: () => void }) {
  const erste = daten.items[0]!;
  const f = useFormular('einschaetzung', { massnahme: erste.id, wirkung: String(erste.wirkungErwartet ?? ''), aufwand: String(erste.aufwand ?? '') });
  const e = useErfolg();
  const senden = f.absenden(() => ({}), async (w) => {
    await api(`/api/wirkung/massnahmen/${w.massnahme}/einschaetzung`, { method: 'PUT', body: { wirkungErwartet: w.wirkung ? Number(w.wirkung) : null, aufwand: w.aufwand ? Number(w.aufwand) : null } });
    e.setErfolg(t.einschaetzung.erfolg(daten.items.find((m) => m.id === w.massnahme)?.titel ?? ''));
    gespeichert();
  });
  const skala = Object.entries(SKALA_TEXT).map(([wert, text]) => ({ wert, text }));
  return (
    <section className="lotse-abschnitt" aria-labelledby="einschaetzung-titel">
      <h2 className="kern-heading-medium" id="einschaetzung-titel">{t.einschaetzung.titel}</h2>
      {e.erfolg ? <Alert typ="success" ref={e.ref} fokussierbar ansage="status"><p className="kern-body">{e.erfolg}</p></Alert> : null}
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={senden} noValidate aria-labelledby="einschaetzung-titel">
        <Auswahl label={t.einschaetzung.massnahme} {...f.feld('massnahme')} onChange={(ev) => {
          const m = daten.items.find((x) => x.id === ev.target.value);
          f.setWerte({ massnahme: ev.target.value, wirkung: String(m?.wirkungErwartet ?? ''), aufwand: String(m?.aufwand ?? '') });
        }} optionen={daten.items.map((m) => ({ wert: m.id, text: m.titel }))} />
        <Auswahl label={t.einschaetzung.wirkung} {...f.feld('wirkung')} optionen={skala} />
        <Auswahl label={t.einschaetzung.aufwand} {...f.feld('aufwand')} optionen={skala} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={f.sendet || undefined}><span className="kern-label">{t.einschaetzung.speichern}</span></button>
        </div>
      </form>
    </section>
  );
}

function Konflikte({ daten, kommuneId, gespeichert }: { daten: PrioritaetAntwort; kommuneId: string; gespeichert: () => void }) {
  const k = t.konflikte;
  const f = useFormular('zielkonflikt', { zielA: daten.ziele[0]?.id ?? '', zielB: daten.ziele[1]?.id ?? '', beschreibung: '', aufloesung: '' });
  const e = useErfolg();
  const senden = f.absenden(
    (w) => ({ beschreibung: w.beschreibung.trim() ? undefined : k.fehlerBeschreibung, zielB: w.zielA === w.zielB ? k.fehlerGleich : undefined }),
    async (w) => {
      await api('/api/wirkung/zielkonflikte', { body: { kommuneId, zielA: w.zielA, zielB: w.zielB, beschreibung: w.beschreibung.trim(), aufloesung: w.aufloesung.trim() } });
      f.setWerte({ ...w, beschreibung: '', aufloesung: '' });
      e.setErfolg(k.erfolg);
      gespeichert();
    },
  );
  const ziele = daten.ziele.map((z) => ({ wert: z.id, text: z.aussage }));
  return (
    <section className="lotse-abschnitt" aria-labelledby="konflikte-titel">
      <h2 className="kern-heading-medium" id="konflikte-titel">{k.titel}</h2>
      {daten.zielkonflikte.length ? (
        <Tabelle beschriftung={k.tabelle} spalten={[{ titel: k.spalteZiele }, { titel: k.spalteBeschreibung }, { titel: k.spalteAufloesung }]}>
          {daten.zielkonflikte.map((z) => (
            <tr className="kern-table__row" key={z.id}>
              <th scope="row" className="kern-table__header">{z.zielA.aussage} ↔ {z.zielB.aussage}</th>
              <td className="kern-table__cell">{z.beschreibung}</td>
              <td className="kern-table__cell">{z.aufloesung || k.offen}</td>
            </tr>
          ))}
        </Tabelle>
      ) : <p className="kern-body">{k.leer}</p>}
      {!daten.darfSchreiben ? null : daten.ziele.length < 2 ? <p className="kern-body">{k.zuWenigZiele}</p> : (
        <>
          <h3 className="kern-heading-small" id="konflikt-form-titel">{k.formTitel}</h3>
          {e.erfolg ? <Alert typ="success" ref={e.ref} fokussierbar ansage="status"><p className="kern-body">{e.erfolg}</p></Alert> : null}
          <Fehlerliste fehler={f.fehlerliste} version={f.version} />
          {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
          <form className="lotse-formular" onSubmit={senden} noValidate aria-labelledby="konflikt-form-titel">
            <Auswahl label={k.zielA} {...f.feld('zielA')} optionen={ziele} />
            <Auswahl label={k.zielB} {...f.feld('zielB')} optionen={ziele} />
            <Formularfeld label={k.beschreibung} maxLength={2000} autoComplete="off" {...f.feld('beschreibung')} />
            <Formularfeld label={k.aufloesung} optional maxLength={2000} autoComplete="off" {...f.feld('aufloesung')} />
            <div className="lotse-knopfleiste">
              <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={f.sendet || undefined}><span className="kern-label">{k.speichern}</span></button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
