import type { ChangeEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiFehler } from '../../../../web/api.ts';
import { Auswahl, Zeichenzaehler } from '../../../../web/komponenten/index.ts';
import { texte } from '../../../../web/i18n/de.ts';
import type { Konto } from '../../../../web/konto.tsx';
import type { IdeeDetail, IdeeKurz, EngpassListe, Einstellung } from '../../ideen/ideen.schemas.ts';
import { ideenTexte as t } from '../texte-ideen.ts';

export type { IdeeDetail, IdeeKurz, EngpassListe, Einstellung };
export type IdeeStatus = IdeeKurz['status'];
export const SPALTEN: IdeeStatus[] = ['neu', 'in_pruefung', 'im_test', 'standard', 'zurueckgestellt', 'verworfen'];
const FARBE: Record<IdeeStatus, string> = { neu: 'info', in_pruefung: 'warning', im_test: 'warning', standard: 'success', verworfen: 'danger', zurueckgestellt: 'info' };

export function StatusBadge({ status }: { status: IdeeStatus }) {
  return (
    <span className={`kern-badge kern-badge--${FARBE[status]}`}>
      <span className="kern-label kern-label--small">{t.status[status]}</span>
    </span>
  );
}

export const fehlertext = (e: unknown) => (e instanceof ApiFehler ? e.message : texte.kern.fehlerAllgemein);

/** The Kommune the page is about: `?kommune=` or the only/first membership. */
export function useKommune(konto: Konto | null): [string, (k: string) => void] {
  const [params, setParams] = useSearchParams();
  const eigene = konto?.mitgliedschaften ?? [];
  const gewaehlt = params.get('kommune');
  const kommune = eigene.some((m) => m.kommuneId === gewaehlt) ? gewaehlt! : eigene[0]?.kommuneId ?? '';
  const setze = (k: string) => {
    const sp = new URLSearchParams(params);
    sp.set('kommune', k);
    sp.delete('einheit');
    setParams(sp);
  };
  return [kommune, setze];
}

export function KommuneWahl({ konto, kommune, setze }: { konto: Konto; kommune: string; setze: (k: string) => void }) {
  if (konto.mitgliedschaften.length < 2) return null;
  return (
    <Auswahl
      id="kaizen-kommune"
      label={t.board.kommune}
      value={kommune}
      onChange={(e) => setze(e.target.value)}
      optionen={konto.mitgliedschaften.map((m) => ({ wert: m.kommuneId, text: m.kommuneName }))}
    />
  );
}

interface TextfeldProps {
  id: string;
  label: string;
  hinweis?: string;
  fehler?: string;
  optional?: boolean;
  value: string;
  onChange: (v: string) => void;
  zeilen?: number;
  maxLength?: number;
}

/** Multi-line text field (KERN form input) with hint, counter and error, linked by aria-describedby. */
export function Textfeld({ id, label, hinweis, fehler, optional, value, onChange, zeilen = 4, maxLength }: TextfeldProps) {
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
