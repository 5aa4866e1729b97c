import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../../../web/api.ts';
import { Alert, Fehlerliste, Formularfeld, Ladeanzeige, Seitentitel, useDaten, useFormular } from '../../../web/komponenten/index.ts';
import { ssoTexte } from './texte-sso.ts';

const t = ssoTexte.verwaltung;

interface Anbieter {
  id: string; name: string; kommuneId: string | null; land: string | null; kommuneClaim: string | null; issuer: string; clientId: string;
  gruppenClaim: string; rollenZuordnung: Record<string, 'admin' | 'mitglied'>; emailDomains: string[];
  mfaVerlangen: boolean; mfaAcr: string[]; mfaAmr: string[]; redirectUri: string;
}

const FELDER = {
  name: '', kommuneId: '', land: '', kommuneClaim: '', issuer: '', clientId: '', clientSecret: '', gruppenClaim: 'groups', emailDomains: '', rollenZuordnung: '',
  mfaVerlangen: '', mfaAcr: '', mfaAmr: '',
};
type Feld = keyof typeof FELDER;
type Werte = Record<Feld, string>;

const liste = (s: string) => s.split(/[,;\n]/).map((x) => x.trim()).filter(Boolean);
/** acr/amr values: separated by comma or blank (a value itself has neither). */
const werteListe = (s: string) => s.split(/[\s,;]+/).map((x) => x.trim()).filter(Boolean);

/** „gruppe=rolle, …“ → record; null if a pair is malformed. */
function zuordnung(s: string): Record<string, 'admin' | 'mitglied'> | null {
  const r: Record<string, 'admin' | 'mitglied'> = {};
  for (const paar of liste(s)) {
    const m = paar.match(/^(.+?)\s*=\s*(admin|mitglied)$/);
    if (!m) return null;
    r[m[1].trim()] = m[2] as 'admin' | 'mitglied';
  }
  return r;
}

/** The form's values of a provider (the secret stays empty: it is never shown). */
function werteVon(a: Anbieter): Werte {
  return {
    name: a.name, kommuneId: a.kommuneId ?? '', land: a.land ?? '', kommuneClaim: a.kommuneClaim ?? '', issuer: a.issuer, clientId: a.clientId, clientSecret: '',
    gruppenClaim: a.gruppenClaim, emailDomains: a.emailDomains.join(', '), rollenZuordnung: Object.entries(a.rollenZuordnung).map(([g, r]) => `${g}=${r}`).join(', '),
    mfaVerlangen: a.mfaVerlangen ? 'ja' : '', mfaAcr: a.mfaAcr.join(', '), mfaAmr: a.mfaAmr.join(', '),
  };
}

function pruefen(w: Werte, geheimNoetig: boolean): Partial<Record<Feld, string>> {
  const f: Partial<Record<Feld, string>> = {};
  if (!w.name.trim()) f.name = t.fehler.name;
  if (!!w.kommuneId.trim() === !!w.land.trim()) f.kommuneId = t.fehler.zustaendig;
  if (w.land.trim() && !w.kommuneClaim.trim()) f.kommuneClaim = t.fehler.kommuneClaim;
  if (!w.issuer.trim()) f.issuer = t.fehler.issuer;
  if (!w.clientId.trim()) f.clientId = t.fehler.clientId;
  if (geheimNoetig && !w.clientSecret) f.clientSecret = t.fehler.clientSecret;
  if (!liste(w.emailDomains).length) f.emailDomains = t.fehler.emailDomains;
  if (zuordnung(w.rollenZuordnung) === null) f.rollenZuordnung = t.fehler.rollenZuordnung;
  if (w.mfaVerlangen && !werteListe(w.mfaAcr).length && !werteListe(w.mfaAmr).length) f.mfaAmr = t.fehler.mfa;
  return f;
}

/** The request body of the form: for a change every field (empty = cleared), the secret only when typed. */
function anfrage(w: Werte, aendern: boolean) {
  const o = (s: string) => s.trim() || (aendern ? null : undefined);
  return {
    name: w.name.trim(), kommuneId: o(w.kommuneId), land: o(w.land), kommuneClaim: o(w.kommuneClaim), issuer: w.issuer.trim(), clientId: w.clientId.trim(),
    clientSecret: w.clientSecret || undefined, gruppenClaim: w.gruppenClaim.trim() || undefined, emailDomains: liste(w.emailDomains),
    rollenZuordnung: zuordnung(w.rollenZuordnung) ?? {}, mfaVerlangen: !!w.mfaVerlangen, mfaAcr: werteListe(w.mfaAcr), mfaAmr: werteListe(w.mfaAmr),
  };
}

