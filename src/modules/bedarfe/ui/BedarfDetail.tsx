import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Ladeanzeige, Seitentitel, useDaten } from '../../../web/komponenten/index.ts';
import { bedarfe as t } from './texte.ts';
import type { BedarfDetail as Detail } from './teile.tsx';
import { Angaben, Verlauf, Vorschlaege } from './detail/Angaben.tsx';
import { Matcher } from './detail/Matcher.tsx';
import { StatusFormular } from './detail/StatusFormular.tsx';

/** Answers that mean „there is no such need (for you)“: unknown id, or not an id at all. */
const NICHT_GEFUNDEN = ['bedarf.nicht_gefunden', 'ressource.nicht_gefunden', 'anfrage.ungueltig'];

function Seite({ id }: { id: string }) {
  const geladen = useDaten<Detail>(`/api/bedarfe/${encodeURIComponent(id)}`);
  // After a change, the server's answer (the changed need) replaces the loaded one.
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
    const nichtGefunden = NICHT_GEFUNDEN.includes(geladen.fehlerCode ?? '');
    return (
      <>
        <Seitentitel titel={nichtGefunden ? t.detail.nichtGefunden : t.fehlerLaden} />
        {!nichtGefunden ? <Alert typ="danger">{geladen.fehler}</Alert> : null}
        <p className="kern-body"><Link className="kern-link" to="/bedarfe">{t.detail.zurueck}</Link></p>
      </>
    );
  }
  const b = geaendert ?? geladen.daten;
  if (!b) return <Ladeanzeige text={t.laden} />;

  return (
    <>
      <Seitentitel titel={b.titel} vorzeile={t.detail.vorzeile} />
      <p className="kern-body"><Link className="kern-link" to={b.moeglich.begleiten ? '/lotse' : '/bedarfe'}>{t.detail.zurueck}</Link></p>
      {meldung ? (
        <Alert typ="success" titel={t.detail.gespeichertTitel} ref={meldungRef} fokussierbar ansage="status">{meldung}</Alert>
      ) : null}

      <section className="lotse-abschnitt" aria-labelledby="bedarf-angaben">
        <h2 className="kern-heading-medium" id="bedarf-angaben">{t.detail.angaben}</h2>
        <Angaben b={b} />
        <h3 className="kern-heading-small">{t.detail.beschreibung}</h3>
        <p className="kern-body lotse-text">{b.beschreibung}</p>
      </section>

      <section className="lotse-abschnitt" aria-labelledby="bedarf-vorschlaege">
        <h2 className="kern-heading-medium" id="bedarf-vorschlaege">{t.detail.vorschlaegeTitel}</h2>
        <Vorschlaege b={b} />
      </section>

      <section className="lotse-abschnitt" aria-labelledby="bedarf-matcher">
        <h2 className="kern-heading-medium" id="bedarf-matcher">{t.matcher.titel}</h2>
        <Matcher b={b} vorgeschlagen={aktualisiert} />
      </section>

      <section className="lotse-abschnitt" aria-labelledby="bedarf-status-titel">
        <h2 className="kern-heading-medium" id="bedarf-status-titel">{t.detail.statusTitel}</h2>
        <StatusFormular b={b} geaendert={aktualisiert} />
      </section>

      <section className="lotse-abschnitt" aria-labelledby="bedarf-verlauf">
        <h2 className="kern-heading-medium" id="bedarf-verlauf">{t.detail.verlaufTitel}</h2>
        <Verlauf b={b} />
      </section>
    </>
  );
}

/** /bedarfe/:id – one need; another id starts afresh (no data or message of the previous need). */
export default function BedarfDetail() {
  const { id = '' } = useParams();
  return <Seite key={id} id={id} />;
}
