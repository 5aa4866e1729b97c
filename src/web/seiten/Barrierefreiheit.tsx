import { Alert, Seitentitel } from '../komponenten/index.ts';
import { texte } from '../i18n/de.ts';
import { Abschnitte } from './Abschnitte.tsx';

const t = texte.seiten.barrierefreiheit;

export default function Barrierefreiheit() {
  return (
    <article className="lotse-text">
      <Seitentitel titel={t.titel} einleitung={t.einleitung} />
      <Alert typ="warning" titel={t.platzhalterTitel}>{t.platzhalter}</Alert>
      <Abschnitte abschnitte={t.abschnitte} />
    </article>
  );
}
