import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Alert, Auswahl, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { useKonto, type Konto as KontoTyp } from '../../../web/konto.tsx';
import { k } from './konto/gemeinsam.ts';
import { Mitgliedschaften, Profil } from './konto/Profil.tsx';
import { PasswortAendern } from './konto/PasswortAendern.tsx';
import { ZweiterFaktor } from './konto/ZweiterFaktor.tsx';
import { BenachrichtigungsEinstellung } from '../../../web/seiten/BenachrichtigungsEinstellung.tsx';
import { Einladen } from './konto/Einladen.tsx';
import { Mitglieder } from './konto/Mitglieder.tsx';
import { Audit } from './konto/Audit.tsx';
import { KommuneDaten, MeineDaten } from '../../betrieb/ui/index.ts';

/** The account page: profile, memberships, the administration of own Kommunen (admins), password. */
function Verwaltung({ konto }: { konto: KontoTyp }) {
  const adminVon = konto.mitgliedschaften.filter((m) => m.rolle === 'admin');
  const [kommuneId, setKommuneId] = useState(adminVon[0]?.kommuneId ?? '');
  const [stand, setStand] = useState(0);
  const aktiv = adminVon.find((m) => m.kommuneId === kommuneId) ?? adminVon[0];
  if (!aktiv) return null;
  return (
    <section className="lotse-abschnitt lotse-verwaltung" aria-labelledby="konto-verwaltung">
      <h2 className="kern-heading-medium" id="konto-verwaltung">{k.verwaltungTitel(aktiv.kommuneName)}</h2>
      {adminVon.length > 1 ? (
        <Auswahl
          label={k.verwaltungWaehlen}
          optional={false}
          value={aktiv.kommuneId}
          onChange={(e) => setKommuneId(e.target.value)}
          optionen={adminVon.map((m) => ({ wert: m.kommuneId, text: m.kommuneName }))}
        />
      ) : null}
      <Einladen key={`e-${aktiv.kommuneId}`} kommuneId={aktiv.kommuneId} onErstellt={() => setStand((s) => s + 1)} />
      <Mitglieder key={`m-${aktiv.kommuneId}`} kommuneId={aktiv.kommuneId} kommuneName={aktiv.kommuneName} stand={stand} onGeaendert={() => setStand((s) => s + 1)} />
      <Audit kommuneId={aktiv.kommuneId} stand={stand} />
      <KommuneDaten key={`d-${aktiv.kommuneId}`} kommuneId={aktiv.kommuneId} />
    </section>
  );
}

export default function Konto() {
  const { konto, geladen } = useKonto();
  const location = useLocation();
  const meldung = (location.state as { meldung?: string } | null)?.meldung;
  if (!geladen) {
    return (
      <>
        <Seitentitel titel={k.titel} />
        <Ladeanzeige />
      </>
    );
  }
  if (!konto) {
    return (
      <>
        <Seitentitel titel={k.titel} />
        <Alert typ="info" titel={k.nichtAngemeldetTitel} ansage="keine">
          <p className="kern-body">{k.nichtAngemeldet}</p>
          <p className="kern-body"><Link className="kern-link" to="/anmelden?weiter=%2Fkonto">{k.zurAnmeldung}</Link></p>
        </Alert>
      </>
    );
  }
  return (
    <>
      <Seitentitel titel={k.titel} />
      {meldung === 'registriert' ? <Alert typ="success">{k.registriert}</Alert> : meldung === 'angemeldet' ? <Alert typ="success">{k.willkommen}</Alert> : null}
      <Profil konto={konto} />
      <Mitgliedschaften konto={konto} />
      <Verwaltung konto={konto} />
      <PasswortAendern />
      <ZweiterFaktor />
      <BenachrichtigungsEinstellung />
      <MeineDaten />
    </>
  );
}
