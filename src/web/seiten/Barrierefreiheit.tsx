import { Seitentitel } from '../komponenten/index.ts';
import { texte } from '../i18n/de.ts';
import { useBetreiber } from '../betreiber.ts';
import { Abschnitte } from './Abschnitte.tsx';
import { Betreiberhinweis } from './betreiber/Betreiberhinweis.tsx';
import { Rueckmeldung } from './betreiber/Rueckmeldung.tsx';

const t = texte.seiten.barrierefreiheit;
// The feedback form follows the section „Feedback und Kontakt“ (BITV 2.0: feedback mechanism).
const FEEDBACK = t.abschnitte.findIndex((a) => a.ueberschrift === 'Feedback und Kontakt') + 1;

export default function Barrierefreiheit() {
  const { fuellen, fehlend, geladen } = useBetreiber();
  return (
    <article className="lotse-text">
      <Seitentitel titel={t.titel} einleitung={fuellen(t.einleitung)} />
      {geladen ? <Betreiberhinweis fehlend={fehlend(t.einleitung, t.abschnitte)} platzhalter={t.platzhalter} /> : null}
      <Abschnitte abschnitte={t.abschnitte.slice(0, FEEDBACK)} fuellen={fuellen} />
      <Rueckmeldung />
      <Abschnitte abschnitte={t.abschnitte.slice(FEEDBACK)} fuellen={fuellen} />
    </article>
  );
}
