/**
 * Saving the answers of a questionnaire: shortly after each change, at once when the page is hidden or left
 * (`pagehide`/`visibilitychange`, with `keepalive` so the request outlives the page), and a browser warning
 * before leaving while a save is still open. Invalid answers are kept out of the save and shown at their field.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiFehler } from '../../../../web/api.ts';
import type { Antworten, Fragebogen } from '../../frageboegen/fragebogen.schemas.ts';
import { trenneUngueltige } from './regeln.ts';

export type SpeicherStand = { art: 'leer' } | { art: 'laeuft' } | { art: 'ok'; am: string | null } | { art: 'fehler' };
export type Speichern = (antworten: Antworten, keepalive: boolean) => Promise<{ gespeichertAm: string }>;

/** Pause after the last change before saving. */
const PAUSE_MS = 500;
const PRAEFIX = '/antworten/';

function csrfToken(): string {
  const m = document.cookie.match(/(?:^|;\s*)lotse_csrf=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : '';
}

/** PUT `pfad` with `{ antworten }`; with keepalive as a plain fetch that survives the page (same headers as api()). */
export function antwortenSpeichern(pfad: string): Speichern {
  return async (antworten, keepalive) => {
    if (!keepalive || !csrfToken()) return api<{ gespeichertAm: string }>(pfad, { method: 'PUT', body: { antworten } });
    const res = await fetch(pfad, {
      method: 'PUT',
      keepalive: true,
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/json', 'x-csrf-token': csrfToken() },
      body: JSON.stringify({ antworten }),
    });
    const data = await res.json().catch(() => undefined);
    if (!res.ok) throw new ApiFehler(res.status, data?.error?.code ?? 'unbekannt', data?.error?.message ?? `Fehler ${res.status}`, data?.error?.details ?? []);
    return data as { gespeichertAm: string };
  };
}

interface Optionen {
  fb: Fragebogen;
  aktiv: boolean;
  /** When the answers loaded with the page were saved (null: saved, time unknown); undefined: nothing saved yet. */
  gespeichertAm?: string | null;
}

export function useAutosave(antworten: Antworten, speichern: Speichern, { fb, aktiv, gespeichertAm }: Optionen) {
  const [stand, setStand] = useState<SpeicherStand>(gespeichertAm !== undefined && Object.keys(antworten).length ? { art: 'ok', am: gespeichertAm } : { art: 'leer' });
  // Messages the server gave for values the local check let through, with the value they were about.
  const [serverFehler, setServerFehler] = useState<Record<string, { wert: string; meldung: string }>>({});
  const { gueltig, fehler: lokal } = trenneUngueltige(fb, antworten);
  const fehler: Record<string, string> = { ...lokal };
  for (const [id, f] of Object.entries(serverFehler)) if (JSON.stringify(antworten[id]) === f.wert) fehler[id] = f.meldung;
  const zuSenden = Object.fromEntries(Object.entries(gueltig).filter(([id]) => !(id in fehler)));

  const letzter = useRef(JSON.stringify(zuSenden));
  const aktuell = useRef({ zuSenden, antworten, offen: Object.keys(fehler).length > 0 });
  aktuell.current = { zuSenden, antworten, offen: Object.keys(fehler).length > 0 };
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const laeuft = useRef(0);

  const jetzt = useCallback(async (keepalive = false): Promise<boolean> => {
    clearTimeout(timer.current);
    const { zuSenden: daten, antworten: alle } = aktuell.current;
    const text = JSON.stringify(daten);
    if (text === letzter.current) return true;
    letzter.current = text;
    laeuft.current++;
    setStand({ art: 'laeuft' });
    try {
      const r = await speichern(daten, keepalive);
      setStand({ art: 'ok', am: r.gespeichertAm });
      return true;
    } catch (err) {
      letzter.current = '';
      const details = err instanceof ApiFehler && err.status === 400 ? (err.details as { pfad?: string; meldung?: string }[]) : [];
      const jeItem = details.filter((d) => d.pfad?.startsWith(PRAEFIX) && d.meldung);
      if (jeItem.length) {
        // Keep the rejected answers out and save the rest at once.
        setServerFehler((alt) => ({ ...alt, ...Object.fromEntries(jeItem.map((d) => { const id = d.pfad!.slice(PRAEFIX.length); return [id, { wert: JSON.stringify(alle[id]), meldung: d.meldung! }]; })) }));
        return false;
      }
      setStand({ art: 'fehler' });
      return false;
    } finally {
      laeuft.current--;
    }
  }, [speichern]);

  const text = JSON.stringify(zuSenden);
  useEffect(() => {
    if (!aktiv || text === letzter.current) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void jetzt(), PAUSE_MS);
  }, [text, aktiv, jetzt]);

  useEffect(() => {
    if (!aktiv) return;
    const sofort = () => void jetzt(true);
    const versteckt = () => document.visibilityState === 'hidden' && sofort();
    const warnen = (e: BeforeUnloadEvent) => {
      if (JSON.stringify(aktuell.current.zuSenden) === letzter.current && laeuft.current === 0 && !aktuell.current.offen) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('pagehide', sofort);
    document.addEventListener('visibilitychange', versteckt);
    window.addEventListener('beforeunload', warnen);
    return () => {
      window.removeEventListener('pagehide', sofort);
      document.removeEventListener('visibilitychange', versteckt);
      window.removeEventListener('beforeunload', warnen);
    };
  }, [aktiv, jetzt]);

  // Leaving the page inside the app (e.g. a link in the navigation) unmounts the form: save what is open.
  const beimVerlassen = useRef<(() => void) | null>(null);
  beimVerlassen.current = aktiv ? () => void jetzt(true) : null;
  useEffect(() => () => beimVerlassen.current?.(), []);

  return { stand, jetzt, fehler, ungueltig: Object.keys(fehler).length };
}
