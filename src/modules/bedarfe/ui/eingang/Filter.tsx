import { useEffect, useState } from 'react';
import { Auswahl } from '../../../../web/komponenten/index.ts';
import { bedarfe as t } from '../texte.ts';
import { STATUS } from '../teile.tsx';

const ALTER = ['7', '30', '90'];

export interface EingangFilter {
  status: string;
  alter: string;
}

/** Filter of the intake (status, age); `anzeigen` puts the choice into the address. */
export function Filter({ aktuell, anzeigen }: { aktuell: EingangFilter; anzeigen: (f: EingangFilter) => void }) {
  const [filter, setFilter] = useState(aktuell);
  useEffect(() => setFilter({ status: aktuell.status, alter: aktuell.alter }), [aktuell.status, aktuell.alter]);
  return (
    <form
      className="lotse-suchformular"
      aria-label={t.eingang.filterTitel}
      onSubmit={(e) => {
        e.preventDefault();
        anzeigen(filter);
      }}
    >
      <div className="lotse-suchformular__felder">
        <Auswahl
          id="eingang-status"
          label={t.eingang.status}
          optional
          value={filter.status}
          onChange={(e) => setFilter((f) => ({ ...f, status: e.target.value }))}
          optionen={[
            { wert: '', text: t.eingang.statusZuBearbeiten },
            { wert: 'offen', text: t.eingang.statusOffen },
            ...STATUS.map((s) => ({ wert: s, text: t.status[s] })),
            { wert: 'alle', text: t.eingang.statusAlle },
          ]}
        />
        <Auswahl
          id="eingang-alter"
          label={t.eingang.alter}
          optional
          value={filter.alter}
          onChange={(e) => setFilter((f) => ({ ...f, alter: e.target.value }))}
          optionen={[{ wert: '', text: t.eingang.alterAlle }, ...ALTER.map((a) => ({ wert: a, text: t.eingang.aelterAls(Number(a)) }))]}
        />
      </div>
      <div className="lotse-knopfleiste">
        <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t.eingang.anzeigen}</span></button>
      </div>
    </form>
  );
}
