import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Ladeanzeige, Seitentitel, useDaten } from '../../../web/komponenten/index.ts';
import type { Detail } from './teile.tsx';
import { uebernahmen as t } from './texte.ts';
import { Ueberblick, Verlauf } from './detail/Ueberblick.tsx';
import { PhasenFormular } from './detail/PhasenFormular.tsx';
import { Arbeit } from './detail/Arbeit.tsx';
import { Rueckmeldungen } from './detail/Rueckmeldungen.tsx';
import { Check } from './detail/Check.tsx';

/** Phases with an Übernahmebericht (the API answers 409 before). */
const MIT_BERICHT: readonly string[] = ['verstetigen', 'abgeschlossen', 'abgebrochen'];

function Seite({ id }: { id: string }) {
  const geladen = useDaten<Detail>(`/api/uebernahmen/${encodeURIComponent(id)}`);
  const [geaendert, setGeaendert] = useState<Detail | null>(null);
  const [meldung, setMeldung] = useState<string | null>(null);
  const meldungRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (meldung) meldungRef.current?.focus();
  }, [meldung]);
  const aktualisiert = (d: Detail, text: string) => {
    setGeaendert(d);
    setMeldung(text);
  };
  if (geladen.fehler) {
    return (
      <>
        <Seitentitel titel={t.detail.nichtGefunden} />
        <Alert typ="danger">{geladen.fehler}</Alert>
        <p className="kern-body"><Link className="kern-link" to="/uebernahmen">{t.detail.zurueck}</Link></p>
      </>
    );
  }
  const u = geaendert ?? geladen.daten;
  if (!u) return <Ladeanzeige text={t.laden} />;
  return (
    <>
      <Seitentitel titel={u.loesungTitel} vorzeile={`${t.detail.vorzeile} · ${u.kommuneName}`} />
      <p className="kern-body"><Link className="kern-link" to="/uebernahmen">{t.detail.zurueck}</Link></p>
      {meldung ? <Alert typ="success" titel={t.detail.gespeichert} ref={meldungRef} fokussierbar ansage="status">{meldung}</Alert> : null}
      <section className="lotse-abschnitt" aria-labelledby="ue-ueberblick">
        <h2 className="kern-heading-medium" id="ue-ueberblick">{t.detail.angaben}</h2>
        <Ueberblick u={u} />
        {MIT_BERICHT.includes(u.phase) ? (
          <p className="kern-body">
            <a className="kern-link" href={`/api/uebernahmen/${encodeURIComponent(u.id)}/bericht.pdf`} download>{t.bericht.link}</a>
            <br />
            <span className="kern-body kern-body--small">{t.bericht.linkHinweis}</span>
          </p>
        ) : null}
      </section>
      <section className="lotse-abschnitt" aria-labelledby="ue-check">
        <h2 className="kern-heading-medium" id="ue-check">{t.check.titel}</h2>
        <Check id={u.id} />
      </section>
      <section className="lotse-abschnitt" aria-labelledby="ue-phasen">
        <h2 className="kern-heading-medium" id="ue-phasen">{t.detail.phasen}</h2>
        <PhasenFormular u={u} geaendert={aktualisiert} />
      </section>
      <Arbeit u={u} geaendert={aktualisiert} />
      <section className="lotse-abschnitt" aria-labelledby="ue-rueckmeldungen">
        <h2 className="kern-heading-medium" id="ue-rueckmeldungen">{t.rueckmeldung.titel}</h2>
        <Rueckmeldungen u={u} geaendert={aktualisiert} />
      </section>
      <section className="lotse-abschnitt" aria-labelledby="ue-verlauf">
        <h2 className="kern-heading-medium" id="ue-verlauf">{t.detail.verlauf}</h2>
        <Verlauf u={u} />
      </section>
    </>
  );
}

/** /uebernahmen/:id – one transfer project; another id starts afresh. */
export default function UebernahmeDetail() {
  const { id = '' } = useParams();
  return <Seite key={id} id={id} />;
}
