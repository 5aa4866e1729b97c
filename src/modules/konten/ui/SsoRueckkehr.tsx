import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Seitentitel } from '../../../web/komponenten/index.ts';
import { useKonto } from '../../../web/konto.tsx';
import { ssoTexte } from './texte-sso.ts';

const t = ssoTexte.rueckkehr;

/** Where the identity provider sends the browser back: hands its answer to Lotse and shows errors in German. */
export default function SsoRueckkehr() {
  const { search } = useLocation();
  const { neuLaden } = useKonto();
  const navigate = useNavigate();
  const [fehler, setFehler] = useState<string | null>(null);
  const gesendet = useRef(false);
  useEffect(() => {
    if (gesendet.current) return;
    gesendet.current = true;
    (async () => {
      try {
        await api('/api/auth/sso/abschluss', { body: { antwort: search || '?' } });
        await neuLaden();
        navigate('/', { replace: true, state: { meldung: 'angemeldet' } });
      } catch (e) {
        setFehler(e instanceof ApiFehler ? e.message : String(e));
      }
    })();
  }, [search, neuLaden, navigate]);
  return (
    <div className="lotse-formularseite">
      <Seitentitel titel={t.titel} />
      {fehler ? (
        <Alert typ="danger" titel={t.fehlerTitel}>
          <p className="kern-body">{fehler}</p>
          <p className="kern-body"><Link className="kern-link" to="/anmelden">{t.nochmal}</Link></p>
        </Alert>
      ) : (
        <p className="kern-body" role="status">{t.laeuft}</p>
      )}
    </div>
  );
}
