import { useRef, useState, type FormEvent } from 'react';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, type Feldfehler } from '../../../../web/komponenten/index.ts';
import { IDEE_GRENZEN as G } from '../../ideen/ideen.schemas.ts';
import { ideenTexte as t } from '../texte-ideen.ts';
import { Textfeld, fehlertext, type IdeeDetail, type IdeeStatus } from './teile.tsx';

/** Status change of the owner/admin: Verworfen needs a reason, Zurückgestellt a date (checked here and on the server). */
export function Entscheiden({ idee, geaendert }: { idee: IdeeDetail; geaendert: (d: IdeeDetail, text: string) => void }) {
  const [status, setStatus] = useState('');
  const [grund, setGrund] = useState('');
  const [datum, setDatum] = useState('');
  const [fehler, setFehler] = useState<{ status?: string; grund?: string; datum?: string }>({});
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const sendet = useRef(false);
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet.current) return;
    setVersion((v) => v + 1);
    const f = {
      status: status ? undefined : t.detail.fehlerStatus,
      grund: status === 'verworfen' && !grund.trim() ? t.detail.fehlerGrund : undefined,
      datum: status === 'zurueckgestellt' && !datum ? t.detail.fehlerDatum : undefined,
    };
    setFehler(f);
    setAllgemein(null);
    if (f.status || f.grund || f.datum) return;
    sendet.current = true;
    try {
      const d = await api<IdeeDetail>(`/api/kaizen/ideen/${idee.id}/status`, { body: { status, grund: grund.trim(), ...(status === 'zurueckgestellt' ? { wiedervorlageAm: datum } : {}) } });
      setStatus('');
      setGrund('');
      setDatum('');
      geaendert(d, t.detail.gespeichert(t.status[status]));
    } catch (err) {
      setAllgemein(fehlertext(err));
    } finally {
      sendet.current = false;
    }
  };
  const liste: Feldfehler[] = [
    fehler.status ? { feldId: 'idee-status', text: fehler.status } : null,
    fehler.grund ? { feldId: 'idee-grund', text: fehler.grund } : null,
    fehler.datum ? { feldId: 'idee-wiedervorlage', text: fehler.datum } : null,
  ].filter((x): x is Feldfehler => x !== null);
  return (
    <section className="lotse-abschnitt" aria-labelledby="idee-entscheiden">
      <h2 className="kern-heading-medium" id="idee-entscheiden">{t.detail.statusTitel}</h2>
      <Fehlerliste fehler={liste} version={version} />
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="idee-entscheiden">
        <Auswahl
          id="idee-status"
          label={t.detail.statusNeu}
          fehler={fehler.status}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          optionen={[{ wert: '', text: t.formular.waehlen }, ...idee.moeglich.statusZiele.map((s: IdeeStatus) => ({ wert: s, text: t.status[s] }))]}
        />
        <Textfeld id="idee-grund" label={t.detail.grund} hinweis={t.detail.grundHinweis} optional={status !== 'verworfen'} fehler={fehler.grund} zeilen={3} maxLength={G.grund} value={grund} onChange={setGrund} />
        {status === 'zurueckgestellt' ? (
          <Formularfeld id="idee-wiedervorlage" type="date" label={t.detail.wiedervorlageFeld} hinweis={t.detail.wiedervorlageHinweis} fehler={fehler.datum} value={datum} onChange={(e) => setDatum(e.target.value)} />
        ) : null}
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t.detail.speichern}</span></button>
        </div>
      </form>
    </section>
  );
}
