import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert, Auswahl, Ladeanzeige, useDaten } from '../../../../web/komponenten/index.ts';
import { hatRolle, type Konto } from '../../../../web/konto.tsx';
import { bedarfeTexte } from '../../../bedarfe/ui/index.ts';
import { loesungen as t } from '../texte.ts';
import { Textbereich } from '../formular/Textbereich.tsx';

const v = t.vorschlagen;

/**
 * A need as GET /api/bedarfe lists it – only the fields used here (the bedarfe module's ui/index.ts does not
 * export its schema types).
 */
interface Bedarf {
  id: string;
  kommuneId: string;
  kommuneName: string;
  titel: string;
  status: string;
}

/** Statuses from which the server accepts a proposal (bedarfe: VORSCHLAG_MOEGLICH_AUS). */
const VORSCHLAG_MOEGLICH = new Set(['neu', 'in_klaerung', 'loesungen_vorgeschlagen', 'keine_passende_loesung']);
/** Largest page of GET /api/bedarfe; the newest needs come first. */
const LIMIT = 200;
const NOTIZ_MAX = 2000;

/** Needs this account accompanies: the Transferstelle all, a Lotse those of their regions (Land or Kreis). */
function begleitet(konto: Konto, b: Bedarf) {
  return hatRolle(konto, 'transferstelle') || konto.regionen.some((r) => b.kommuneId.startsWith(r));
}

/** „Für einen Bedarf vorschlagen“: a Lotse or the Transferstelle proposes this solution for an open need. */
export function FuerBedarfVorschlagen({ loesungId, konto }: { loesungId: string; konto: Konto }) {
  const { daten, fehler, laedt } = useDaten<{ items: Bedarf[] }>(`/api/bedarfe?limit=${LIMIT}`);
  const [bedarfId, setBedarfId] = useState('');
  const [notiz, setNotiz] = useState('');
  const [feldFehler, setFeldFehler] = useState<{ bedarf?: string; notiz?: string }>({});
  const [meldung, setMeldung] = useState<{ typ: 'success' | 'danger'; text: string; bedarf?: Bedarf } | null>(null);
  const [sendet, setSendet] = useState(false);
  const auswahlRef = useRef<HTMLSelectElement>(null);

  const offen = (daten?.items ?? []).filter((b) => VORSCHLAG_MOEGLICH.has(b.status) && begleitet(konto, b));
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    const ff = { bedarf: bedarfId ? undefined : v.bedarfFehlt, notiz: notiz.length > NOTIZ_MAX ? v.notizZuLang(NOTIZ_MAX) : undefined };
    setFeldFehler(ff);
    setMeldung(null);
    if (ff.bedarf || ff.notiz) {
      if (ff.bedarf) auswahlRef.current?.focus();
      return;
    }
    setSendet(true);
    try {
      await api(`/api/bedarfe/${bedarfId}/vorschlaege`, { body: { loesungIds: [loesungId], notiz: notiz.trim() } });
      setMeldung({ typ: 'success', text: v.erfolg(offen.find((b) => b.id === bedarfId)?.titel ?? ''), bedarf: offen.find((b) => b.id === bedarfId) });
      setBedarfId('');
      setNotiz('');
    } catch (err) {
      setMeldung({ typ: 'danger', text: err instanceof ApiFehler ? err.message : t.fehlerAllgemein });
    } finally {
      setSendet(false);
    }
  };

  return (
    <section className="lotse-abschnitt" aria-labelledby="l-vorschlagen">
      <h2 className="kern-heading-medium" id="l-vorschlagen">{v.titel}</h2>
      <p className="kern-body">{v.einleitung}</p>
      <div role="status">
        {meldung?.typ === 'success' ? (
          <Alert typ="success" ansage="keine">
            <p className="kern-body">
              {meldung.text}{' '}
              {meldung.bedarf ? <Link className="kern-link" to={`/bedarfe/${meldung.bedarf.id}`}>{v.bedarfOeffnen(meldung.bedarf.titel)}</Link> : null}
            </p>
          </Alert>
        ) : null}
      </div>
      {meldung?.typ === 'danger' ? <Alert typ="danger">{meldung.text}</Alert> : null}
      {fehler ? <Alert typ="danger" titel={v.ladeFehler}>{fehler}</Alert> : null}
      {laedt && !daten ? <Ladeanzeige /> : null}
      {daten && !offen.length ? <p className="kern-body">{v.keineBedarfe}</p> : null}
      {offen.length ? (
        <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="l-vorschlagen">
          <Auswahl ref={auswahlRef} id="vorschlag-bedarf" label={v.bedarf} hinweis={v.bedarfHinweis} value={bedarfId} fehler={feldFehler.bedarf}
            onChange={(e) => setBedarfId(e.target.value)}
            optionen={[{ wert: '', text: v.bitteWaehlen }, ...offen.map((b) => ({ wert: b.id, text: v.option(b.titel, b.kommuneName, bedarfeTexte.status[b.status] ?? b.status) }))]} />
          <Textbereich id="vorschlag-notiz" label={v.notiz} hinweis={v.notizHinweis(NOTIZ_MAX)} optional value={notiz} onChange={setNotiz} fehler={feldFehler.notiz} rows={3} />
          <div className="lotse-knopfleiste">
            <button type="submit" className="kern-btn kern-btn--primary" disabled={sendet}><span className="kern-label">{v.knopf}</span></button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
