import { useState, type FormEvent } from 'react';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, type Feldfehler } from '../../../../web/komponenten/index.ts';
import { BEDARF_GRENZEN } from '../../bedarfe.felder.ts';
import { bedarfe as t } from '../texte.ts';
import { Textfeld, fehlertext, type BedarfDetail as Detail } from '../teile.tsx';

/** „Status ändern“: only the transitions the server offers this account (`moeglich.statusZiele`). */
export function StatusFormular({ b, geaendert }: { b: Detail; geaendert: (d: Detail, meldung: string) => void }) {
  const [ziel, setZiel] = useState('');
  const [kommentar, setKommentar] = useState('');
  const [fehler, setFehler] = useState<{ ziel?: string; kommentar?: string }>({});
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [sendet, setSendet] = useState(false);
  const ziele = b.moeglich.statusZiele;
  if (!ziele.length) return <p className="kern-body">{t.detail.keineStatusAenderung}</p>;
  const gewaehlt = ziele.find((z) => z.status === ziel);

  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    setVersion((v) => v + 1);
    const f = {
      ziel: gewaehlt ? undefined : t.detail.fehlerStatusWaehlen,
      kommentar: gewaehlt?.brauchtKommentar && !kommentar.trim() ? t.detail.fehlerKommentar : undefined,
    };
    setFehler(f);
    setAllgemein(null);
    if (f.ziel || f.kommentar) return;
    setSendet(true);
    try {
      const d = await api<Detail>(`/api/bedarfe/${b.id}/status`, { body: { status: ziel, kommentar: kommentar.trim() } });
      setZiel('');
      setKommentar('');
      geaendert(d, t.detail.statusGeaendert(t.status[d.status]));
    } catch (err) {
      if (err instanceof ApiFehler && err.code === 'bedarf.kommentar_fehlt') setFehler({ kommentar: err.message });
      else setAllgemein(fehlertext(err));
    } finally {
      setSendet(false);
    }
  };
  const liste: Feldfehler[] = [
    ...(fehler.ziel ? [{ feldId: 'bedarf-status-ziel', text: fehler.ziel }] : []),
    ...(fehler.kommentar ? [{ feldId: 'bedarf-status-kommentar', text: fehler.kommentar }] : []),
  ];
  return (
    <>
      <Fehlerliste fehler={liste} version={version} />
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="bedarf-status-titel">
        <Auswahl
          id="bedarf-status-ziel"
          label={t.detail.statusNeu}
          fehler={fehler.ziel}
          value={ziel}
          onChange={(e) => setZiel(e.target.value)}
          optionen={[{ wert: '', text: t.detail.statusWaehlen }, ...ziele.map((z) => ({ wert: z.status, text: t.statusAktion[z.status] ?? t.status[z.status] }))]}
        />
        <Textfeld
          id="bedarf-status-kommentar"
          label={t.detail.kommentar}
          hinweis={gewaehlt?.brauchtKommentar ? `${t.detail.kommentarPflicht} ${t.detail.kommentarHinweis}` : t.detail.kommentarHinweis}
          optional={!gewaehlt?.brauchtKommentar}
          fehler={fehler.kommentar}
          maxLength={BEDARF_GRENZEN.kommentar}
          zeilen={3}
          value={kommentar}
          onChange={setKommentar}
        />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}>
            <span className="kern-label">{t.detail.statusSpeichern}</span>
          </button>
        </div>
      </form>
    </>
  );
}
