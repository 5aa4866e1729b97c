import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, Ladeanzeige, Seitentitel, Tabelle, useDaten, useFormular } from '../../../../web/komponenten/index.ts';
import { useKonto } from '../../../../web/konto.tsx';
import type { MassnahmeImReview, ReviewAntwort } from '../../ueberpruefung/ueberpruefung.schemas.ts';
import { ENTSCHEIDUNG_TEXT, TREND_TEXT, pruefung as t } from './texte.ts';

const heute = () => new Date().toISOString().slice(0, 10);

/** /wirkung/pruefung – Stop-Doing-Review: the Kommune's measures and a keyboard-operable decision form. */
export default function Pruefung() {
  const { konto } = useKonto();
  const kommunen = konto?.mitgliedschaften ?? [];
  const [kommuneId, setKommuneId] = useState(kommunen[0]?.kommuneId ?? '');
  const d = useDaten<ReviewAntwort>(kommuneId ? `/api/wirkung/pruefung?kommuneId=${kommuneId}` : null);
  return (
    <>
      <Seitentitel titel={t.titel} />
      <p className="kern-body lotse-text">{t.einleitung}</p>
      {!kommunen.length ? <Alert typ="info">{t.keineKommune}</Alert> : (
        <>
          {kommunen.length > 1 ? (
            <Auswahl label={t.kommune} value={kommuneId} onChange={(e) => setKommuneId(e.target.value)} optionen={kommunen.map((k) => ({ wert: k.kommuneId, text: k.kommuneName }))} />
          ) : null}
          {d.fehler ? <Alert typ="danger">{d.fehler}</Alert> : !d.daten ? <Ladeanzeige text={t.laden} /> : d.daten.items.length ? (
            <>
              <p className="kern-body">{t.budgetAktiv}: <strong>{t.euro(d.daten.budgetAktiv)} {t.jeJahr}</strong></p>
              <p className="kern-body">{t.budgetFrei}: <strong data-testid="budget-frei">{t.euro(d.daten.budgetFrei)} {t.jeJahr}</strong></p>
              <MassnahmenTabelle items={d.daten.items} />
              {d.daten.darfSchreiben ? <Entscheidung items={d.daten.items} gespeichert={d.neuLaden} /> : <p className="kern-body">{t.formular.nurLesen}</p>}
            </>
          ) : (
            <p className="kern-body">{t.leer} <Link className="kern-link" to="/wirkung/ziele">{t.zuDenZielen}</Link></p>
          )}
        </>
      )}
    </>
  );
}

function MassnahmenTabelle({ items }: { items: MassnahmeImReview[] }) {
  return (
    <Tabelle beschriftung={t.tabelle} spalten={[{ titel: t.spalteMassnahme }, { titel: t.spalteBudget, zahl: true }, { titel: t.spalteZiele }, { titel: t.spalteNachweis }, { titel: t.spalteTrend }, { titel: t.spaltePruefung }, { titel: t.spalteLetzte }]}>
      {items.map((m) => {
        const letzte = m.verlauf[0];
        return (
          <tr className="kern-table__row" key={m.id}>
            <th scope="row" className="kern-table__header">{m.titel}{m.haushaltsprodukt ? <><br /><span className="kern-body kern-body--small">{m.haushaltsprodukt}</span></> : null}</th>
            <td className="kern-table__cell kern-table__cell--numeric">{m.budget === null ? t.keinBudget : t.euro(m.budget)}</td>
            <td className="kern-table__cell">
              {m.ziele.length ? <ul className="kern-list">{m.ziele.map((z) => <li key={z.id}><Link className="kern-link" to={`/wirkung/ziele/${z.id}`}>{z.aussage}</Link></li>)}</ul> : t.keinZiel}
            </td>
            <td className="kern-table__cell">{m.nachweisStufe === null ? t.keinNachweis : t.stufe(m.nachweisStufe)}</td>
            <td className="kern-table__cell">
              {TREND_TEXT[m.trend]}
              {m.indikatoren.length ? <ul className="kern-list kern-body--small">{m.indikatoren.map((i) => <li key={i.id}>{i.name}: {TREND_TEXT[i.entwicklung]}</li>)}</ul> : null}
            </td>
            <td className="kern-table__cell">
              {m.status === 'beendet' ? <span className="kern-badge"><span className="kern-label kern-label--small">{t.beendet}</span></span> : m.pruefungAm ? (
                <>{t.datum(m.pruefungAm)}{m.stehtAn ? <> <span className="kern-badge kern-badge--warning"><span className="kern-label kern-label--small">{t.stehtAn}</span></span></> : null}</>
              ) : null}
            </td>
            <td className="kern-table__cell">{letzte ? t.letzte(ENTSCHEIDUNG_TEXT[letzte.entscheidung]!, t.datum(letzte.datum)) : t.nochNie}</td>
          </tr>
        );
      })}
    </Tabelle>
  );
}

