import { Alert } from '../../komponenten/index.ts';
import { texte } from '../../i18n/de.ts';

const t = texte.seiten.betreiber;

/** The operator's to-do on a legal page: details not yet configured, and (optionally) the page's own note. */
export function Betreiberhinweis({ fehlend, platzhalter }: { fehlend: string[]; platzhalter?: string }) {
  if (!fehlend.length && !platzhalter) return null;
  return (
    <Alert typ="warning" titel={t.hinweisTitel} ansage="keine">
      {fehlend.length ? <p className="kern-body">{t.hinweis(fehlend)}</p> : null}
      {platzhalter ? <p className="kern-body">{platzhalter}</p> : null}
    </Alert>
  );
}
