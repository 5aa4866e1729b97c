import { Seitentitel } from '../komponenten/index.ts';
import { texte } from '../i18n/de.ts';
import { useBetreiber } from '../betreiber.ts';
import { Abschnitte } from './Abschnitte.tsx';
import { Betreiberhinweis } from './betreiber/Betreiberhinweis.tsx';

const t = texte.seiten.datenschutz;

export default function Datenschutz() {
  const { fuellen, fehlend, geladen } = useBetreiber();
  return (
    <article className="lotse-text">
      <Seitentitel titel={t.titel} einleitung={t.einleitung} />
      {geladen ? <Betreiberhinweis fehlend={fehlend(t.abschnitte)} platzhalter={t.platzhalter} /> : null}
      <Abschnitte abschnitte={t.abschnitte} fuellen={fuellen} />
    </article>
  );
}
