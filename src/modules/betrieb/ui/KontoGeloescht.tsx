import { Link } from 'react-router-dom';
import { Alert, Seitentitel } from '../../../web/komponenten/index.ts';
import { betriebTexte } from './texte.ts';

const t = betriebTexte.geloescht;

export default function KontoGeloescht() {
  return (
    <>
      <Seitentitel titel={t.titel} />
      <Alert typ="success">{t.text}</Alert>
      <p className="kern-body"><Link className="kern-link" to="/">{t.start}</Link></p>
    </>
  );
}
