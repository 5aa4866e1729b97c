import { useState } from 'react';
import { Alert, Auswahl, Diagramm, Formularfeld, Fortschritt, Ladeanzeige, Seitentitel } from '../komponenten/index.ts';
import { texte } from '../i18n/de.ts';

const t = texte.seiten.bausteine;

/** Figures from the study "Digitale Kommune" (ÖFIT/KGSt), Steckbriefe tables 3–9 and 12 (cited, see /quellen). */
const STRATEGIE_GEMEINDEN = {
  klassen: ['1', '2', '3', '4', '5', '6', '7'],
  ja: [43, 27, 17, 10, 26, 9, 5.4],
  entwicklung: [57, 64, 67, 65, 43, 39, 24],
  nein: [0, 9, 17, 26, 31, 52, 70],
};

/** Living reference of the shared components (for contributors; the e2e tests check it with axe-core). */
export default function Bausteine() {
  const [wert, setWert] = useState('0653');
  return (
    <>
      <Seitentitel titel={t.titel} einleitung={t.einleitung} />

      <section className="lotse-abschnitt" aria-labelledby="b-formular">
        <h2 className="kern-heading-medium" id="b-formular">{t.formularTitel}</h2>
        <div className="lotse-formular">
          <Formularfeld
            id="b-schluessel"
            label={t.beispielLabel}
            hinweis={t.beispielHinweis}
            fehler={/^[0-9]{8}$/.test(wert) ? undefined : t.beispielFehler}
            value={wert}
            inputMode="numeric"
            onChange={(e) => setWert(e.target.value)}
          />
          <Auswahl id="b-auswahl" label={t.auswahlLabel} optional optionen={t.auswahlOptionen.map((o) => ({ wert: o, text: o }))} />
        </div>
      </section>

      <section className="lotse-abschnitt" aria-labelledby="b-hinweise">
        <h2 className="kern-heading-medium" id="b-hinweise">{t.hinweiseTitel}</h2>
        <Alert typ="info">{t.hinweisInfo}</Alert>
        <Alert typ="success" ansage="keine">{t.hinweisErfolg}</Alert>
        <Alert typ="warning">{t.hinweisWarnung}</Alert>
        <Alert typ="danger" ansage="keine">{t.hinweisFehler}</Alert>
      </section>

      <section className="lotse-abschnitt" aria-labelledby="b-fortschritt">
        <h2 className="kern-heading-medium" id="b-fortschritt">{t.fortschrittTitel}</h2>
        <Fortschritt label={t.fortschrittLabel} wert={7} max={12} />
      </section>

      <section className="lotse-abschnitt" aria-labelledby="b-laden">
        <h2 className="kern-heading-medium" id="b-laden">{t.ladenTitel}</h2>
        <Ladeanzeige />
      </section>

      <section className="lotse-abschnitt" aria-labelledby="b-diagramm">
        <h2 className="kern-heading-medium" id="b-diagramm">{t.diagrammTitel}</h2>
        <Diagramm
          titel={t.diagrammName}
          beschreibung={t.diagrammBeschreibung}
          art="balken"
          gestapelt
          max={100}
          einheit="%"
          kategorieTitel={t.diagrammKategorie}
          kategorien={STRATEGIE_GEMEINDEN.klassen}
          reihen={[
            { name: t.reiheJa, werte: STRATEGIE_GEMEINDEN.ja },
            { name: t.reiheEntwicklung, werte: STRATEGIE_GEMEINDEN.entwicklung },
            { name: t.reiheNein, werte: STRATEGIE_GEMEINDEN.nein },
          ]}
        />
        <Diagramm
          titel={t.kreisName}
          art="kreis"
          einheit="%"
          tabelle="aufklappbar"
          kategorieTitel={t.kreisKategorie}
          kategorien={[t.reiheJa, t.reiheEntwicklung, t.reiheNein]}
          reihen={[{ name: t.kreisKategorie, werte: [30, 50, 20] }]}
        />
      </section>
    </>
  );
}
