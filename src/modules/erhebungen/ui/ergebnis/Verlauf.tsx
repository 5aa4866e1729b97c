import { Diagramm } from '../../../../web/komponenten/index.ts';
import type { RundeKurz } from '../../runden/runden.schemas.ts';
import { datum, t } from './hilfen.ts';

/** Overall and dimension values over the closed rounds of the same questionnaire (from two rounds on). */
export function Verlauf({ verlauf, dimensionen }: { verlauf: RundeKurz[]; dimensionen: { id: string; titel: string }[] }) {
  if (verlauf.length <= 1) return null;
  return (
    <section className="lotse-abschnitt" aria-labelledby="verlauf-titel">
      <h2 className="kern-heading-medium" id="verlauf-titel">{t.verlaufTitel}</h2>
      <Diagramm
        titel={t.verlaufTitel}
        art="linie"
        kategorien={verlauf.map((r) => datum(r.abgeschlossenAm ?? r.erstelltAm))}
        kategorieTitel={t.verlaufKategorie}
        reihen={[
          { name: t.gesamt, werte: verlauf.map((r) => r.gesamt?.score ?? null) },
          ...dimensionen.map((d) => ({ name: d.titel, werte: verlauf.map((r) => r.dimensionen.find((x) => x.id === d.id)?.score ?? null) })),
        ]}
        max={100}
        einheit={t.punkte}
        tabelle="aufklappbar"
      />
    </section>
  );
}
