import { Alert, Seitentitel } from '../komponenten/index.ts';
import { texte } from '../i18n/de.ts';
import { Abschnitte } from './Abschnitte.tsx';

const t = texte.seiten.impressum;

export default function Impressum() {
  return (
    <article className="lotse-text">
      <Seitentitel titel={t.titel} />
      <Alert typ="warning" titel={t.platzhalterTitel}>{t.platzhalter}</Alert>
      <Abschnitte abschnitte={t.abschnitte} />
    </article>
  );
}
