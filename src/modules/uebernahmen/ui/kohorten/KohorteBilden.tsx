import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Fehlerliste, Formularfeld, Seitentitel, useDaten, type Feldfehler } from '../../../../web/komponenten/index.ts';
import { fehlertext, Textfeld } from '../teile.tsx';
import { kohortenTexte as t } from '../texte-kohorten.ts';
import type { Board, Vorschlaege } from './typen.ts';

const aufteilen = (s: string) => s.split(/[\s,;]+/).map((x) => x.trim()).filter(Boolean);

/** `/kohorten/neu?loesung=…`: the Transferstelle forms a cohort for a solution and invites Kommunen. */
export default function KohorteBilden() {
  const [such] = useSearchParams();
  const loesungId = such.get('loesung');
  const navigate = useNavigate();
  const { daten: vorschlaege } = useDaten<Vorschlaege>(loesungId ? `/api/kohorten/vorschlaege?loesungId=${encodeURIComponent(loesungId)}` : null);
  const [titel, setTitel] = useState('');
  const [kommunen, setKommunen] = useState('');
  const [fehler, setFehler] = useState<Feldfehler[]>([]);
  const [version, setVersion] = useState(0);
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  const hinzufuegen = (schluessel: string) => {
    const liste = aufteilen(kommunen);
    if (!liste.includes(schluessel)) setKommunen([...liste, schluessel].join(', '));
  };
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet || !loesungId) return;
    const f: Feldfehler[] = [];
    if (titel.trim().length < 3) f.push({ feldId: 'kohorte-titel', text: 'Der Titel braucht mindestens 3 Zeichen.' });
    const liste = aufteilen(kommunen);
    if (liste.length < 2) f.push({ feldId: 'kohorte-kommunen', text: 'Eine Kohorte braucht mindestens zwei Kommunen.' });
    setFehler(f);
    setVersion((v) => v + 1);
    if (f.length) return;
    setSendet(true);
    setAllgemein(null);
    try {
      const b = await api<Board>('/api/kohorten', { body: { loesungId, titel: titel.trim(), kommunen: liste } });
      navigate(`/kohorten/${b.id}`, { state: { meldung: 'gebildet' } });
    } catch (err) {
      setAllgemein(fehlertext(err));
    } finally {
      setSendet(false);
    }
  };
  const feld = (id: string) => fehler.find((x) => x.feldId === id)?.text;
  return (
    <>
      <Seitentitel titel={t.formular.titel} />
      <p className="kern-body">{t.formular.hinweis}</p>
      {!loesungId ? <Alert typ="info" ansage="keine">{t.formular.ohneLoesung} <Link className="kern-link" to="/loesungen">{t.formular.zumKatalog}</Link></Alert> : (
        <>
          <Fehlerliste fehler={fehler} version={version} />
          {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
          <section className="lotse-abschnitt" aria-labelledby="kohorte-vorschlaege">
            <h2 className="kern-heading-medium" id="kohorte-vorschlaege">{t.formular.vorschlaege}</h2>
            {vorschlaege && !vorschlaege.kommunen.length ? <p className="kern-body">{t.formular.keineVorschlaege}</p> : null}
            <div className="lotse-knopfleiste">
              {vorschlaege?.kommunen.map((k) => (
                <button key={k.id} type="button" className="kern-btn kern-btn--secondary" onClick={() => hinzufuegen(k.ags && k.ags.length === 8 ? k.ags : k.id)}>
                  <span className="kern-label">{t.formular.vorschlagUebernehmen(k.name, k.bedarfe)}</span>
                </button>
              ))}
            </div>
          </section>
          <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="seitentitel-kohorte">
            <h2 className="kern-heading-medium" id="seitentitel-kohorte">{t.formular.einladen}</h2>
            <Formularfeld id="kohorte-titel" label={t.formular.name} value={titel} onChange={(e) => setTitel(e.target.value)} fehler={feld('kohorte-titel')} maxLength={200} />
            <Textfeld id="kohorte-kommunen" label={t.formular.kommunen} hinweis={t.formular.kommunenHilfe} value={kommunen} onChange={setKommunen} fehler={feld('kohorte-kommunen')} />
            <div className="lotse-knopfleiste">
              <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}><span className="kern-label">{t.formular.absenden}</span></button>
            </div>
          </form>
        </>
      )}
    </>
  );
}
