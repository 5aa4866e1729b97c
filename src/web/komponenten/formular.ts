import { useCallback, useState, type ChangeEvent, type FormEvent } from 'react';
import { ApiFehler } from '../api.ts';
import { kern } from '../i18n/kern.texte.ts';
import type { Feldfehler } from './Fehlerliste.tsx';

type Fehler<F extends string> = Partial<Record<F, string>>;

const deutsch = /[äöüß]|Bitte|muss|darf|ungültig/i;

/**
 * Maps an API error to field errors. Validation errors (400, details with `pfad: "/email"`) land on the field
 * of that name; everything else becomes the general message (the API's German `message`).
 */
export function feldfehlerAusApi<F extends string>(e: unknown, felder: readonly F[], ersatz: string): { felder: Fehler<F>; allgemein: string | null } {
  if (!(e instanceof ApiFehler)) return { felder: {}, allgemein: kern.fehlerAllgemein };
  const ergebnis: Fehler<F> = {};
  for (const d of e.details as { pfad?: string; meldung?: string }[]) {
    const name = d?.pfad?.replace(/^\//, '').split('/')[0] as F | undefined;
    if (name && felder.includes(name) && !ergebnis[name]) ergebnis[name] = d.meldung && deutsch.test(d.meldung) ? d.meldung : ersatz;
  }
  return { felder: ergebnis, allgemein: Object.keys(ergebnis).length ? null : e.message };
}

/**
 * Small form state helper: values, per-field errors (for Formularfeld), an error summary (for Fehlerliste),
 * a general error message and the "sending" state. Validation runs on submit, not while typing.
 */
export function useFormular<F extends string>(formId: string, start: Record<F, string>, ersatzFehler = 'Bitte prüfen Sie diese Angabe.') {
  const [werte, setWerte] = useState<Record<F, string>>(start);
  const [fehler, setFehler] = useState<Fehler<F>>({});
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  const [version, setVersion] = useState(0);
  const namen = Object.keys(start) as F[];
  const feldId = (name: F) => `${formId}-${name}`;

  const feld = (name: F) => ({
    id: feldId(name),
    name,
    value: werte[name],
    fehler: fehler[name],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setWerte((w) => ({ ...w, [name]: e.target.value })),
  });

  const fehlerliste: Feldfehler[] = namen.filter((n) => fehler[n]).map((n) => ({ feldId: feldId(n), text: fehler[n]! }));

  const absenden = useCallback(
    (pruefen: (w: Record<F, string>) => Fehler<F>, aktion: (w: Record<F, string>) => Promise<void>) =>
      async (e: FormEvent) => {
        e.preventDefault();
        if (sendet) return;
        setVersion((v) => v + 1);
        const gefunden = pruefen(werte);
        setFehler(gefunden);
        setAllgemein(null);
        if (Object.values(gefunden).some(Boolean)) return;
        setSendet(true);
        try {
          await aktion(werte);
        } catch (err) {
          const r = feldfehlerAusApi(err, namen, ersatzFehler);
          setFehler(r.felder);
          setAllgemein(r.allgemein);
        } finally {
          setSendet(false);
        }
      },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [werte, sendet],
  );

  return { werte, setWerte, feld, fehler, setFehler, fehlerliste, allgemein, setAllgemein, sendet, version, absenden, feldId };
}
