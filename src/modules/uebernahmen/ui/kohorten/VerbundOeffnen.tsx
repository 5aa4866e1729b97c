import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Fehlerliste, Formularfeld, Seitentitel, type Feldfehler } from '../../../../web/komponenten/index.ts';
import { fehlertext, Textfeld } from '../teile.tsx';
import { kohortenTexte as t } from '../texte-kohorten.ts';
import type { Board } from './typen.ts';

const aufteilen = (s: string) => s.split(/[\s,;]+/).map((x) => x.trim()).filter(Boolean);

/** `/kohorten/verbund?loesung=…`: a Landkreis, Amt or Verbandsgemeinde opens a Verbund for its Gemeinden (decision 0140). */
export default function VerbundOeffnen() {
  const [such] = useSearchParams();
  const loesungId = such.get('loesung');
  const navigate = useNavigate();
  const [titel, setTitel] = useState('');
  const [gemeinden, setGemeinden] = useState('');
  const [fehler, setFehler] = useState<Feldfehler[]>([]);
  const [version, setVersion] = useState(0);
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet || !loesungId) return;
    const f: Feldfehler[] = [];
    if (titel.trim().length < 3) f.push({ feldId: 'verbund-titel', text: t.verbund.titelKurz });
    const liste = aufteilen(gemeinden);
    if (!liste.length) f.push({ feldId: 'verbund-gemeinden', text: t.verbund.gemeindenFehlt });
    setFehler(f);
    setVersion((v) => v + 1);
    if (f.length) return;
    setSendet(true);
    setAllgemein(null);
    try {
      const b = await api<Board>('/api/kohorten/verbund', { body: { loesungId, titel: titel.trim(), gemeinden: liste } });
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
      <Seitentitel titel={t.verbund.titel} />
      <p className="kern-body">{t.verbund.hinweis}</p>
      {!loesungId ? <Alert typ="info" ansage="keine">{t.verbund.ohneLoesung} <Link className="kern-link" to="/loesungen">{t.formular.zumKatalog}</Link></Alert> : (
        <>
          <Fehlerliste fehler={fehler} version={version} />
          {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
          <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="verbund-abschnitt">
            <h2 className="kern-heading-medium" id="verbund-abschnitt">{t.verbund.abschnitt}</h2>
            <Formularfeld id="verbund-titel" label={t.verbund.name} value={titel} onChange={(e) => setTitel(e.target.value)} fehler={feld('verbund-titel')} maxLength={200} />
            <Textfeld id="verbund-gemeinden" label={t.verbund.gemeinden} hinweis={t.verbund.gemeindenHilfe} value={gemeinden} onChange={setGemeinden} fehler={feld('verbund-gemeinden')} />
            <div className="lotse-knopfleiste">
              <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}><span className="kern-label">{t.verbund.absenden}</span></button>
            </div>
          </form>
        </>
      )}
    </>
  );
}
