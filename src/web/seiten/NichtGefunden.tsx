import { Link } from 'react-router-dom';
import { Seitentitel } from '../komponenten/index.ts';
import { texte } from '../i18n/de.ts';
import { kommunenTexte } from '../../modules/kommunen/ui/index.ts';

const t = texte.kern;

export default function NichtGefunden() {
  return (
    <>
      <Seitentitel titel={t.seiteNichtGefunden} einleitung={t.seiteNichtGefundenText} />
      <p className="kern-body">{t.seiteNichtGefundenWeiter}</p>
      <ul className="kern-list kern-list--bullet">
        <li><Link className="kern-link" to="/">{t.startseite}</Link></li>
        <li><Link className="kern-link" to="/kommunen">{kommunenTexte.suche.titel}</Link></li>
      </ul>
    </>
  );
}
