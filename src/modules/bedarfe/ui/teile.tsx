import { useId, useState, type ChangeEvent } from 'react';
import { api, ApiFehler } from '../../../web/api.ts';
import { texte } from '../../../web/i18n/de.ts';
import { Zeichenzaehler } from '../../../web/komponenten/index.ts';
import type { z } from 'zod';
import type { bedarfListe, eingangListe, MatchTreffer } from '../bedarfe.schemas.ts';
import type { BedarfStatus } from '../bedarfe.table.ts';
import { bedarfe as bedarfeTexte } from './texte.ts';

const t = bedarfeTexte;

// ---- Antwortformen der API: Typen aus bedarfe.schemas.ts (z.infer) ------------------------------

export type { BedarfStatus } from '../bedarfe.table.ts';
export type { BedarfDetail, BedarfKurz, MatchTreffer } from '../bedarfe.schemas.ts';
export type BedarfListe = z.infer<typeof bedarfListe>;
export type Eingang = z.infer<typeof eingangListe>;
export type EingangEintrag = Eingang['items'][number];
export const STATUS: BedarfStatus[] = ['neu', 'in_klaerung', 'loesungen_vorgeschlagen', 'in_umsetzung', 'erledigt', 'keine_passende_loesung'];

export { HANDLUNGSFELDER } from '../../loesungen/ui/index.ts';

export const fehlertext = (e: unknown) => (e instanceof ApiFehler ? e.message : texte.kern.fehlerAllgemein);

// ---- Kleine Bausteine ----------------------------------------------------------------------------

const STATUS_FARBE: Record<BedarfStatus, 'info' | 'success' | 'warning' | 'danger'> = {
  neu: 'info',
  in_klaerung: 'warning',
  loesungen_vorgeschlagen: 'info',
  in_umsetzung: 'success',
  erledigt: 'success',
  keine_passende_loesung: 'danger',
};

/** Status als KERN-Badge (Text, nicht nur Farbe). */
export function StatusBadge({ status }: { status: BedarfStatus }) {
  return (
    <span className={`kern-badge kern-badge--${STATUS_FARBE[status]}`}>
      <span className="kern-label kern-label--small">{t.status[status] ?? status}</span>
    </span>
  );
}

export function DringlichkeitText({ d }: { d: string }) {
  return d === 'hoch' ? <strong>{t.dringlichkeit[d]}</strong> : <>{t.dringlichkeit[d] ?? d}</>;
}

/**
 * Gründe eines Matching-Treffers („Warum vorgeschlagen?“) als aufklappbare Liste. Stammen die Gründe aus mehreren Sätzen
 * eines langen Texts, nennt jeder Grund seinen Satz (Issue 10, Punkt 2).
 */
export function Gruende({ treffer }: { treffer: MatchTreffer }) {
  const liste = treffer.reasons.filter((g) => g.text);
  if (!liste.length) return null;
  const saetze = new Set(liste.map((g) => g.stelle?.satz).filter(Boolean));
  return (
    <details className="lotse-details">
      <summary className="kern-body kern-body--small">{t.matcher.warum}</summary>
      <ul className="kern-list kern-list--bullet kern-list--small">
        {liste.map((g, i) => (
          <li key={i} className="kern-body kern-body--small">
            {g.text}
            {saetze.size > 1 && g.stelle ? <span className="lotse-gedaempft"> {t.matcher.ausSatz(g.stelle.satz)}</span> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Passung in Prozent (Score 0…1+, gekappt). */
export const passung = (score: number) => Math.max(0, Math.min(100, Math.round(score * 100)));

interface TextfeldProps {
  id: string;
  label: string;
  hinweis?: string;
  fehler?: string;
  optional?: boolean;
  value: string;
  onChange: (wert: string) => void;
  zeilen?: number;
  maxLength?: number;
}

/** Mehrzeiliges Eingabefeld mit Label, Hinweis und Fehlermeldung (KERN-Markup wie Formularfeld); mit `maxLength` zählt es die Zeichen, statt zu kürzen. */
export function Textfeld({ id, label, hinweis, fehler, optional, value, onChange, zeilen = 5, maxLength }: TextfeldProps) {
  const hinweisId = hinweis ? `${id}-hinweis` : undefined;
  const fehlerId = fehler ? `${id}-fehler` : undefined;
  const zaehlerId = maxLength !== undefined ? `${id}-zaehler` : undefined;
  return (
    <div className={`kern-form-input${fehler ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional ? <span className="kern-label__optional"> – {texte.komponenten.optional}</span> : null}
      </label>
      {hinweis ? <div className="kern-hint" id={hinweisId}>{hinweis}</div> : null}
      <textarea
        id={id}
        className={`kern-form-input__input${fehler ? ' kern-form-input__input--error' : ''}`}
        rows={zeilen}
        required={!optional}
        aria-describedby={[hinweisId, zaehlerId, fehlerId].filter(Boolean).join(' ') || undefined}
        aria-invalid={fehler ? true : undefined}
        value={value}
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
      />
      {zaehlerId && maxLength !== undefined ? <Zeichenzaehler id={zaehlerId} wert={value} max={maxLength} /> : null}
      {fehler ? (
        <p className="kern-error" id={fehlerId}>
          <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
          <span className="kern-body"><span className="kern-sr-only">{texte.komponenten.fehlerHinweis} </span>{fehler}</span>
        </p>
      ) : null}
    </div>
  );
}

/** „Hilfreich / nicht hilfreich“ zu einem Vorschlag der automatischen Suche (für Lotsen und Transferstelle). */
export function Rueckmeldung({ bedarfId, treffer }: { bedarfId: string; treffer: MatchTreffer }) {
  const [stand, setStand] = useState<'offen' | 'sendet' | 'danke' | 'fehler'>('offen');
  const [wahl, setWahl] = useState<boolean | null>(null);
  const gruppe = useId();
  const senden = async (hilfreich: boolean) => {
    setStand('sendet');
    setWahl(hilfreich);
    try {
      await api('/api/matching/feedback', { body: { bedarfId, loesungId: treffer.id, hilfreich } });
      setStand('danke');
    } catch {
      setStand('fehler');
    }
  };
  return (
    <div role="group" aria-labelledby={gruppe} className="lotse-row lotse-row--eng">
      <span id={gruppe} className="kern-sr-only">{t.matcher.hilfreichFrage(treffer.title)}</span>
      <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" aria-pressed={wahl === true} disabled={stand === 'sendet'} onClick={() => senden(true)}>
        <span className="kern-icon kern-icon--check" aria-hidden="true" />
        <span className="kern-label">{t.matcher.hilfreich}</span>
      </button>
      <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" aria-pressed={wahl === false} disabled={stand === 'sendet'} onClick={() => senden(false)}>
        <span className="kern-icon kern-icon--close" aria-hidden="true" />
        <span className="kern-label">{t.matcher.nichtHilfreich}</span>
      </button>
      <span role="status" className="kern-body kern-body--small">
        {stand === 'danke' ? t.matcher.danke : stand === 'fehler' ? t.matcher.feedbackFehler : ''}
      </span>
    </div>
  );
}
