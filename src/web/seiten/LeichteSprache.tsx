import { Link } from 'react-router-dom';
import { Seitentitel } from '../komponenten/index.ts';
import { texte } from '../i18n/de.ts';
import { Abschnitte } from './Abschnitte.tsx';

const t = texte.seiten.leichteSprache;
const k = texte.kern;

export default function LeichteSprache() {
  return (
    <article className="lotse-text lotse-leichte-sprache">
      <Seitentitel titel={t.titel} dokumentTitel={t.dokumentTitel} />
      <Abschnitte abschnitte={t.abschnitte} einfach />
      <section className="lotse-abschnitt" aria-labelledby="ls-mehr">
        <h2 className="kern-heading-medium" id="ls-mehr">{t.mehrTitel}</h2>
        <p className="kern-body kern-body--large">{t.mehrText}</p>
        <ul className="kern-list kern-list--bullet kern-list--large">
          <li><Link className="kern-link" to="/">{k.start}</Link></li>
          <li><Link className="kern-link" to="/datenschutz">{k.datenschutz}</Link></li>
          <li><Link className="kern-link" to="/barrierefreiheit">{k.barrierefreiheit}</Link></li>
        </ul>
      </section>
    </article>
  );
}
