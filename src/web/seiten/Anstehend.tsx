import { Link } from 'react-router-dom';
import { Alert, Ladeanzeige, Seitentitel, Tabelle, useDaten } from '../komponenten/index.ts';
import { mitteilungen } from '../i18n/mitteilungen.texte.ts';

const t = mitteilungen.anstehend;

interface Punkt { art: string; titel: string; link: string; faellig: string | null; handeln: boolean; kommuneId: string | null; modul: string }

const datum = (d: string) => new Date(`${d}T00:00:00`).toLocaleDateString('de-DE', { day: 'numeric', month: 'long', year: 'numeric' });

function Liste({ punkte, beschriftung }: { punkte: Punkt[]; beschriftung: string }) {
  const heute = new Date().toISOString().slice(0, 10);
  return (
    <Tabelle beschriftung={beschriftung} spalten={[{ titel: t.spalten.punkt }, { titel: t.spalten.faellig }, { titel: t.spalten.bereich }]}>
      {punkte.map((p, i) => (
        <tr className="kern-table__row" key={`${p.art}-${p.link}-${i}`}>
          <th scope="row" className="kern-table__cell"><Link className="kern-link" to={p.link}>{p.titel}</Link></th>
          <td className="kern-table__cell">
            {p.faellig ? datum(p.faellig) : t.ohneDatum}
            {p.faellig && p.faellig < heute ? <> ({t.ueberfaellig})</> : null}
          </td>
          <td className="kern-table__cell">{mitteilungen.bereiche[p.modul] ?? p.modul}</td>
        </tr>
      ))}
    </Tabelle>
  );
}

/** „Was steht an?“: what is due for the signed-in person, from all modules (GET /api/anstehend). */
export default function Anstehend() {
  const { daten, fehler, laedt } = useDaten<{ punkte: Punkt[] }>('/api/anstehend');
  const handeln = daten?.punkte.filter((p) => p.handeln) ?? [];
  const kenntnis = daten?.punkte.filter((p) => !p.handeln) ?? [];
  return (
    <>
      <Seitentitel titel={t.titel} />
      <p className="kern-body">{t.einleitung}</p>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {laedt && !daten ? <Ladeanzeige /> : null}
      {daten && !daten.punkte.length ? <Alert typ="info" ansage="keine">{t.leer}</Alert> : null}
      {daten && daten.punkte.length ? <p className="kern-body">{t.anzahl(handeln.length, daten.punkte.length)}</p> : null}
      {handeln.length ? (
        <section className="lotse-abschnitt" aria-labelledby="anstehend-handeln">
          <h2 className="kern-heading-medium" id="anstehend-handeln">{t.handelnTitel}</h2>
          <Liste punkte={handeln} beschriftung={t.beschriftungHandeln} />
        </section>
      ) : null}
      {kenntnis.length ? (
        <section className="lotse-abschnitt" aria-labelledby="anstehend-kenntnis">
          <h2 className="kern-heading-medium" id="anstehend-kenntnis">{t.kenntnisTitel}</h2>
          <Liste punkte={kenntnis} beschriftung={t.beschriftungKenntnis} />
        </section>
      ) : null}
    </>
  );
}
