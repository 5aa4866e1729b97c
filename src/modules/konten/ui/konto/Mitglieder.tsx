import { useEffect, useRef, useState } from 'react';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert, Ladeanzeige, Tabelle, useDaten } from '../../../../web/komponenten/index.ts';
import { texte } from '../../../../web/i18n/de.ts';
import { useKonto } from '../../../../web/konto.tsx';
import type { Mitglied, MitgliederAntwort } from '../../konten.schemas.ts';
import { k, rolleText, useNeuLadenBei } from './gemeinsam.ts';

interface MitgliederProps {
  kommuneId: string;
  kommuneName: string;
  stand: number;
  onGeaendert: () => void;
}

export function Mitglieder({ kommuneId, kommuneName, stand, onGeaendert }: MitgliederProps) {
  const { konto, neuLaden: kontoNeuLaden } = useKonto();
  const { daten, fehler, neuLaden } = useDaten<MitgliederAntwort>(`/api/kommunen/${kommuneId}/mitglieder`);
  useNeuLadenBei(stand, neuLaden);
  const [meldung, setMeldung] = useState<string | null>(null);
  const [aktionFehler, setAktionFehler] = useState<string | null>(null);
  const [frage, setFrage] = useState<Mitglied | null>(null);
  const [sendet, setSendet] = useState(false);
  const bestaetigen = useRef<HTMLButtonElement>(null);
  const rueckmeldung = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (frage) bestaetigen.current?.focus();
  }, [frage]);
  useEffect(() => {
    if (meldung || aktionFehler) rueckmeldung.current?.focus();
  }, [meldung, aktionFehler]);

  const ausfuehren = async (m: Mitglied, aufruf: () => Promise<unknown>, erfolg: string) => {
    if (sendet) return;
    setSendet(true);
    setMeldung(null);
    setAktionFehler(null);
    try {
      await aufruf();
      setFrage(null);
      setMeldung(erfolg);
      // Own role changed: the account (and with it this administration area) is loaded anew.
      if (m.id === konto?.id) await kontoNeuLaden();
      else onGeaendert();
    } catch (e) {
      setFrage(null);
      setAktionFehler(e instanceof ApiFehler ? e.message : texte.kern.fehlerAllgemein);
    } finally {
      setSendet(false);
    }
  };
  const rolleWechseln = (m: Mitglied) => {
    const rolle = m.rolle === 'admin' ? 'mitglied' : 'admin';
    return ausfuehren(m, () => api(`/api/kommunen/${kommuneId}/mitglieder/${m.id}`, { method: 'PATCH', body: { rolle } }), k.rolleGeaendert(m.name, rolleText(rolle)));
  };
  const entfernen = (m: Mitglied) => ausfuehren(m, () => api(`/api/kommunen/${kommuneId}/mitglieder/${m.id}`, { method: 'DELETE' }), k.entfernt(m.name));
  const abbrechen = () => {
    const id = frage?.id;
    setFrage(null);
    if (id) document.getElementById(`entfernen-${id}`)?.focus();
  };
  const fragen = (m: Mitglied) => {
    setMeldung(null);
    setAktionFehler(null);
    setFrage(m);
  };
  const items = daten?.items;

  return (
    <section className="lotse-abschnitt" aria-labelledby={`mitglieder-${kommuneId}`}>
      <h3 className="kern-heading-small" id={`mitglieder-${kommuneId}`}>{k.mitgliederTitel}</h3>
      <p className="kern-body">{k.mitgliederEinleitung}</p>
      {meldung ? <Alert typ="success" ref={rueckmeldung} fokussierbar>{meldung}</Alert> : null}
      {aktionFehler ? <Alert typ="danger" titel={k.aenderungFehlgeschlagen} ref={rueckmeldung} fokussierbar>{aktionFehler}</Alert> : null}
      {frage ? (
        <Alert typ="warning" titel={k.entfernenTitel}>
          <p className="kern-body">{frage.id === konto?.id ? k.entfernenSelbstFrage(kommuneName) : k.entfernenFrage(frage.name, kommuneName)}</p>
          <div className="lotse-knopfleiste">
            <button ref={bestaetigen} type="button" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined} onClick={() => void entfernen(frage)}>
              <span className="kern-label">{k.entfernenBestaetigen}</span>
            </button>
            <button type="button" className="kern-btn kern-btn--secondary" onClick={abbrechen}>
              <span className="kern-label">{k.abbrechen}</span>
            </button>
          </div>
        </Alert>
      ) : null}
      {fehler ? <Alert typ="danger">{fehler}</Alert> : !items ? <Ladeanzeige /> : items.length === 0 ? <p className="kern-body">{k.keineMitglieder}</p> : (
        <Tabelle beschriftung={k.mitgliederTitel} gestreift spalten={[{ titel: k.spalteName }, { titel: k.spalteEmail }, { titel: k.spalteRolle }, { titel: k.spalteAktionen }]}>
          {items.map((m) => (
            <tr key={m.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">{m.name}{m.id === konto?.id ? ` ${k.selbst}` : ''}</th>
              <td className="kern-table__cell">{m.email}</td>
              <td className="kern-table__cell">{rolleText(m.rolle)}</td>
              <td className="kern-table__cell">
                <div className="lotse-knopfleiste">
                  <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" aria-disabled={sendet || undefined} onClick={() => void rolleWechseln(m)}>
                    <span className="kern-label">
                      {m.rolle === 'admin' ? k.zumMitglied : k.zurAdministration}
                      <span className="kern-sr-only"> – {m.name}</span>
                    </span>
                  </button>
                  <button id={`entfernen-${m.id}`} type="button" className="kern-btn kern-btn--tertiary kern-btn--small" aria-disabled={sendet || undefined} onClick={() => fragen(m)}>
                    <span className="kern-label">
                      {k.entfernen}
                      <span className="kern-sr-only"> – {m.name}</span>
                    </span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </Tabelle>
      )}
    </section>
  );
}
