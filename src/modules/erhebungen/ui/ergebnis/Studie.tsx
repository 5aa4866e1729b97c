import { Diagramm } from '../../../../web/komponenten/index.ts';
import type { StudieAntwort } from '../../vergleich/vergleich.schemas.ts';
import { t } from './hilfen.ts';

/** Study values „Digitale Kommune“ for the own answers (closed rounds only). */
export function Studie({ studie }: { studie: StudieAntwort }) {
  const quelle = t.studieQuelle(studie.quelle.herausgeber, studie.quelle.jahr);
  const mitWert = studie.saetze.filter((s) => s.art === 'wert');
  const ohneWert = studie.saetze.filter((s) => s.art === 'ohne-wert').map((s) => s.frage);
  return (
    <section className="lotse-abschnitt" aria-labelledby="studie-titel">
      <h2 className="kern-heading-medium" id="studie-titel">{t.studieTitel}</h2>
      {studie.gruppe ? <p className="kern-body">{t.studieEinleitung(studie.gruppe.label, studie.gruppe.n, studie.gruppe.tabelle, studie.quelle.nGesamt)}</p> : null}
      {studie.werte.length ? (
        <Diagramm
          titel={t.studieBalken}
          art="balken-horizontal"
          kategorien={studie.werte.map((w) => t.studieBalkenKategorie(w.auspraegung, w.grundlage))}
          kategorieTitel={t.studieKategorie}
          reihen={[{ name: t.studieReihe, werte: studie.werte.map((w) => w.prozent) }]}
          max={100}
          einheit="%"
          hoehe={Math.max(240, studie.werte.length * 36)}
          tabelle="aufklappbar"
        />
      ) : null}
      <ul className="kern-list" data-testid="studie-saetze">
        {mitWert.map((s) => (
          <li key={`${s.itemId}-${s.satz}`} className="kern-body"><span className="lotse-gedaempft">{s.frage} – </span>{s.satz}</li>
        ))}
      </ul>
      {ohneWert.length ? <p className="kern-body" data-testid="studie-ohne-wert">{t.studieOhneWert(ohneWert.join('; '))}</p> : null}
      <p className="kern-body kern-body--small">
        {studie.quelle.url ? <a className="kern-link" href={studie.quelle.url}>{quelle}</a> : quelle}
      </p>
    </section>
  );
}
