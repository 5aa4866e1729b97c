import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { hatRolle, useKonto } from '../../../web/konto.tsx';
import { bedarfe as t } from './texte.ts';
import { Erfassung } from './meine/Erfassung.tsx';
import { Liste } from './meine/Liste.tsx';

/** /bedarfe: record a need (members of a Kommune) and the list of needs the account may see. */
export default function MeineBedarfe() {
  const { konto, geladen } = useKonto();
  const [neuGeladen, setNeuGeladen] = useState(0);
  if (!geladen) return <Ladeanzeige />;
  const begleitet = hatRolle(konto, 'lotse') || hatRolle(konto, 'transferstelle');
  return (
    <>
      <Seitentitel titel={t.meine.titel} einleitung={t.meine.einleitung} />
      {!konto ? (
        <Alert typ="info" ansage="keine">
          <p className="kern-body">
            {t.meine.nichtAngemeldet} <Link className="kern-link" to="/anmelden?weiter=%2Fbedarfe">{texte.kern.anmelden}</Link>
          </p>
        </Alert>
      ) : (
        <>
          {konto.mitgliedschaften.length ? (
            <Erfassung konto={konto} erfasst={() => setNeuGeladen((n) => n + 1)} />
          ) : !begleitet ? (
            <Alert typ="info" ansage="keine">{t.meine.keineMitgliedschaft}</Alert>
          ) : null}
          {begleitet ? (
            <p className="kern-body lotse-abstand-oben">
              <Link className="kern-link" to="/lotse">{t.meine.zumEingang}</Link>
            </p>
          ) : null}
          <Liste neuGeladen={neuGeladen} />
        </>
      )}
    </>
  );
}
