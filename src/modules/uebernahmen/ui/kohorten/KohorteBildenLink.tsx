import { Link } from 'react-router-dom';
import { hatRolle, useKonto } from '../../../../web/konto.tsx';
import { kohortenTexte as t } from '../texte-kohorten.ts';

/** „Eine Kohorte für diese Lösung bilden“ – only for the Transferstelle (solution page). */
export function KohorteBildenLink({ loesungId }: { loesungId: string }) {
  const { konto } = useKonto();
  if (!hatRolle(konto, 'transferstelle')) return null;
  return <p className="kern-body"><Link className="kern-link" to={`/kohorten/neu?loesung=${loesungId}`}>{t.bildenLink}</Link></p>;
}
