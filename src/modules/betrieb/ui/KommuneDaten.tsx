import { useEffect, useRef, useState } from 'react';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Fehlerliste, Formularfeld, Ladeanzeige, useDaten, useFormular } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import type { LoeschungStand } from '../dsgvo/dsgvo.schemas.ts';
import { betriebTexte } from './texte.ts';

const t = betriebTexte.kommune;
const datum = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long' });

/** For the Kommune's admins: the whole archive, and the deletion with waiting period (request, cancel). */
export function KommuneDaten({ kommuneId }: { kommuneId: string }) {
  const { daten, fehler, neuLaden } = useDaten<LoeschungStand>(`/api/kommunen/${kommuneId}/loeschung`);
  const f = useFormular(`loeschung-${kommuneId}`, { bestaetigung: '' });
  const [meldung, setMeldung] = useState<string | null>(null);
  const [aktionFehler, setAktionFehler] = useState<string | null>(null);
  const rueckmeldung = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (meldung || aktionFehler) rueckmeldung.current?.focus();
  }, [meldung, aktionFehler]);

  const beantragen = f.absenden(
    (w) => ({ bestaetigung: w.bestaetigung.trim() ? undefined : t.bestaetigungFehlt }),
    async (w) => {
      setMeldung(null);
      try {
        await api(`/api/kommunen/${kommuneId}/loeschung`, { body: { bestaetigung: w.bestaetigung } });
      } catch (e) {
        if (e instanceof ApiFehler && e.code === 'dsgvo.bestaetigung_falsch') {
          f.setFehler({ bestaetigung: e.message });
          return;
        }
        throw e;
      }
      f.setWerte({ bestaetigung: '' });
      neuLaden();
    },
  );
  const widerrufen = async () => {
    setMeldung(null);
    setAktionFehler(null);
    try {
      await api(`/api/kommunen/${kommuneId}/loeschung`, { method: 'DELETE' });
      setMeldung(t.widerrufen);
      neuLaden();
    } catch (e) {
      setAktionFehler(e instanceof ApiFehler ? e.message : texte.kern.fehlerAllgemein);
    }
  };

  return (
    <section className="lotse-abschnitt" aria-labelledby={`kommune-daten-${kommuneId}`}>
      <h3 className="kern-heading-small" id={`kommune-daten-${kommuneId}`}>{t.titel}</h3>
      <p className="kern-body">{t.exportEinleitung}</p>
      <div ref={rueckmeldung} tabIndex={-1}>
        {meldung ? <Alert typ="success">{meldung}</Alert> : null}
        {aktionFehler ? <Alert typ="danger">{aktionFehler}</Alert> : null}
      </div>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : !daten ? <Ladeanzeige /> : (
        <>
          <p className="kern-body">
            <a className="kern-link" href={`/api/kommunen/${kommuneId}/datenexport`} download>{t.exportLink(daten.kommuneName)}</a>
          </p>
          <h4 className="kern-heading-small" id={`kommune-loeschen-${kommuneId}`}>{t.loeschenTitel}</h4>
          {daten.auftrag ? (
            <>
              <Alert typ="warning" titel={t.beantragtTitel} ansage="keine">{t.beantragt(datum.format(new Date(daten.auftrag.faelligAm)))}</Alert>
              <div className="lotse-knopfleiste">
                <button type="button" className="kern-btn kern-btn--primary" onClick={widerrufen}>
                  <span className="kern-label">{t.widerrufenKnopf}</span>
                </button>
              </div>
            </>
          ) : (
            <>
              <p className="kern-body">{t.loeschenEinleitung(daten.wartefristTage)}</p>
              {daten.fremdeVerweise > 0 ? <p className="kern-body">{t.fremdeVerweise(daten.fremdeVerweise)}</p> : null}
              <Fehlerliste fehler={f.fehlerliste} version={f.version} />
              {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
              <form className="lotse-formular" onSubmit={beantragen} noValidate aria-labelledby={`kommune-loeschen-${kommuneId}`}>
                <Formularfeld label={t.bestaetigungLabel(daten.kommuneName)} autoComplete="off" {...f.feld('bestaetigung')} />
                <div className="lotse-knopfleiste">
                  <button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={f.sendet || undefined}>
                    <span className="kern-label">{t.beantragenKnopf}</span>
                  </button>
                </div>
              </form>
            </>
          )}
        </>
      )}
    </section>
  );
}
