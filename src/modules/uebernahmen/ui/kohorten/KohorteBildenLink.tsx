import { Link } from 'react-router-dom';
import { hatRolle, useKonto } from '../../../../web/konto.tsx';
import { kohortenTexte as t } from '../texte-kohorten.ts';

/**
 * „Eine Kohorte für diese Lösung bilden“ – only for the Transferstelle. On the solution page as a paragraph; with
 * `titel` as a short link in a table row (demand view), named with the solution for screen readers.
 */
export function KohorteBildenLink({ loesungId, titel }: { loesungId: string; titel?: string }) {
  const { konto } = useKonto();
  // Verbund (decision 0140): offered to admins of a Kommune; whether it may carry one (Landkreis, Amt,
  // Verbandsgemeinde) the API decides with a German message.
  const verbund = !titel && konto?.mitgliedschaften.some((m) => m.rolle === 'admin')
    ? <p className="kern-body"><Link className="kern-link" to={`/kohorten/verbund?loesung=${encodeURIComponent(loesungId)}`}>{t.verbundLink}</Link></p>
    : null;
  if (!hatRolle(konto, 'transferstelle')) return verbund;
  const ziel = `/kohorten/neu?loesung=${encodeURIComponent(loesungId)}`;
  if (titel) return <Link className="kern-link" to={ziel} aria-label={t.bildenFuer(titel)}>{t.bildenKurz}</Link>;
  return <><p className="kern-body"><Link className="kern-link" to={ziel}>{t.bildenLink}</Link></p>{verbund}</>;
}
