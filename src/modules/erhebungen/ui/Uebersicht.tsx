import { useState } from 'react';
import './erhebungen.css';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Auswahl, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { useDaten } from '../../../web/komponenten/useDaten.ts';
import { texte } from '../../../web/i18n/de.ts';
import { erhebungen as erhebungenTexte } from './texte.ts';
import { useKonto } from '../../../web/konto.tsx';
import type { FragebogenKurz } from '../frageboegen/frageboegen.schemas.ts';
import type { RundeKurz } from '../runden/runden.schemas.ts';
import { RundenTabelle } from './uebersicht/RundenTabelle.tsx';
import { TeamFormular } from './uebersicht/TeamFormular.tsx';

const t = erhebungenTexte.uebersicht;

/** Self-checks of the municipality: start one, open a team survey (admins), the rounds so far. */
export default function Uebersicht() {
  const { konto, geladen } = useKonto();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const kommunen = konto?.mitgliedschaften ?? [];
  const kommuneId = params.get('kommune') ?? kommunen[0]?.kommuneId ?? '';
  const istAdmin = kommunen.some((m) => m.kommuneId === kommuneId && m.rolle === 'admin');
  const fb = useDaten<{ items: FragebogenKurz[] }>('/api/frageboegen');
  const rundenD = useDaten<{ items: RundeKurz[] }>(kommuneId ? `/api/kommunen/${kommuneId}/erhebungen` : null);
  const frageboegen = fb.daten?.items ?? null;
  const runden = rundenD.daten?.items ?? null;
  const [startFehler, setFehler] = useState<string | null>(null);
  const [startet, setStartet] = useState<string | null>(null);
  const fehler = startFehler ?? fb.fehler ?? rundenD.fehler;

  const starten = async (fragebogenId: string) => {
    setStartet(fragebogenId);
    try {
      const r = await api<{ id: string }>(`/api/kommunen/${kommuneId}/erhebungen`, { body: { fragebogenId } });
      navigate(`/erhebungen/${r.id}`);
    } catch (err) {
      setFehler(err instanceof ApiFehler ? err.message : texte.kern.fehlerAllgemein);
      setStartet(null);
    }
  };

  return (
    <div>
      <Seitentitel titel={t.titel} vorzeile={t.vorzeile} einleitung={t.einleitung} />
      {fehler ? <Alert typ="danger" titel={t.fehlerTitel}>{fehler}</Alert> : null}
      {!geladen ? <Ladeanzeige /> : null}
      {geladen && !konto ? (
        <Alert typ="info" ansage="keine">
          <p className="kern-body">{t.anmelden} <Link className="kern-link" to="/anmelden?weiter=/erhebungen">{t.anmeldenLink}</Link></p>
        </Alert>
      ) : null}
      {geladen && konto && !kommunen.length ? <Alert typ="info" ansage="keine">{t.keineKommune}</Alert> : null}

      {kommunen.length > 1 ? (
        <Auswahl
          label={t.kommune}
          value={kommuneId}
          onChange={(e) => setParams({ kommune: e.target.value })}
          optionen={kommunen.map((m) => ({ wert: m.kommuneId, text: m.kommuneName }))}
        />
      ) : null}

      {kommuneId && frageboegen ? (
        <section className="lotse-abschnitt" aria-labelledby="checks-titel">
          <h2 className="kern-heading-medium" id="checks-titel">{t.checksTitel}</h2>
          <p className="kern-body">{t.startenHinweis}</p>
          <ul className="lotse-liste-ohne lotse-grid">
            {frageboegen.map((f) => (
              <li key={f.id} className="kern-card">
                <div className="kern-card__container">
                  <div className="kern-card__header">
                    <h3 className="kern-heading-small">{f.titel}</h3>
                    <p className="kern-body kern-body--small lotse-gedaempft">{t.fragen(f.anzahlFragen)} · Version {f.version}</p>
                  </div>
                  <div className="kern-card__body">
                    <p className="kern-body">{f.beschreibung}</p>
                    <p className="kern-body kern-body--bold">{t.bereiche}</p>
                    <ul className="kern-list">
                      {f.dimensionen.map((d) => <li key={d.id} className="kern-body">{d.titel}</li>)}
                    </ul>
                  </div>
                  <div className="kern-card__footer">
                    <button type="button" className="kern-btn kern-btn--primary" onClick={() => starten(f.id)} aria-disabled={startet !== null || undefined}>
                      <span className="kern-label">{t.starteEinzeln(f.titel)}</span>
                    </button>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {kommuneId && istAdmin && frageboegen ? <TeamFormular kommuneId={kommuneId} frageboegen={frageboegen} erstellt={rundenD.neuLaden} /> : null}

      {kommuneId ? (
        <section className="lotse-abschnitt" aria-labelledby="runden-titel">
          <h2 className="kern-heading-medium" id="runden-titel">{t.rundenTitel}</h2>
          {runden === null ? (
            <Ladeanzeige />
          ) : runden.length === 0 ? (
            <p className="kern-body">{t.keineRunden}</p>
          ) : (
            <RundenTabelle runden={runden} />
          )}
        </section>
      ) : null}
    </div>
  );
}
