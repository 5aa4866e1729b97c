import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiFehler } from '../../../web/api.ts';
import { Alert, Ladeanzeige, Seitentitel, useDaten } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { loesungen as loesungenTexte } from './texte.ts';
import { hatRolle, useKonto } from '../../../web/konto.tsx';
import { SiegelBadge } from './Karte.tsx';
import type { DetailAntwort as Detail } from '../loesungen.schemas.ts';
import { Absatz } from './detail/teile.tsx';
import { UeberarbeitungAbschnitt } from './detail/Ueberarbeitung.tsx';
import { Wirkung } from './detail/Wirkung.tsx';
import { Eckdaten, Links, Nutzungen, Siegel, Versionen } from './detail/Abschnitte.tsx';
import { NutzungMelden } from './detail/NutzungMelden.tsx';
import { Archivieren } from './detail/Archivieren.tsx';
import { FuerBedarfVorschlagen } from './detail/FuerBedarfVorschlagen.tsx';
import { KaizenLoesungTesten } from '../../kaizen/ui/index.ts';
import { CommunityLink, KohorteBildenLink, UebernahmeNutzung, UebernahmeStarten, uebernahmenTexte, VoraussetzungenPflege, VorlagePflege } from '../../uebernahmen/ui/index.ts';

const t = loesungenTexte;
const d = t.detail;
/** Unknown id, a solution the caller may not see, or no uuid at all: "page not found". */
const NICHT_GEFUNDEN = new Set(['loesung.nicht_gefunden', 'anfrage.ungueltig']);

type Meldung = { typ: 'success' | 'danger'; text: string };