/**
 * The form of a provider: adds a new one (POST) or changes one (PATCH, prefilled; an empty secret keeps the
 * stored one). Error summary above, German errors at the fields (also those the API names).
 */
function AnbieterFormular({ formId, start, anbieterId, fertig, abbrechen, titelId }: {
  formId: string; start: Werte; anbieterId?: string; fertig: (name: string) => void; abbrechen?: () => void; titelId: string;
}) {
  const aendern = !!anbieterId;
  const form = useFormular<Feld>(formId, start);
  const ersteRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (aendern) ersteRef.current?.querySelector('input')?.focus();
  }, [aendern]);
  const senden = form.absenden((w) => pruefen(w, !aendern), async (w) => {
    await api(aendern ? `/api/admin/sso/${anbieterId}` : '/api/admin/sso', { method: aendern ? 'PATCH' : 'POST', body: anfrage(w, aendern) });
    if (!aendern) form.setWerte(FELDER);
    fertig(w.name.trim());
  });
  const mfaId = form.feldId('mfaVerlangen');
  return (
    <>
      <Fehlerliste fehler={form.fehlerliste} version={form.version} />
      {form.allgemein ? <Alert typ="danger">{form.allgemein}</Alert> : null}
      <form onSubmit={senden} noValidate aria-labelledby={titelId}>
        <div ref={ersteRef}><Formularfeld label={t.feld.name} {...form.feld('name')} /></div>
        <Formularfeld label={t.feld.kommuneId} hinweis={t.feld.kommuneIdHinweis} optional inputMode="numeric" {...form.feld('kommuneId')} />
        <Formularfeld label={t.feld.land} hinweis={t.feld.landHinweis} optional inputMode="numeric" {...form.feld('land')} />
        <Formularfeld label={t.feld.kommuneClaim} hinweis={t.feld.kommuneClaimHinweis} optional {...form.feld('kommuneClaim')} />
        <Formularfeld label={t.feld.issuer} hinweis={aendern ? t.feld.issuerHinweisAendern : t.feld.issuerHinweis} type="url" {...form.feld('issuer')} />
        <Formularfeld label={t.feld.clientId} {...form.feld('clientId')} />
        <Formularfeld label={t.feld.clientSecret} hinweis={aendern ? t.feld.clientSecretHinweisAendern : undefined} optional={aendern} type="password" autoComplete="off" {...form.feld('clientSecret')} />
        <Formularfeld label={t.feld.gruppenClaim} {...form.feld('gruppenClaim')} />
        <Formularfeld label={t.feld.emailDomains} hinweis={t.feld.emailDomainsHinweis} {...form.feld('emailDomains')} />
        <Formularfeld label={t.feld.rollenZuordnung} hinweis={aendern ? t.feld.rollenZuordnungHinweisAendern : t.feld.rollenZuordnungHinweis} optional {...form.feld('rollenZuordnung')} />
        <fieldset className="kern-fieldset" aria-describedby={`${mfaId}-erklaerung`}>
          <legend className="kern-label">{t.feld.mfaTitel}</legend>
          <p className="kern-body kern-body--small" id={`${mfaId}-erklaerung`}>{t.feld.mfaHinweis}</p>
          <div className="kern-form-check">
            <input className="kern-form-check__checkbox" type="checkbox" id={mfaId} checked={form.werte.mfaVerlangen === 'ja'}
              onChange={(e) => form.setWerte((w) => ({ ...w, mfaVerlangen: e.target.checked ? 'ja' : '' }))} />
            <label className="kern-label" htmlFor={mfaId}>{t.feld.mfaVerlangen}</label>
          </div>
          <Formularfeld label={t.feld.mfaAmr} hinweis={t.feld.mfaAmrHinweis} optional {...form.feld('mfaAmr')} />
          <Formularfeld label={t.feld.mfaAcr} hinweis={t.feld.mfaAcrHinweis} optional {...form.feld('mfaAcr')} />
        </fieldset>
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={form.sendet}>
            <span className="kern-label">{form.sendet ? t.sendet : aendern ? t.aenderungenSpeichern : t.speichern}</span>
          </button>{' '}
          {abbrechen ? <button type="button" className="kern-btn kern-btn--secondary" onClick={abbrechen}><span className="kern-label">{t.abbrechen}</span></button> : null}
        </div>
      </form>
    </>
  );
}

