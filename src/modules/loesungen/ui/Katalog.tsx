import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Seitentitel } from '../../../web/komponenten/index.ts';
import { loesungen as loesungenTexte } from './texte.ts';
import { useKonto } from '../../../web/konto.tsx';
import { FILTER, ziel, type Filter } from './katalog/suche.ts';
import { useErgebnis } from './katalog/useErgebnis.ts';
import { Suchformular } from './katalog/Suchformular.tsx';
import { Ergebnisse, Export } from './katalog/Ergebnisse.tsx';
import './katalog/katalog.css';

const k = loesungenTexte.katalog;

export default function Katalog() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { konto } = useKonto();
  const aktuell = Object.fromEntries(FILTER.map((key) => [key, params.get(key) ?? ''])) as Filter;
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const schluessel = params.toString();
  /** The asking Kommune (first membership) lets the matcher prefer solutions from Kommunen of similar size. */
  const eigeneKommune = konto?.mitgliedschaften[0]?.kommuneId;
  const [eingabe, setEingabe] = useState<Filter>(aktuell);
  const { ergebnis, fehler, pruefung, laedt } = useErgebnis(aktuell, offset, schluessel, eigeneKommune);

  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setEingabe(aktuell), [schluessel]);

  const suchen = (e: FormEvent) => {
    e.preventDefault();
    navigate(ziel(eingabe));
  };
  const istMitglied = !!konto?.mitgliedschaften.length;
  const aktiv = FILTER.filter((key) => key !== 'q' && aktuell[key]).length;

  return (
    <>
      <Seitentitel titel={k.titel} dokumentTitel={aktuell.q ? k.titelMitBegriff(aktuell.q) : k.titel} />
      {/* Normal size, not the large lead text: on a phone the results should start within the first screen. */}
      <p className="kern-body lotse-einleitung">{k.einleitung}</p>
      {istMitglied ? (
        <p className="kern-body lotse-row">
          <Link className="kern-link" to="/loesungen/neu"><span className="kern-icon kern-icon--add" aria-hidden="true" />{k.neu}</Link>
          <Link className="kern-link" to="/loesungen/meine">{k.meine}</Link>
        </p>
      ) : null}
      {/* Results first: the filters fold on narrow screens and stand beside the results on wide ones. */}
      <div className="lotse-katalog">
        <Suchformular eingabe={eingabe} setEingabe={setEingabe} suchen={suchen} gefiltert={!!schluessel} aktiv={aktiv}
          feldFehler={pruefung?.art === 'feld' ? pruefung.text : undefined} />
        <Ergebnisse ergebnis={ergebnis} fehler={fehler} pruefung={pruefung} laedt={laedt} offset={offset} ziel={(o) => ziel(aktuell, o)} suchtext={aktuell.q} />
      </div>
      <Export />
    </>
  );
}