function Entscheidung({ items, gespeichert }: { items: MassnahmeImReview[]; gespeichert: () => void }) {
  const erste = items.find((m) => m.stehtAn) ?? items.find((m) => m.status === 'aktiv') ?? items[0]!;
  const f = useFormular('pruefung', { massnahme: erste.id, entscheidung: 'fortfuehren', begruendung: '', datum: heute() });
  const [erfolg, setErfolg] = useState<string | null>(null);
  const erfolgRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (erfolg) erfolgRef.current?.focus();
  }, [erfolg]);
  const gewaehlt = items.find((m) => m.id === f.werte.massnahme) ?? erste;
  const senden = f.absenden(
    (w) => ({
      begruendung: w.begruendung.trim() ? undefined : t.formular.fehlerBegruendung,
      datum: /^\d{4}-\d{2}-\d{2}$/.test(w.datum) ? undefined : t.formular.fehlerDatum,
    }),
    async (w) => {
      const r = await api<{ status: string; naechstePruefung: string | null }>(`/api/wirkung/massnahmen/${w.massnahme}/pruefungen`, {
        body: { entscheidung: w.entscheidung, begruendung: w.begruendung.trim(), datum: w.datum },
      });
      const titel = items.find((m) => m.id === w.massnahme)?.titel ?? '';
      setErfolg(`${t.formular.erfolg(titel, ENTSCHEIDUNG_TEXT[w.entscheidung]!)} ${r.naechstePruefung ? t.formular.erfolgNaechste(t.datum(r.naechstePruefung)) : t.formular.erfolgBeendet}`);
      f.setWerte({ ...w, begruendung: '' });
      gespeichert();
    },
  );
  return (
    <section className="lotse-abschnitt" aria-labelledby="pruefung-formular-titel">
      <h2 className="kern-heading-medium" id="pruefung-formular-titel">{t.formular.titel}</h2>
      {erfolg ? <Alert typ="success" ref={erfolgRef} fokussierbar ansage="status"><p className="kern-body">{erfolg}</p></Alert> : null}
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={senden} noValidate aria-labelledby="pruefung-formular-titel">
        <Auswahl label={t.formular.massnahme} {...f.feld('massnahme')} optionen={items.map((m) => ({ wert: m.id, text: m.status === 'beendet' ? `${m.titel} (${t.beendet})` : m.titel }))} />
        <Auswahl label={t.formular.entscheidung} {...f.feld('entscheidung')} optionen={Object.entries(ENTSCHEIDUNG_TEXT).map(([wert, text]) => ({ wert, text }))} />
        <Formularfeld label={t.formular.begruendung} hinweis={t.formular.begruendungHinweis} maxLength={4000} autoComplete="off" {...f.feld('begruendung')} />
        <Formularfeld label={t.formular.datum} hinweis={t.formular.datumHinweis} type="date" max={heute()} {...f.feld('datum')} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={f.sendet || undefined}>
            <span className="kern-label">{t.formular.speichern}</span>
          </button>
        </div>
      </form>
      <h3 className="kern-heading-small" id="pruefung-verlauf-titel">{t.verlauf.titel(gewaehlt.titel)}</h3>
      {gewaehlt.verlauf.length ? (
        <Tabelle beschriftung={t.verlauf.tabelle} spalten={[{ titel: t.verlauf.datum }, { titel: t.verlauf.entscheidung }, { titel: t.verlauf.begruendung }, { titel: t.verlauf.von }]}>
          {gewaehlt.verlauf.map((v) => (
            <tr className="kern-table__row" key={v.id}>
              <th scope="row" className="kern-table__header">{t.datum(v.datum)}</th>
              <td className="kern-table__cell">{ENTSCHEIDUNG_TEXT[v.entscheidung]}</td>
              <td className="kern-table__cell">{v.begruendung}</td>
              <td className="kern-table__cell">{v.von ?? ''}</td>
            </tr>
          ))}
        </Tabelle>
      ) : <p className="kern-body">{t.verlauf.leer}</p>}
    </section>
  );
}
