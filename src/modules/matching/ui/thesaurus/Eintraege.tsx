import { Tabelle } from '../../../../web/komponenten/index.ts';
import type { ThesaurusEintrag as Eintrag } from '../../matching.schemas.ts';
import { matching as t } from '../texte.ts';

interface EintraegeProps {
  items: Eintrag[];
  /** With the column „Aktionen“ (change, delete) – only for those who may change the thesaurus. */
  darf: boolean;
  bearbeiten: (e: Eintrag) => void;
  loeschen: (e: Eintrag) => void;
}

/** The groups of terms as a table. */
export function Eintraege({ items, darf, bearbeiten, loeschen }: EintraegeProps) {
  const spalten = [{ titel: t.spalteBegriff }, { titel: t.spalteSynonyme }, { titel: t.spalteHinweis }, ...(darf ? [{ titel: t.spalteAktionen }] : [])];
  return (
    <Tabelle beschriftung={t.tabelle} spalten={spalten}>
      {items.map((e) => (
        <tr className="kern-table__row" key={e.id}>
          <th scope="row" className="kern-table__cell">{e.begriff}</th>
          <td className="kern-table__cell">{e.synonyme.join(', ')}</td>
          <td className="kern-table__cell">{[e.mehrdeutig ? t.sinnMehrdeutig : '', e.domaene ? t.sinnDomaene(e.domaene) : '', e.hinweis].filter(Boolean).join(' · ')}</td>
          {darf ? (
            <td className="kern-table__cell">
              <div className="lotse-knopfleiste">
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" aria-label={t.bearbeitenVon(e.begriff)} onClick={() => bearbeiten(e)}>
                  <span className="kern-label">{t.bearbeiten}</span>
                </button>
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" aria-label={t.loeschenVon(e.begriff)} onClick={() => loeschen(e)}>
                  <span className="kern-label">{t.loeschen}</span>
                </button>
              </div>
            </td>
          ) : null}
        </tr>
      ))}
    </Tabelle>
  );
}
