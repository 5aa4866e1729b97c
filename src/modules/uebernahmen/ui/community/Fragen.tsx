import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, Ladeanzeige, Seitentitel, Tabelle, useDaten, type Feldfehler } from '../../../../web/komponenten/index.ts';
import type { FragenListe, FrageDetail } from '../../community/community.schemas.ts';
import { fehlertext, Textfeld } from '../teile.tsx';
import { community as t } from './texte.ts';

export const datum = (iso: string) => new Date(iso).toLocaleDateString('de-DE', { day: 'numeric', month: 'long', year: 'numeric' });

function NeueFrage({ loesungId, kommunen }: { loesungId: string; kommunen: FragenListe['eigeneKommunen'] }) {
  const navigate = useNavigate();
  const [titel, setTitel] = useState('');
  const [text, setText] = useState('');
  const [kommune, setKommune] = useState(kommunen[0]?.id ?? '');
  const [fehler, setFehler] = useState<Feldfehler[]>([]);
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [sendet, setSendet] = useState(false);
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    const f: Feldfehler[] = [];
    if (titel.trim().length < 5) f.push({ feldId: 'frage-titel', text: t.pruefung.titelKurz });
    else if (titel.trim().length > 200) f.push({ feldId: 'frage-titel', text: t.pruefung.titelLang });
    if (!text.trim()) f.push({ feldId: 'frage-text', text: t.pruefung.textFehlt });
    else if (text.trim().length > 5000) f.push({ feldId: 'frage-text', text: t.pruefung.textLang });
    setFehler(f);
    setVersion((v) => v + 1);
    if (f.length) return;
    setSendet(true);
    setAllgemein(null);
    try {
      const r = await api<FrageDetail>(`/api/loesungen/${loesungId}/fragen`, { body: { titel, text, ...(kommunen.length > 1 ? { kommune } : {}) } });
      navigate(`/fragen/${r.id}`, { state: { meldung: 'gefragt' } });
    } catch (err) {
      setAllgemein(fehlertext(err));
    } finally {
      setSendet(false);
    }
  };
  const fehlerVon = (id: string) => fehler.find((x) => x.feldId === id)?.text;
  return (
    <section className="lotse-abschnitt" aria-labelledby="frage-neu">
      <h2 className="kern-heading-medium" id="frage-neu">{t.neueFrage}</h2>
      <Fehlerliste fehler={fehler} version={version} />
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="frage-neu">
        {kommunen.length > 1 ? (
          <Auswahl id="frage-kommune" label={t.kommune} optional={false} value={kommune} onChange={(e) => setKommune(e.target.value)} optionen={kommunen.map((k) => ({ wert: k.id, text: k.name }))} />
        ) : null}
        <Formularfeld id="frage-titel" label={t.titel} hinweis={t.titelHinweis} value={titel} maxLength={200} fehler={fehlerVon('frage-titel')} onChange={(e) => setTitel(e.target.value)} />
        <Textfeld id="frage-text" label={t.text} hinweis={t.textHinweis} value={text} zeilen={5} fehler={fehlerVon('frage-text')} onChange={setText} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}><span className="kern-label">{t.fragenKnopf}</span></button>
        </div>
      </form>
    </section>
  );
}

/** `/loesungen/:id/fragen`: the questions on a solution and a form to ask one. */
export default function Fragen() {
  const { id } = useParams();
  const { daten, fehler, laedt } = useDaten<FragenListe>(id ? `/api/loesungen/${id}/fragen` : null);
  return (
    <>
      <Seitentitel titel={daten ? t.fragenTitel(daten.loesung.titel) : t.fragenTitelLaden} />
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {laedt && !daten ? <Ladeanzeige /> : null}
      {daten ? (
        <>
          <p className="kern-body">{t.einleitung}</p>
          <p className="kern-body">
            {daten.loesung.herkunft ? <>{t.herkunft(daten.loesung.herkunft.name)} · </> : null}
            <Link className="kern-link" to={`/loesungen/${daten.loesung.id}`}>{t.zurLoesung}</Link>
          </p>
          <section className="lotse-abschnitt" aria-labelledby="fragen-liste">
            <h2 className="kern-heading-medium" id="fragen-liste">{t.liste}</h2>
            {daten.fragen.length ? (
              <Tabelle beschriftung={t.liste} spalten={[{ titel: t.spalten.frage }, { titel: t.spalten.kommune }, { titel: t.spalten.am }, { titel: t.spalten.antworten, zahl: true }, { titel: t.spalten.stand }]}>
                {daten.fragen.map((f) => (
                  <tr className="kern-table__row" key={f.id}>
                    <th scope="row" className="kern-table__cell"><Link className="kern-link" to={`/fragen/${f.id}`}>{f.titel}</Link></th>
                    <td className="kern-table__cell">{f.kommune.name}</td>
                    <td className="kern-table__cell">{datum(f.erstelltAm)}</td>
                    <td className="kern-table__cell kern-table__cell--numeric">{f.antworten}</td>
                    <td className="kern-table__cell">{f.beantwortet ? t.beantwortet : t.offen}</td>
                  </tr>
                ))}
              </Tabelle>
            ) : <p className="kern-body">{t.keineFragen}</p>}
          </section>
          {daten.eigeneKommunen.length ? <NeueFrage loesungId={daten.loesung.id} kommunen={daten.eigeneKommunen} /> : <Alert typ="info" ansage="keine">{t.keineKommune}</Alert>}
        </>
      ) : null}
    </>
  );
}
