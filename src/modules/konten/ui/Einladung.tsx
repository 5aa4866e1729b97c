import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { konten as kontenTexte } from './texte.ts';
import { useKonto } from '../../../web/konto.tsx';

const t = kontenTexte;

export default function Einladung() {
  const { token = '' } = useParams();
  const { konto, geladen, neuLaden } = useKonto();
  const [sendet, setSendet] = useState(false);
  const [ergebnis, setErgebnis] = useState<{ rolle: string } | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);

  const annehmen = async () => {
    if (sendet) return;
    setSendet(true);
    setFehler(null);
    try {
      const r = await api<{ kommuneId: string; rolle: string }>('/api/einladungen/annehmen', { body: { token } });
      await neuLaden();
      setErgebnis(r);
    } catch (e) {
      setFehler(e instanceof ApiFehler ? e.message : texte.kern.fehlerAllgemein);
    } finally {
      setSendet(false);
    }
  };

  return (
    <div className="lotse-text">
      <Seitentitel titel={t.einladung.titel} einleitung={t.einladung.einleitung} />
      {!geladen ? (
        <Ladeanzeige />
      ) : ergebnis ? (
        <Alert typ="success" titel={t.einladung.angenommen}>
          <p className="kern-body">{t.einladung.angenommenRolle(t.konto.rolleText[ergebnis.rolle] ?? ergebnis.rolle)}</p>
          <p className="kern-body"><Link className="kern-link" to="/konto">{t.einladung.zumKonto}</Link></p>
        </Alert>
      ) : konto ? (
        <>
          {fehler ? <Alert typ="danger" titel={t.einladung.fehlgeschlagenTitel}>{fehler}</Alert> : null}
          <p className="kern-body">{t.einladung.angemeldetText(konto.name)}</p>
          <div className="lotse-knopfleiste">
            <button type="button" className="kern-btn kern-btn--primary" onClick={annehmen} aria-disabled={sendet || undefined}>
              <span className="kern-label">{sendet ? t.einladung.sendet : t.einladung.annehmen}</span>
            </button>
          </div>
        </>
      ) : (
        <div className="lotse-grid lotse-liste-ohne">
          <section className="kern-card" aria-labelledby="einladung-neu">
            <div className="kern-card__container">
              <div className="kern-card__header"><h2 className="kern-title" id="einladung-neu">{t.einladung.ohneKontoTitel}</h2></div>
              <div className="kern-card__body"><p className="kern-body">{t.einladung.ohneKontoText}</p></div>
              <div className="kern-card__footer">
                <Link className="kern-btn kern-btn--primary" to={`/registrieren?einladung=${encodeURIComponent(token)}`}>
                  <span className="kern-label">{t.einladung.registrieren}</span>
                </Link>
              </div>
            </div>
          </section>
          <section className="kern-card" aria-labelledby="einladung-konto">
            <div className="kern-card__container">
              <div className="kern-card__header"><h2 className="kern-title" id="einladung-konto">{t.einladung.mitKontoTitel}</h2></div>
              <div className="kern-card__body"><p className="kern-body">{t.einladung.mitKontoText}</p></div>
              <div className="kern-card__footer">
                <Link className="kern-btn kern-btn--secondary" to={`/anmelden?weiter=${encodeURIComponent(`/einladung/${token}`)}`}>
                  <span className="kern-label">{t.einladung.anmelden}</span>
                </Link>
              </div>
            </div>
          </section>
        </div>
      )}
    </div>
  );
}
