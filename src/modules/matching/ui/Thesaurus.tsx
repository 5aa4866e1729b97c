import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Blaettern, Formularfeld, Ladeanzeige, Seitentitel, useDaten } from '../../../web/komponenten/index.ts';
import { hatRolle, useKonto } from '../../../web/konto.tsx';
import type { z } from 'zod';
import type { ThesaurusEintrag as Eintrag, thesaurusListe } from '../matching.schemas.ts';
import { matching as t } from './texte.ts';
import { Eintraege } from './thesaurus/Eintraege.tsx';
import { EintragFormular, type Meldung } from './thesaurus/EintragFormular.tsx';

const LIMIT = 50;

type ThesaurusListe = z.infer<typeof thesaurusListe>;

/** /transferstelle/thesaurus: everyone may read the matcher's thesaurus, the Transferstelle maintains it. */
export default function Thesaurus() {
  const { konto, geladen } = useKonto();
  const darf = hatRolle(konto, 'transferstelle') || hatRolle(konto, 'plattform-admin');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const [eingabe, setEingabe] = useState(q);
  const [meldung, setMeldung] = useState<Meldung>(null);
  const [bearbeitet, setBearbeitet] = useState<Eintrag | null>(null);
  const sp = new URLSearchParams({ limit: String(LIMIT), offset: String(offset) });
  if (q) sp.set('q', q);
  const liste = useDaten<ThesaurusListe>(`/api/thesaurus?${sp}`);
  const { daten, neuLaden } = liste;
  // Without an answer of the API (network), this page's own general message.
  const fehler = liste.fehler && (liste.fehlerCode ? liste.fehler : t.fehlerAllgemein);

  const suchen = (e: FormEvent) => {
    e.preventDefault();
    setParams(eingabe.trim() ? { q: eingabe.trim() } : {});
  };
  const fertig = (m: Meldung) => {
    setMeldung(m);
    setBearbeitet(null);
    neuLaden();
  };
  const loeschen = async (e: Eintrag) => {
    if (!window.confirm(t.loeschenFrage(e.begriff))) return;
    try {
      await api(`/api/thesaurus/${e.id}`, { method: 'DELETE' });
      fertig({ typ: 'success', text: t.geloescht(e.begriff) });
    } catch (err) {
      setMeldung({ typ: 'danger', text: err instanceof ApiFehler ? err.message : t.fehlerAllgemein });
    }
  };

  if (!geladen) return <Ladeanzeige />;
  return (
    <>
      <Seitentitel titel={t.titel} vorzeile={t.vorzeile} einleitung={t.einleitung} />
      {!darf ? <Alert typ="info" ansage="keine">{t.nurLesen}</Alert> : null}
      {meldung ? <Alert typ={meldung.typ}>{meldung.text}</Alert> : null}
      {darf ? <EintragFormular key={bearbeitet?.id ?? 'neu'} eintrag={bearbeitet} fertig={fertig} abbrechen={() => setBearbeitet(null)} /> : null}

      <section aria-labelledby="thesaurus-liste">
        <h2 className="kern-heading-medium" id="thesaurus-liste">{t.tabelle}</h2>
        <form role="search" onSubmit={suchen} className="lotse-row">
          <Formularfeld label={t.suche} hinweis={t.sucheHinweis} type="search" value={eingabe} onChange={(e) => setEingabe(e.target.value)} id="thesaurus-suche" />
          <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t.suchen}</span></button>
        </form>
        {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
        {!daten && !fehler ? <Ladeanzeige /> : null}
        {daten ? (
          <>
            <p className="kern-body" role="status">{daten.total ? t.anzahl(daten.total) : t.keineTreffer}</p>
            {daten.items.length ? <Eintraege items={daten.items} darf={darf} bearbeiten={setBearbeitet} loeschen={loeschen} /> : null}
            <Blaettern total={daten.total} limit={LIMIT} offset={offset} ziel={(o) => `?${new URLSearchParams({ ...(q ? { q } : {}), offset: String(o) })}`} />
          </>
        ) : null}
      </section>
    </>
  );
}
