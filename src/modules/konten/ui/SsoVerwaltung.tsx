import { useState } from 'react';
import { api } from '../../../web/api.ts';
import { Alert, Fehlerliste, Formularfeld, Ladeanzeige, Seitentitel, useDaten, useFormular } from '../../../web/komponenten/index.ts';
import { ssoTexte } from './texte-sso.ts';

const t = ssoTexte.verwaltung;

interface Anbieter {
  id: string; name: string; kommuneId: string | null; land: string | null; kommuneClaim: string | null; issuer: string; clientId: string;
  gruppenClaim: string; rollenZuordnung: Record<string, 'admin' | 'mitglied'>; emailDomains: string[]; redirectUri: string;
}

const FELDER = { name: '', kommuneId: '', land: '', kommuneClaim: '', issuer: '', clientId: '', clientSecret: '', gruppenClaim: 'groups', emailDomains: '', rollenZuordnung: '' };
type Feld = keyof typeof FELDER;

const liste = (s: string) => s.split(/[,;\n]/).map((x) => x.trim()).filter(Boolean);

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

function pruefen(w: Record<Feld, string>): Partial<Record<Feld, string>> {
  const f: Partial<Record<Feld, string>> = {};
  if (!w.name.trim()) f.name = t.fehler.name;
  if (!!w.kommuneId.trim() === !!w.land.trim()) f.kommuneId = t.fehler.zustaendig;
  if (w.land.trim() && !w.kommuneClaim.trim()) f.kommuneClaim = t.fehler.kommuneClaim;
  if (!w.issuer.trim()) f.issuer = t.fehler.issuer;
  if (!w.clientId.trim()) f.clientId = t.fehler.clientId;
  if (!w.clientSecret) f.clientSecret = t.fehler.clientSecret;
  if (!liste(w.emailDomains).length) f.emailDomains = t.fehler.emailDomains;
  if (zuordnung(w.rollenZuordnung) === null) f.rollenZuordnung = t.fehler.rollenZuordnung;
  return f;
}

function Eintrag({ a, entfernt }: { a: Anbieter; entfernt: (name: string) => void }) {
  const [fragt, setFragt] = useState(false);
  const [fehler, setFehler] = useState<string | null>(null);
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
        {zeile(t.rueckleitung, a.redirectUri)}
      </dl>
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      {fragt ? (
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
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setFragt(true)}><span className="kern-label">{t.entfernen(a.name)}</span></button>
      )}
    </li>
  );
}

/** Platform administration: identity providers for single sign-on (GET/POST /api/admin/sso, DELETE /api/admin/sso/:id). */
export default function SsoVerwaltung() {
  const { daten, fehler, laedt, neuLaden } = useDaten<{ items: Anbieter[]; total: number }>('/api/admin/sso');
  const [meldung, setMeldung] = useState<string | null>(null);
  const form = useFormular<Feld>('sso', FELDER);
  const senden = form.absenden(pruefen, async (w) => {
    const o = (s: string) => s.trim() || undefined;
    await api('/api/admin/sso', {
      body: {
        name: w.name.trim(), kommuneId: o(w.kommuneId), land: o(w.land), kommuneClaim: o(w.kommuneClaim), issuer: w.issuer.trim(),
        clientId: w.clientId.trim(), clientSecret: w.clientSecret, gruppenClaim: o(w.gruppenClaim), emailDomains: liste(w.emailDomains),
        rollenZuordnung: zuordnung(w.rollenZuordnung) ?? {},
      },
    });
    setMeldung(t.angelegt(w.name.trim()));
    form.setWerte(FELDER);
    neuLaden();
  });
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
          {daten.items.map((a) => <Eintrag key={a.id} a={a} entfernt={(name) => { setMeldung(t.entfernt(name)); neuLaden(); }} />)}
        </ul>
      ) : null}
      <h2 className="kern-heading-medium">{t.formTitel}</h2>
      <Fehlerliste fehler={form.fehlerliste} version={form.version} />
      {form.allgemein ? <Alert typ="danger">{form.allgemein}</Alert> : null}
      <form onSubmit={senden} noValidate>
        <Formularfeld label={t.feld.name} {...form.feld('name')} />
        <Formularfeld label={t.feld.kommuneId} hinweis={t.feld.kommuneIdHinweis} optional inputMode="numeric" {...form.feld('kommuneId')} />
        <Formularfeld label={t.feld.land} hinweis={t.feld.landHinweis} optional inputMode="numeric" {...form.feld('land')} />
        <Formularfeld label={t.feld.kommuneClaim} hinweis={t.feld.kommuneClaimHinweis} optional {...form.feld('kommuneClaim')} />
        <Formularfeld label={t.feld.issuer} hinweis={t.feld.issuerHinweis} type="url" {...form.feld('issuer')} />
        <Formularfeld label={t.feld.clientId} {...form.feld('clientId')} />
        <Formularfeld label={t.feld.clientSecret} type="password" autoComplete="off" {...form.feld('clientSecret')} />
        <Formularfeld label={t.feld.gruppenClaim} {...form.feld('gruppenClaim')} />
        <Formularfeld label={t.feld.emailDomains} hinweis={t.feld.emailDomainsHinweis} {...form.feld('emailDomains')} />
        <Formularfeld label={t.feld.rollenZuordnung} hinweis={t.feld.rollenZuordnungHinweis} optional {...form.feld('rollenZuordnung')} />
        <button type="submit" className="kern-btn kern-btn--primary" disabled={form.sendet}><span className="kern-label">{form.sendet ? t.sendet : t.speichern}</span></button>
      </form>
    </>
  );
}