function Eintrag({ a, entfernt, geaendert }: { a: Anbieter; entfernt: (name: string) => void; geaendert: (name: string) => void }) {
  const [fragt, setFragt] = useState(false);
  const [bearbeitet, setBearbeitet] = useState(false);
  const [fehler, setFehler] = useState<string | null>(null);
  const bearbeitenRef = useRef<HTMLButtonElement>(null);
  const zurueck = useRef(false);
  const titelId = `sso-bearbeiten-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  useEffect(() => {
    // After closing the form the keyboard continues at the button that opened it.
    if (!bearbeitet && zurueck.current) bearbeitenRef.current?.focus();
    zurueck.current = false;
  }, [bearbeitet]);
  const schliessen = () => {
    zurueck.current = true;
    setBearbeitet(false);
  };
  const gruppen = Object.entries(a.rollenZuordnung);
  const zeile = (key: string, wert: string) => (
    <div className="kern-description-list-item"><dt className="kern-description-list-item__key">{key}</dt><dd className="kern-description-list-item__value">{wert}</dd></div>
  );
  return (
    <li className="lotse-abschnitt">
      <h3 className="kern-heading-small">{a.name}</h3>
      <dl className="kern-description-list">
        {zeile(t.issuer, a.issuer)}
        {zeile(t.clientId, a.clientId)}
        {zeile(t.zustaendig, a.kommuneId ? t.kommune(a.kommuneId) : t.land(a.land ?? '', a.kommuneClaim))}
        {zeile(t.domains, a.emailDomains.join(', '))}
        {zeile(t.gruppen, gruppen.length ? gruppen.map(([g, r]) => `${g} → ${t.rollen[r] ?? r}`).join(', ') + ` (Claim „${a.gruppenClaim}“)` : t.keineGruppen)}
        {zeile(t.mfa, a.mfaVerlangen ? t.mfaVerlangt(a.mfaAcr, a.mfaAmr) : t.mfaNicht)}
        {zeile(t.rueckleitung, a.redirectUri)}
      </dl>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {bearbeitet ? (
        <div className="lotse-abschnitt">
          <h4 className="kern-heading-small" id={titelId}>{t.bearbeitenTitel(a.name)}</h4>
          <AnbieterFormular formId={`sso-${a.id}`} start={werteVon(a)} anbieterId={a.id} titelId={titelId}
            fertig={(name) => { schliessen(); geaendert(name); }} abbrechen={schliessen} />
        </div>
      ) : fragt ? (
        <div role="group" aria-label={t.frage(a.name)}>
          <p className="kern-body">{t.frage(a.name)}</p>
          <button type="button" className="kern-btn kern-btn--primary" onClick={async () => {
            try {
              await api(`/api/admin/sso/${a.id}`, { method: 'DELETE' });
              entfernt(a.name);
            } catch (e) {
              setFehler((e as Error).message);
            }
          }}><span className="kern-label">{t.jaEntfernen(a.name)}</span></button>{' '}
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setFragt(false)}><span className="kern-label">{t.abbrechen}</span></button>
        </div>
      ) : (
        <div className="lotse-knopfleiste">
          <button type="button" ref={bearbeitenRef} className="kern-btn kern-btn--secondary" onClick={() => { setFehler(null); setBearbeitet(true); }}>
            <span className="kern-label">{t.bearbeiten(a.name)}</span>
          </button>{' '}
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setFragt(true)}><span className="kern-label">{t.entfernen(a.name)}</span></button>
        </div>
      )}
    </li>
  );
}

/** Platform administration: identity providers for single sign-on (GET/POST /api/admin/sso, PATCH/DELETE /api/admin/sso/:id). */
export default function SsoVerwaltung() {
  const { daten, fehler, laedt, neuLaden } = useDaten<{ items: Anbieter[]; total: number }>('/api/admin/sso');
  const [meldung, setMeldung] = useState<string | null>(null);
  return (
    <>
      <Seitentitel titel={t.titel} />
      <p className="kern-body">{t.einleitung}</p>
      {meldung ? <Alert typ="success">{meldung}</Alert> : null}
      <h2 className="kern-heading-medium">{t.listeTitel}</h2>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {laedt && !daten ? <Ladeanzeige /> : null}
      {daten && !daten.items.length ? <p className="kern-body">{t.leer}</p> : null}
      {daten?.items.length ? (
        <ul className="lotse-liste-ohne">
          {daten.items.map((a) => (
            <Eintrag key={a.id} a={a} entfernt={(name) => { setMeldung(t.entfernt(name)); neuLaden(); }} geaendert={(name) => { setMeldung(t.geaendert(name)); neuLaden(); }} />
          ))}
        </ul>
      ) : null}
      <h2 className="kern-heading-medium" id="sso-neu-titel">{t.formTitel}</h2>
      <AnbieterFormular formId="sso" start={FELDER} titelId="sso-neu-titel" fertig={(name) => { setMeldung(t.angelegt(name)); neuLaden(); }} />
    </>
  );
}
