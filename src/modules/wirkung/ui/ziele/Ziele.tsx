import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Auswahl, Ladeanzeige, Seitentitel, Tabelle, useDaten } from '../../../../web/komponenten/index.ts';
import { useKonto } from '../../../../web/konto.tsx';
import type { ZielKurz } from '../../ziele/ziele.schemas.ts';
import { ZielFormular } from './ZielFormular.tsx';
import { Frische } from '../messung/Frische.tsx';
import { STUFEN_TEXT, ziele as t } from './texte.ts';

/** /wirkung/ziele – the goals of the account's Kommune with the „nur Output gemessen“ hint, and a form for a new one. */
export default function Ziele() {
  const { konto } = useKonto();
  const kommunen = konto?.mitgliedschaften ?? [];
  const [kommuneId, setKommuneId] = useState(kommunen[0]?.kommuneId ?? '');
  const d = useDaten<{ items: ZielKurz[] }>(kommuneId ? `/api/wirkung/ziele?kommuneId=${kommuneId}` : null);
  return (
    <>
      <Seitentitel titel={t.liste.titel} />
      <p className="kern-body lotse-text">{t.liste.einleitung}</p>
      {!kommunen.length ? <Alert typ="info">{t.liste.keineKommune}</Alert> : (
        <>
          {kommunen.length > 1 ? (
            <Auswahl label={t.liste.kommune} value={kommuneId} onChange={(e) => setKommuneId(e.target.value)} optionen={kommunen.map((k) => ({ wert: k.kommuneId, text: k.kommuneName }))} />
          ) : null}
          {d.fehler ? <Alert typ="danger">{d.fehler}</Alert> : !d.daten ? <Ladeanzeige text={t.laden} /> : d.daten.items.length ? (
            <Tabelle beschriftung={t.liste.tabelle} spalten={[{ titel: t.liste.spalteZiel }, { titel: t.liste.spalteStufe }, { titel: t.liste.spalteVerantwortlich }, { titel: t.liste.spalteMassnahmen, zahl: true }, { titel: t.liste.spalteIndikatoren, zahl: true }, { titel: t.liste.spalteHinweis }]}>
              {d.daten.items.map((z) => (
                <tr className="kern-table__row" key={z.id}>
                  <th scope="row" className="kern-table__header"><Link className="kern-link" to={`/wirkung/ziele/${z.id}`}>{z.aussage}</Link></th>
                  <td className="kern-table__cell">{STUFEN_TEXT[z.stufe]}</td>
                  <td className="kern-table__cell">{z.verantwortlich}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{z.anzahlMassnahmen}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{z.anzahlIndikatoren}</td>
                  <td className="kern-table__cell">{z.nurOutputGemessen ? <span className="kern-badge kern-badge--warning"><span className="kern-label kern-label--small">{t.liste.nurOutput}</span></span> : null}</td>
                </tr>
              ))}
            </Tabelle>
          ) : <p className="kern-body">{t.liste.leer}</p>}
          <ZielFormular kommuneId={kommuneId} gespeichert={d.neuLaden} />
          {kommunen.find((k) => k.kommuneId === kommuneId)?.rolle === 'admin' ? <Frische kommuneId={kommuneId} /> : null}
        </>
      )}
    </>
  );
}
