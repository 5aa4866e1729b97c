import { Link, Navigate } from 'react-router-dom';
import { Seitentitel } from '../../../../web/komponenten/index.ts';
import { useKonto } from '../../../../web/konto.tsx';
import { wirkung } from '../texte.ts';

const t = wirkung.indikatoren;

/** Navigation entry for signed-in members: straight to the indicator page of their Kommune (or a choice). */
export default function EigeneIndikatoren() {
  const { konto } = useKonto();
  const eigene = konto?.mitgliedschaften ?? [];
  if (eigene.length === 1) return <Navigate replace to={`/kommunen/${eigene[0].kommuneId}/indikatoren`} />;
  return (
    <>
      <Seitentitel titel={t.eigeneKommune} />
      {eigene.length === 0 ? (
        <p className="kern-body">{t.keineMitgliedschaft} <Link className="kern-link" to="/kommunen">{t.zurSuche}</Link></p>
      ) : (
        <nav aria-label={t.auswahl}>
          <ul className="kern-list kern-list--bullet">
            {eigene.map((m) => (
              <li key={m.kommuneId} className="kern-body"><Link className="kern-link" to={`/kommunen/${m.kommuneId}/indikatoren`}>{m.kommuneName}</Link></li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
