import { Diagramm } from '../../../../web/komponenten/index.ts';
import { bedarfeTexte as tb } from '../../../bedarfe/ui/index.ts';
import { groessenklasseSpanne } from '../../../kommunen/ui/index.ts';
import type { NachfrageAntwort as Nachfrage } from '../../transfer.schemas.ts';
import { transfer as t } from '../texte.ts';
import { ganzzahlig } from './diagramm.ts';

export function groesseLabel(g: Pick<Nachfrage['proGroessenklasse'][number], 'art' | 'groessenklasse'>): string {
  if (g.art === 'land') return t.groesseLand;
  if (g.groessenklasse === null) return t.groesseOhne;
  if (g.art === 'kreis') return t.groesseKreis(g.groessenklasse, groessenklasseSpanne('kreis', g.groessenklasse) ?? '');
  return t.groesseGemeinde(g.groessenklasse, groessenklasseSpanne('gemeinde', g.groessenklasse) ?? '');
}

/** Bedarfe nach Land, Größenklasse und Bearbeitungsstand. */
export function Verteilung({ n }: { n: Nachfrage }) {
  return (
    <>
      <section className="lotse-abschnitt" aria-labelledby="nachfrage-herkunft">
        <h2 className="kern-heading-medium" id="nachfrage-herkunft">{t.herkunftTitel}</h2>
        <Diagramm
          titel={t.landTitel}
          art="balken"
          kategorieTitel={t.land}
          kategorien={n.proLand.map((l) => l.landName)}
          reihen={[
            { name: t.reiheGesamt, werte: n.proLand.map((l) => l.anzahl) },
            { name: t.reiheOffen, werte: n.proLand.map((l) => l.offen) },
          ]}
          option={ganzzahlig('y')}
        />
        <Diagramm
          titel={t.groesseTitel}
          beschreibung={t.groesseBeschreibung}
          art="balken"
          kategorieTitel={t.groessenklasse}
          kategorien={n.proGroessenklasse.map(groesseLabel)}
          reihen={[
            { name: t.reiheGesamt, werte: n.proGroessenklasse.map((g) => g.anzahl) },
            { name: t.reiheOffen, werte: n.proGroessenklasse.map((g) => g.offen) },
          ]}
          option={ganzzahlig('y')}
        />
      </section>

      <section className="lotse-abschnitt" aria-labelledby="nachfrage-status">
        <h2 className="kern-heading-medium" id="nachfrage-status">{t.bearbeitungTitel}</h2>
        <Diagramm
          titel={t.statusTitel}
          art="balken"
          kategorieTitel={t.status}
          kategorien={n.proStatus.map((s) => tb.status[s.status])}
          reihen={[{ name: t.reiheGesamt, werte: n.proStatus.map((s) => s.anzahl) }]}
          option={ganzzahlig('y')}
          tabelle="aufklappbar"
        />
      </section>
    </>
  );
}
