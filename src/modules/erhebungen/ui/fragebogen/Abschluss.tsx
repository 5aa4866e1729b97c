/** Finishing a single-mode round: the button and, if areas lack answers, links to their first open question. */
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert } from '../../../../web/komponenten/index.ts';
import { texte } from '../../../../web/i18n/de.ts';
import type { Antworten, Fragebogen } from '../../frageboegen/fragebogen.schemas.ts';
import { erhebungen as erhebungenTexte } from '../texte.ts';
import { ersteFehlende, frageZiel } from './regeln.ts';

const t = erhebungenTexte.ausfuellen;

interface Luecke {
  dimension: string;
  titel: string;
  beantwortet: number;
  anzahl: number;
}

export function Abschluss({ rundeId, fb, antworten, speichern }: { rundeId: string; fb: Fragebogen; antworten: Antworten; speichern: () => Promise<boolean> }) {
  const navigate = useNavigate();
  const [meldung, setMeldung] = useState<{ text: string; luecken: Luecke[] } | null>(null);
  const [sendet, setSendet] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (meldung) ref.current?.focus();
  }, [meldung]);

  const abschliessen = async () => {
    if (sendet) return;
    setSendet(true);
    setMeldung(null);
    try {
      if (!(await speichern())) throw new Error(t.speichern.fehler);
      await api(`/api/erhebungen/${rundeId}/abschliessen`, { method: 'POST' });
      navigate(`/erhebungen/${rundeId}/ergebnis`);
    } catch (err) {
      if (err instanceof ApiFehler && err.code === 'erhebung.unvollstaendig') setMeldung({ text: t.unvollstaendig, luecken: err.details as Luecke[] });
      else setMeldung({ text: err instanceof Error ? err.message : texte.kern.fehlerAllgemein, luecken: [] });
    } finally {
      setSendet(false);
    }
  };

  return (
    <section className="lotse-abschnitt" aria-labelledby="abschluss-titel">
      <h2 className="kern-heading-medium" id="abschluss-titel">{t.abschliessen}</h2>
      <p className="kern-body">{t.abschliessenHinweis}</p>
      {meldung ? (
        <Alert typ="danger" ref={ref} fokussierbar>
          <p className="kern-body">{meldung.text}</p>
          {meldung.luecken.length ? (
            <ul className="kern-list">
              {meldung.luecken.map((l) => {
                const item = ersteFehlende(fb, antworten, l.dimension);
                const text = t.zurLuecke(l.titel, l.beantwortet, l.anzahl);
                return <li key={l.dimension}>{item ? <Link className="kern-link" to={frageZiel(fb, item.id)}>{text}</Link> : text}</li>;
              })}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <div className="lotse-knopfleiste">
        <button type="button" className="kern-btn kern-btn--primary" onClick={abschliessen} aria-disabled={sendet || undefined}>
          <span className="kern-label">{sendet ? t.abschliessenSendet : t.abschliessen}</span>
        </button>
      </div>
    </section>
  );
}
