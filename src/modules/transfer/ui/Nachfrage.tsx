import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Auswahl, Ladeanzeige, Seitentitel, useDaten } from '../../../web/komponenten/index.ts';
import { bedarfeTexte } from '../../bedarfe/ui/index.ts';
import type { NachfrageAntwort as Nachfrage } from '../transfer.schemas.ts';
import { transfer as transferTexte } from './texte.ts';
import { hatRolle, useKonto } from '../../../web/konto.tsx';
import { OhneTreffer } from './nachfrage/OhneTreffer.tsx';
import { Gefragt } from './nachfrage/Gefragt.tsx';
import { Verteilung } from './nachfrage/Verteilung.tsx';
import { Ungedeckt } from './nachfrage/Ungedeckt.tsx';

const t = transferTexte;
const SCHWELLEN = ['7', '30', '90'];

export default function NachfrageSeite() {
  const { konto, geladen } = useKonto();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const schwelle = params.get('tage') ?? '30';
  const [auswahl, setAuswahl] = useState(schwelle);
  const berechtigt = hatRolle(konto, 'transferstelle') || hatRolle(konto, 'plattform-admin');
  const { daten: n, fehler } = useDaten<Nachfrage>(berechtigt ? `/api/transfer/nachfrage?ohneVorschlagSeitTagen=${encodeURIComponent(schwelle)}` : null);

  useEffect(() => setAuswahl(schwelle), [schwelle]);

  if (!geladen) return <Ladeanzeige />;
  if (!berechtigt) {
    return (
      <>
        <Seitentitel titel={t.titel} vorzeile={t.vorzeile} />
        <Alert typ="info" ansage="keine">{konto ? bedarfeTexte.eingang.nurFuerLotsen : bedarfeTexte.meine.nichtAngemeldet}</Alert>
      </>
    );
  }

  return (
    <>
      <Seitentitel titel={t.titel} vorzeile={t.vorzeile} einleitung={t.einleitung} />
      {fehler ? <Alert typ="danger" titel={t.fehler}>{fehler}</Alert> : null}
      {!n && !fehler ? <Ladeanzeige text={t.laden} /> : null}
      {n ? (
        <>
          <section className="lotse-abschnitt" aria-labelledby="nachfrage-kennzahlen">
            <h2 className="kern-heading-medium" id="nachfrage-kennzahlen">{t.kennzahlen}</h2>
            <dl className="kern-description-list">
              {[
                [t.gesamt, n.gesamt],
                [t.offen, n.offen],
                [t.ohneTreffer, n.ohneTreffer.gesamt],
              ].map(([k, v]) => (
                <div key={k} className="kern-description-list-item">
                  <dt className="kern-description-list-item__key">{k}</dt>
                  <dd className="kern-description-list-item__value">{v}</dd>
                </div>
              ))}
            </dl>
            <p className="kern-body kern-body--small lotse-gedaempft">{t.stand(n.stand)}</p>
            <form
              className="lotse-row"
              aria-label={t.schwelle}
              onSubmit={(e) => {
                e.preventDefault();
                navigate(auswahl === '30' ? '/transferstelle/nachfrage' : `/transferstelle/nachfrage?tage=${auswahl}`);
              }}
            >
              <Auswahl
                id="nachfrage-schwelle"
                label={t.schwelle}
                value={auswahl}
                onChange={(e) => setAuswahl(e.target.value)}
                optionen={SCHWELLEN.map((s) => ({ wert: s, text: t.schwelleTage(Number(s)) }))}
              />
              <div className="lotse-knopfleiste">
                <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t.aktualisieren}</span></button>
              </div>
            </form>
          </section>

          <Ungedeckt n={n} />
          <OhneTreffer n={n} />
          <Gefragt n={n} />
          <Verteilung n={n} />
        </>
      ) : null}
    </>
  );
}
