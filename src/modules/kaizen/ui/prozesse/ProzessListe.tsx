import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, Ladeanzeige, Seitentitel, Tabelle, feldfehlerAusApi, useDaten, type Feldfehler } from '../../../../web/komponenten/index.ts';
import { useKonto, type Konto } from '../../../../web/konto.tsx';
import type { Prozess } from '../../prozesse/prozesse.schemas.ts';
import { prozesseTexte as t } from '../texte-prozesse.ts';

const datum = (iso: string) => new Date(iso).toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin' });
const zahl = (n: number) => n.toLocaleString('de-DE');

type Feld = 'name' | 'kommune';

/** Form „Neuen Prozess anlegen“ (members of a Kommune; the Kommune is asked only with several memberships). */
function Anlegen({ konto, angelegt }: { konto: Konto; angelegt: () => void }) {
  const kommunen = konto.mitgliedschaften;
  const [name, setName] = useState('');
  const [kommune, setKommune] = useState(kommunen.length === 1 ? kommunen[0].kommuneId : '');
  const [fehler, setFehler] = useState<Partial<Record<Feld, string>>>({});
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [neu, setNeu] = useState<Prozess | null>(null);
  const [version, setVersion] = useState(0);
  const [sendet, setSendet] = useState(false);
  const erfolgRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (neu) erfolgRef.current?.focus();
  }, [neu]);

  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    setVersion((v) => v + 1);
    const f: Partial<Record<Feld, string>> = {
      name: name.trim() && name.trim().length <= 200 ? undefined : t.fehlerName,
      kommune: kommune ? undefined : t.fehlerKommune,
    };
    setFehler(f);
    setAllgemein(null);
    setNeu(null);
    if (f.name || f.kommune) return;
    setSendet(true);
    try {
      const p = await api<Prozess>('/api/kaizen/prozesse', { body: { name: name.trim(), ...(kommunen.length > 1 ? { kommune } : {}) } });
      setName('');
      setNeu(p);
      angelegt();
    } catch (err) {
      const r = feldfehlerAusApi(err, ['name', 'kommune'] as Feld[], t.fehlerName);
      setFehler(r.felder);
      setAllgemein(r.allgemein);
    } finally {
      setSendet(false);
    }
  };

  const liste: Feldfehler[] = (['kommune', 'name'] as Feld[]).filter((f) => fehler[f]).map((f) => ({ feldId: `kaizen-prozess-${f}`, text: fehler[f]! }));
  return (
    <section className="lotse-abschnitt" aria-labelledby="kaizen-prozess-neu">
      <h2 className="kern-heading-medium" id="kaizen-prozess-neu">{t.neuTitel}</h2>
      {neu ? (
        <Alert typ="success" titel={t.angelegt} ref={erfolgRef} fokussierbar ansage="status">
          <p className="kern-body"><Link className="kern-link" to={`/kaizen/prozesse/${neu.id}`}>{`${t.oeffnen}: ${neu.name}`}</Link></p>
        </Alert>
      ) : null}
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <Fehlerliste fehler={liste} version={version} />
      <form className="lotse-formular" onSubmit={absenden} noValidate>
        {kommunen.length > 1 ? (
          <Auswahl id="kaizen-prozess-kommune" label={t.kommune} hinweis={t.kommuneHinweis} fehler={fehler.kommune} value={kommune} onChange={(e) => setKommune(e.target.value)}
            optionen={[{ wert: '', text: t.kommuneWaehlen }, ...kommunen.map((m) => ({ wert: m.kommuneId, text: m.kommuneName }))]} />
        ) : null}
        <Formularfeld id="kaizen-prozess-name" label={t.name} hinweis={t.nameHinweis} fehler={fehler.name} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={sendet}><span className="kern-label">{t.anlegen}</span></button>
        </div>
      </form>
    </section>
  );
}

/** Page „Prozesskennzahlen“: the processes the account may see, and a form to create one. */
export default function ProzessListe() {
  const { konto } = useKonto();
  const { daten, fehler, neuLaden } = useDaten<{ items: Prozess[] }>('/api/kaizen/prozesse');
  return (
    <>
      <Seitentitel titel={t.titel} einleitung={t.einleitung} />
      <section className="lotse-abschnitt" aria-labelledby="kaizen-prozesse-liste">
        <h2 className="kern-heading-medium" id="kaizen-prozesse-liste">{t.listeTitel}</h2>
        {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
        {!daten && !fehler ? <Ladeanzeige text={t.laden} /> : null}
        {daten && !daten.items.length ? <p className="kern-body">{t.leer}</p> : null}
        {daten?.items.length ? (
          <Tabelle beschriftung={t.listeTitel} spalten={[{ titel: t.spalteName }, { titel: t.spalteKommune }, { titel: t.spalteFaelle, zahl: true }, { titel: t.spalteEreignisse, zahl: true }, { titel: t.spalteZeitraum }]}>
            {daten.items.map((p) => (
              <tr key={p.id} className="kern-table__row">
                <th scope="row" className="kern-table__header"><Link className="kern-link" to={`/kaizen/prozesse/${p.id}`}>{p.name}</Link></th>
                <td className="kern-table__cell">{p.kommuneName}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{zahl(p.faelle)}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{zahl(p.ereignisse)}</td>
                <td className="kern-table__cell">{p.erstesEreignis && p.letztesEreignis ? t.zeitraum(datum(p.erstesEreignis), datum(p.letztesEreignis)) : t.keinZeitraum}</td>
              </tr>
            ))}
          </Tabelle>
        ) : null}
      </section>
      {konto?.mitgliedschaften.length ? <Anlegen konto={konto} angelegt={neuLaden} /> : <Alert typ="info" ansage="keine">{t.nurMitglieder}</Alert>}
    </>
  );
}
