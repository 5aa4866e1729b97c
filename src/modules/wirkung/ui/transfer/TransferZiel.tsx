import { useState } from 'react';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert, Auswahl, Ladeanzeige, Tabelle, useDaten } from '../../../../web/komponenten/index.ts';
import type { TransferWirkung } from '../../transfer/transfer.schemas.ts';
import { STUFEN_TEXT } from '../ziele/texte.ts';
import { transfer as t } from './texte.ts';

interface Projekte { items: { id: string; loesungTitel: string; phase: string }[] }
const zahl = (x: number) => x.toLocaleString('de-DE', { maximumFractionDigits: 2 });

/** Section on a goal's page: attach the goal to a transfer project of the Kommune and see what its report-back takes over. */
export function TransferZiel({ kommuneId, zielId, darfSchreiben }: { kommuneId: string; zielId: string; darfSchreiben: boolean }) {
  const p = useDaten<Projekte>(`/api/uebernahmen?kommuneId=${kommuneId}&limit=200`);
  const offen = (p.daten?.items ?? []).filter((x) => x.phase !== 'abgebrochen');
  const [gewaehlt, setGewaehlt] = useState('');
  const projekt = gewaehlt || offen[0]?.id || '';
  return (
    <section className="lotse-abschnitt" aria-labelledby="transfer-titel">
      <h2 className="kern-heading-medium" id="transfer-titel">{t.titel}</h2>
      <p className="kern-body">{t.erklaerung}</p>
      {p.fehler ? <Alert typ="danger">{p.fehler}</Alert> : !p.daten ? <Ladeanzeige text={t.laden} /> : !offen.length ? <p className="kern-body">{t.keine}</p> : (
        <>
          <Auswahl label={t.projekt} id="transfer-projekt" value={projekt} onChange={(e) => setGewaehlt(e.target.value)} optionen={offen.map((x) => ({ wert: x.id, text: x.loesungTitel }))} />
          <Projekt key={projekt} id={projekt} zielId={zielId} darfSchreiben={darfSchreiben} />
        </>
      )}
    </section>
  );
}

function Projekt({ id, zielId, darfSchreiben }: { id: string; zielId: string; darfSchreiben: boolean }) {
  const d = useDaten<TransferWirkung>(`/api/wirkung/uebernahmen/${id}/wirkung`);
  const [fehler, setFehler] = useState<string | null>(null);
  const [erfolg, setErfolg] = useState(false);
  if (d.fehler) return <Alert typ="danger">{d.fehler}</Alert>;
  if (!d.daten) return <Ladeanzeige text={t.laden} />;
  const w = d.daten;
  const haengt = w.ziele.some((z) => z.id === zielId);
  const anhaengen = async () => {
    setFehler(null);
    try {
      await api(`/api/wirkung/uebernahmen/${id}/ziele`, { method: 'PUT', body: { zielIds: [...w.ziele.map((z) => z.id), zielId] } });
      setErfolg(true);
      d.neuLaden();
    } catch (e) {
      setFehler(e instanceof ApiFehler ? e.message : String(e));
    }
  };
  return (
    <>
      {erfolg ? <Alert typ="success" ansage="status"><p className="kern-body">{t.angehaengt}</p></Alert> : null}
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {haengt ? <p className="kern-body">{t.haengt}</p> : darfSchreiben ? (
        <div className="lotse-knopfleiste"><button type="button" className="kern-btn kern-btn--secondary" onClick={() => void anhaengen()}><span className="kern-label">{t.anhaengen}</span></button></div>
      ) : null}
      {w.ziele.length ? (
        <>
          <p className="kern-body" data-testid="transfer-stufe">{t.stufe(w.erreichteStufe, w.erreichteStufe === null ? '' : STUFEN_TEXT[w.erreichteStufe] ?? '')}</p>
          {w.indikatoren.length ? (
            <Tabelle beschriftung={t.tabelle(w.beginn)} spalten={[{ titel: t.indikator }, { titel: t.von, zahl: true }, { titel: t.bis, zahl: true }, { titel: t.aenderung, zahl: true }, { titel: t.entwicklung }]}>
              {w.indikatoren.map((i) => (
                <tr className="kern-table__row" key={i.id}>
                  <th scope="row" className="kern-table__header">{i.name}</th>
                  <td className="kern-table__cell kern-table__cell--numeric">{i.von ? `${zahl(i.von.wert)} (${i.von.jahr})` : '–'}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{i.bis ? `${zahl(i.bis.wert)} (${i.bis.jahr})` : '–'}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{i.aenderung === null ? '–' : `${i.aenderung > 0 ? '+' : ''}${zahl(i.aenderung)}${i.einheit ? ` ${i.einheit}` : ''}`}</td>
                  <td className="kern-table__cell">{t.ENTWICKLUNG[i.entwicklung]}</td>
                </tr>
              ))}
            </Tabelle>
          ) : null}
        </>
      ) : null}
    </>
  );
}
