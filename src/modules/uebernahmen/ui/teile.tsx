import type { z } from 'zod';
import { ApiFehler } from '../../../web/api.ts';
import type { listeAntwort, uebernahmeDetail } from '../projekte/projekte.schemas.ts';
import type { Nutzung } from '../rueckmeldungen/rueckmeldungen.schemas.ts';
import { uebernahmen as t } from './texte.ts';

export type Detail = z.infer<typeof uebernahmeDetail>;
export type Liste = z.infer<typeof listeAntwort>;
export type { Nutzung };

export const fehlertext = (e: unknown) => (e instanceof ApiFehler ? e.message : t.fehlerAllgemein);

export function PhaseBadge({ phase }: { phase: string }) {
  const art = phase === 'abgebrochen' ? 'danger' : phase === 'abgeschlossen' || phase === 'verstetigen' ? 'success' : 'info';
  return (
    <span className={`kern-badge kern-badge--${art}`}>
      <span className="kern-label kern-label--small">{t.phase[phase] ?? phase}</span>
    </span>
  );
}

/** A multi-line field with label, hint and error (KERN markup). */
export function Textfeld(p: { id: string; label: string; hinweis?: string; fehler?: string; optional?: boolean; value: string; onChange: (w: string) => void; zeilen?: number }) {
  const beschreibung = [p.hinweis ? `${p.id}-hinweis` : '', p.fehler ? `${p.id}-fehler` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`kern-form-input${p.fehler ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={p.id}>
        {p.label}
        {p.optional ? <span className="kern-label__optional"> – optional</span> : null}
      </label>
      {p.hinweis ? <div className="kern-hint" id={`${p.id}-hinweis`}>{p.hinweis}</div> : null}
      <textarea
        id={p.id}
        className={`kern-form-input__input${p.fehler ? ' kern-form-input__input--error' : ''}`}
        rows={p.zeilen ?? 3}
        aria-describedby={beschreibung}
        aria-invalid={p.fehler ? true : undefined}
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
      />
      {p.fehler ? (
        <p className="kern-error" id={`${p.id}-fehler`}>
          <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
          <span className="kern-body">{p.fehler}</span>
        </p>
      ) : null}
    </div>
  );
}
