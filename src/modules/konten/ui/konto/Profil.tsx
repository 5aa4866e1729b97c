import { Link } from 'react-router-dom';
import { Tabelle } from '../../../../web/komponenten/index.ts';
import type { Konto } from '../../../../web/konto.tsx';
import { k, rolleText, t } from './gemeinsam.ts';

export function Profil({ konto }: { konto: Konto }) {
  return (
    <section className="lotse-abschnitt" aria-labelledby="konto-profil">
      <h2 className="kern-heading-medium" id="konto-profil">{k.profilTitel}</h2>
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t.felder.name}</dt>
          <dd className="kern-description-list-item__value">{konto.name}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t.felder.email}</dt>
          <dd className="kern-description-list-item__value">{konto.email}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{k.rollenTitel}</dt>
          <dd className="kern-description-list-item__value">
            {konto.rollen.length ? konto.rollen.map((r) => k.rollen[r] ?? r).join(', ') : k.keineRollen}
            {konto.regionen.length ? ` (${k.regionen}: ${konto.regionen.join(', ')})` : ''}
          </dd>
        </div>
      </dl>
    </section>
  );
}

export function Mitgliedschaften({ konto }: { konto: Konto }) {
  return (
    <section className="lotse-abschnitt" aria-labelledby="konto-kommunen">
      <h2 className="kern-heading-medium" id="konto-kommunen">{k.mitgliedschaftenTitel}</h2>
      {konto.mitgliedschaften.length === 0 ? (
        <p className="kern-body">{k.keineMitgliedschaften}</p>
      ) : (
        <Tabelle beschriftung={k.mitgliedschaftenTitel} spalten={[{ titel: k.spalteKommune }, { titel: k.spalteRolle }]}>
          {konto.mitgliedschaften.map((m) => (
            <tr key={m.kommuneId} className="kern-table__row">
              <th scope="row" className="kern-table__header"><Link className="kern-link" to={`/kommunen/${m.kommuneId}`}>{m.kommuneName}</Link></th>
              <td className="kern-table__cell">{rolleText(m.rolle)}</td>
            </tr>
          ))}
        </Tabelle>
      )}
    </section>
  );
}
