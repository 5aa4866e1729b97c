import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Blaettern, Ladeanzeige, Seitentitel, useDaten } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { hatRolle, useKonto } from '../../../web/konto.tsx';
import { bedarfe as t } from './texte.ts';
import type { Eingang } from './teile.tsx';
import { BedarfKarte } from './eingang/BedarfKarte.tsx';
import { Filter, type EingangFilter } from './eingang/Filter.tsx';

const LIMIT = 10;

const ziel = (f: EingangFilter, o = 0) => {
  const sp = new URLSearchParams();
  if (f.status) sp.set('status', f.status);
  if (f.alter) sp.set('aelterAlsTage', f.alter);
  if (o) sp.set('offset', String(o));
  const q = sp.toString();
  return q ? `/lotse?${q}` : '/lotse';
};

/** /lotse: the intake of Lotse and Transferstelle – needs of their region, oldest first, with next steps. */
export default function LotseEingang() {
  const { konto, geladen } = useKonto();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const status = params.get('status') ?? '';
  const alter = params.get('aelterAlsTage') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [meldung, setMeldung] = useState<string | null>(null);
  const berechtigt = hatRolle(konto, 'lotse') || hatRolle(konto, 'transferstelle');
  const sp = new URLSearchParams({ limit: String(LIMIT), offset: String(offset) });
  if (status) sp.set('status', status);
  if (alter) sp.set('aelterAlsTage', alter);
  const { daten, fehler, neuLaden } = useDaten<Eingang>(berechtigt ? `/api/lotse/eingang?${sp}` : null);

  const fertig = (text: string) => {
    setMeldung(text);
    neuLaden();
  };

  if (!geladen) return <Ladeanzeige />;
  if (!berechtigt) {
    return (
      <>
        <Seitentitel titel={t.eingang.titel} />
        <Alert typ="info" ansage="keine">
          <p className="kern-body">
            {konto ? t.eingang.nurFuerLotsen : t.meine.nichtAngemeldet}{' '}
            <Link className="kern-link" to={konto ? '/bedarfe' : '/anmelden?weiter=%2Flotse'}>{konto ? t.eingang.zuDenBedarfen : texte.kern.anmelden}</Link>
          </p>
        </Alert>
      </>
    );
  }

  return (
    <>
      <Seitentitel titel={t.eingang.titel} einleitung={t.eingang.einleitung} />
      <Filter
        aktuell={{ status, alter }}
        anzeigen={(f) => {
          setMeldung(null);
          navigate(ziel(f));
        }}
      />

      <section className="lotse-abschnitt" aria-labelledby="eingang-liste">
        <h2 className="kern-heading-medium" id="eingang-liste">{t.eingang.listeTitel}</h2>
        <div role="status" className="lotse-ergebnis-status">
          {meldung ? <p className="kern-body">{meldung}</p> : null}
          {daten ? <p className="kern-body kern-body--bold">{t.eingang.anzahl(daten.total)}</p> : null}
        </div>
        {!daten && !fehler ? <Ladeanzeige text={t.laden} /> : null}
        {fehler ? <Alert typ="danger" titel={t.fehlerLaden}>{fehler}</Alert> : null}
        {daten && daten.total === 0 ? <p className="kern-body">{t.eingang.leer}</p> : null}
        {daten && daten.items.length ? (
          <>
            <ul className="lotse-liste-ohne lotse-stapel">
              {daten.items.map((b) => (
                <BedarfKarte key={b.id} b={b} matcherVerfuegbar={daten.matcherVerfuegbar} fertig={fertig} />
              ))}
            </ul>
            <Blaettern total={daten.total} limit={LIMIT} offset={offset} ziel={(o) => ziel({ status, alter }, o)} />
          </>
        ) : null}
      </section>
    </>
  );
}
