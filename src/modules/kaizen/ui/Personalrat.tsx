import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../../web/api.ts';
import { Alert, Formularfeld, Ladeanzeige, Seitentitel, Tabelle, useDaten } from '../../../web/komponenten/index.ts';
import { useKonto } from '../../../web/konto.tsx';
import { DATENBLATT, NICHT_GESPEICHERT } from '../ideen/datenblatt.ts';
import { personalratTexte as t } from './texte-ideen.ts';
import { KommuneWahl, fehlertext, useKommune, type Einstellung } from './ideen/teile.tsx';

/** /kaizen/personalrat: printable data sheet of every person-related field, and the setting „no names on ideas“. */
export default function Personalrat() {
  const { konto, geladen } = useKonto();
  const [kommune, setzeKommune] = useKommune(konto);
  const e = useDaten<Einstellung>(kommune ? `/api/kaizen/kommunen/${kommune}/einstellungen` : null);
  const [namenAus, setNamenAus] = useState(false);
  const [beschaeftigte, setBeschaeftigte] = useState('');
  const [meldung, setMeldung] = useState<{ typ: 'success' | 'danger'; text: string } | null>(null);
  useEffect(() => {
    if (!e.daten) return;
    setNamenAus(e.daten.namenAus);
    setBeschaeftigte(e.daten.beschaeftigte === null ? '' : String(e.daten.beschaeftigte));
  }, [e.daten]);
  if (!geladen) return <Ladeanzeige />;
  if (!konto) return null;
  const admin = konto.mitgliedschaften.some((m) => m.kommuneId === kommune && m.rolle === 'admin');
  const speichern = async (ev: FormEvent) => {
    ev.preventDefault();
    try {
      await api(`/api/kaizen/kommunen/${kommune}/einstellungen`, { method: 'PUT', body: { namenAus, beschaeftigte: beschaeftigte.trim() ? Number(beschaeftigte) : null } });
      setMeldung({ typ: 'success', text: t.gespeichert });
      e.neuLaden();
    } catch (err) {
      setMeldung({ typ: 'danger', text: fehlertext(err) });
    }
  };
  return (
    <>
      <Seitentitel titel={t.titel} einleitung={t.einleitung} />
      <div className="lotse-knopfleiste">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => window.print()}><span className="kern-label">{t.drucken}</span></button>
      </div>
      <Tabelle beschriftung={t.caption} spalten={[{ titel: t.spalteFeld }, { titel: t.spalteWas }, { titel: t.spalteWozu }, { titel: t.spalteWann }]} gestreift>
        {DATENBLATT.map((f) => (
          <tr key={`${f.tabelle}.${f.spalte}`} className="kern-table__row">
            <th scope="row" className="kern-table__header"><code>{f.tabelle}.{f.spalte}</code></th>
            <td className="kern-table__cell">{f.was}</td>
            <td className="kern-table__cell">{f.wozu}</td>
            <td className="kern-table__cell">{f.wann}</td>
          </tr>
        ))}
      </Tabelle>
      <h2 className="kern-heading-medium">{t.nichtTitel}</h2>
      <ul className="kern-list">{NICHT_GESPEICHERT.map((n) => <li key={n} className="kern-body">{n}</li>)}</ul>
      {kommune ? (
        <section className="lotse-abschnitt" aria-labelledby="personalrat-einstellung">
          <h2 className="kern-heading-medium" id="personalrat-einstellung">{t.einstellungTitel}</h2>
          <KommuneWahl konto={konto} kommune={kommune} setze={setzeKommune} />
          {meldung ? <Alert typ={meldung.typ} ansage="status">{meldung.text}</Alert> : null}
          {!e.daten ? <Ladeanzeige /> : !admin ? (
            <p className="kern-body">{e.daten.namenAus ? t.namenSindAus : t.namenSindAn} {t.nurAdmins}</p>
          ) : (
            <form className="lotse-formular" onSubmit={speichern} aria-labelledby="personalrat-einstellung">
              <div className="kern-form-check">
                <input className="kern-form-check__checkbox" type="checkbox" id="einstellung-namen-aus" checked={namenAus} onChange={(x) => setNamenAus(x.target.checked)} />
                <label className="kern-label" htmlFor="einstellung-namen-aus">{t.namenAus}</label>
              </div>
              <Formularfeld id="einstellung-beschaeftigte" label={t.beschaeftigte} optional inputMode="numeric" value={beschaeftigte} onChange={(x) => setBeschaeftigte(x.target.value)} />
              <div className="lotse-knopfleiste">
                <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t.speichern}</span></button>
              </div>
            </form>
          )}
        </section>
      ) : null}
    </>
  );
}
