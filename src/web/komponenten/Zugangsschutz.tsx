import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { kern } from '../i18n/kern.texte.ts';
import { hatRolle, useKonto } from '../konto.tsx';
import type { Zugang } from '../modul.ts';
import { anmeldenMitRueckkehr } from '../weiterleitung.ts';
import { Alert } from './Alert.tsx';
import { Ladeanzeige } from './Ladeanzeige.tsx';
import { Seitentitel } from './Seitentitel.tsx';

const t = kern.zugang;

/**
 * Guards a page that needs a sign-in or a platform role (`Seite.zugang`): signed out, it offers the
 * sign-in that comes back to exactly this address; signed in without the role, it says whom the page is
 * for. The API checks again – this only spares people an error message they cannot act on.
 */
export function Zugangsschutz({ zugang, children }: { zugang?: Zugang; children: ReactNode }) {
  const { konto, geladen } = useKonto();
  const { pathname, search, hash } = useLocation();
  if (!zugang) return <>{children}</>;
  if (!geladen) return <Ladeanzeige />;
  if (!konto) {
    return (
      <>
        <Seitentitel titel={t.anmeldenTitel} />
        <Alert typ="info" ansage="keine">
          <p className="kern-body">
            {t.anmeldenText} <Link className="kern-link" to={anmeldenMitRueckkehr(pathname + search + hash)}>{t.anmeldenLink}</Link>
          </p>
        </Alert>
        <p className="kern-body">
          {t.keinKonto} <Link className="kern-link" to="/registrieren">{t.registrieren}</Link>
        </p>
      </>
    );
  }
  if (zugang !== 'angemeldet' && !zugang.some((r) => hatRolle(konto, r))) {
    return (
      <>
        <Seitentitel titel={t.rolleTitel} />
        <Alert typ="info" ansage="keine">
          <p className="kern-body">{t.nurFuer(zugang)}</p>
          <p className="kern-body">{t.rolleFehlt(konto.name)}</p>
        </Alert>
        <p className="kern-body"><Link className="kern-link" to="/">{t.zurStartseite}</Link></p>
      </>
    );
  }
  return <>{children}</>;
}