function Detailseite({ id }: { id: string }) {
  const { konto } = useKonto();
  const { daten: l, fehler, fehlerCode, neuLaden } = useDaten<Detail>(`/api/loesungen/${encodeURIComponent(id)}`);
  const [aktion, setAktion] = useState<Meldung | null>(null);

  const ausfuehren = async (aufruf: () => Promise<unknown>, erfolg: string) => {
    setAktion(null);
    try {
      await aufruf();
      setAktion({ typ: 'success', text: erfolg });
      neuLaden();
    } catch (e) {
      setAktion({ typ: 'danger', text: e instanceof ApiFehler ? e.message : t.fehlerAllgemein });
    }
  };
  const einreichen = () =>
    ausfuehren(() => api(`/api/loesungen/${id}/einreichen`, { method: 'POST' }), l?.status === 'veroeffentlicht' ? d.ueberarbeitungEingereicht : d.eingereicht);
  const verwerfen = () => {
    if (!window.confirm(d.ueberarbeitungVerwerfenFrage)) return;
    return ausfuehren(() => api(`/api/loesungen/${id}/ueberarbeitung`, { method: 'DELETE' }), d.ueberarbeitungVerworfen);
  };

  if (fehler) {
    const nichtGefunden = fehlerCode !== null && NICHT_GEFUNDEN.has(fehlerCode);
    return (
      <>
        <Seitentitel titel={nichtGefunden ? texte.kern.seiteNichtGefunden : texte.kern.fehlerAllgemein} />
        <Alert typ={nichtGefunden ? 'info' : 'danger'} ansage="keine">{nichtGefunden ? d.nichtGefunden : fehler}</Alert>
        <p className="kern-body lotse-abstand-oben"><Link className="kern-link" to="/loesungen">{d.zurueck}</Link></p>
      </>
    );
  }
  if (!l) return <Ladeanzeige />;

  const fremdeKommunen = (konto?.mitgliedschaften ?? []).filter((m) => m.kommuneId !== l.herkunft?.kommuneId);
  const fremdsprachig = l.sprache === 'en' ? 'en' : undefined;

  return (
    <>
      <Seitentitel titel={l.titel} vorzeile={d.vorzeile} />
      {l.siegel ? <p><SiegelBadge /></p> : null}
      {aktion ? <Alert typ={aktion.typ}>{aktion.text}</Alert> : null}
      {l.status !== 'veroeffentlicht' ? (
        <Alert typ={l.status === 'zurueckgewiesen' ? 'warning' : 'info'} titel={`${d.status}: ${t.status[l.status] ?? l.status}`} ansage="keine">
          {l.pruefungKommentar ? <p className="kern-body"><strong>{d.pruefungKommentar}:</strong> {l.pruefungKommentar}</p> : null}
        </Alert>
      ) : null}
      {l.darfBearbeiten && !l.ueberarbeitung ? (
        <div className="lotse-knopfleiste">
          {l.status !== 'eingereicht' && l.status !== 'archiviert' ? (
            <Link className="kern-btn kern-btn--secondary" to={`/loesungen/${l.id}/bearbeiten`}>
              <span className="kern-label">{l.status === 'veroeffentlicht' ? d.ueberarbeiten : d.bearbeiten}</span>
            </Link>
          ) : null}
          {l.status === 'entwurf' || l.status === 'zurueckgewiesen' ? (
            <button type="button" className="kern-btn kern-btn--primary" onClick={einreichen}><span className="kern-label">{d.einreichen}</span></button>
          ) : null}
        </div>
      ) : null}
      {l.ueberarbeitung ? (
        <UeberarbeitungAbschnitt u={l.ueberarbeitung} version={l.version} siegel={!!l.siegel} darfBearbeiten={l.darfBearbeiten} id={l.id}
          aktion={(was) => (was === 'einreichen' ? einreichen() : verwerfen())} />
      ) : null}

      <div lang={fremdsprachig}>
        <p className="kern-body kern-body--large lotse-einleitung">{l.zusammenfassung}</p>
        <Absatz id="l-problem" titel={d.problem} text={l.problem} />
        <Absatz id="l-ansatz" titel={d.ansatz} text={l.ansatz} />
        <Absatz id="l-voraussetzungen" titel={d.voraussetzungen} text={l.voraussetzungen} />
      </div>

      <Eckdaten l={l} fremdsprachig={fremdsprachig} />
      <Wirkung l={l} fremdsprachig={fremdsprachig} />
      <Links l={l} />
      <Nutzungen l={l} />
      <section className="lotse-abschnitt" aria-labelledby="l-uebernahmen">
        <h2 className="kern-heading-medium" id="l-uebernahmen">{uebernahmenTexte.nutzung.titel}</h2>
        <UebernahmeNutzung n={l.nutzung} />
        {l.status === 'veroeffentlicht' ? <UebernahmeStarten loesungId={l.id} herkunftKommuneId={l.herkunft?.kommuneId ?? null} /> : null}
        {l.status === 'veroeffentlicht' && konto ? <p className="kern-body"><CommunityLink loesungId={l.id} /></p> : null}
        {l.status === 'veroeffentlicht' ? <KohorteBildenLink loesungId={l.id} /> : null}
      </section>
      {l.status === 'veroeffentlicht' && konto ? <KaizenLoesungTesten loesungId={l.id} herkunftKommuneId={l.herkunft?.kommuneId ?? null} /> : null}
      {l.herkunft?.kommuneId && konto?.mitgliedschaften.some((m) => m.kommuneId === l.herkunft?.kommuneId) ? (
        <>
          <VoraussetzungenPflege loesungId={l.id} />
          <VorlagePflege loesungId={l.id} />
        </>
      ) : null}
      <Siegel l={l} />

      {l.status === 'veroeffentlicht' && konto && (hatRolle(konto, 'lotse') || hatRolle(konto, 'transferstelle')) ? (
        <FuerBedarfVorschlagen loesungId={l.id} konto={konto} />
      ) : null}
      {l.status === 'veroeffentlicht' && fremdeKommunen.length ? <NutzungMelden l={l} kommunen={fremdeKommunen} fertig={neuLaden} /> : null}

      <Versionen l={l} />

      {hatRolle(konto, 'transferstelle') && l.status !== 'archiviert' ? (
        <Archivieren l={l} fertig={(m) => { setAktion(m); neuLaden(); }} />
      ) : null}

      <p className="kern-body lotse-abstand-oben"><Link className="kern-link" to="/loesungen">{d.zurueck}</Link></p>
    </>
  );
}

/** A solution's page. A change of the signed-in account loads it afresh (what it may see and do changes). */
export default function LoesungDetail() {
  const { id = '' } = useParams();
  const { konto } = useKonto();
  return <Detailseite key={`${id}|${konto?.id ?? ''}`} id={id} />;
}
