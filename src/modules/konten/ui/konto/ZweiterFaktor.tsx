import { useState } from 'react';
import { api, ApiFehler } from '../../../../web/api.ts';
import { Alert, Fehlerliste, Formularfeld, Ladeanzeige, useDaten, useFormular } from '../../../../web/komponenten/index.ts';
import { useKonto } from '../../../../web/konto.tsx';
import type { ZweiterFaktorEinrichtung, ZweiterFaktorStatus } from '../../zweiter-faktor/zweiter-faktor.schemas.ts';
import { zweiterFaktorTexte } from '../texte-zweiter-faktor.ts';
import { datum } from './gemeinsam.ts';

const z = zweiterFaktorTexte.konto;

/** Account page: set up, confirm, show recovery codes once, switch off (docs/decisions/0072). */
export function ZweiterFaktor() {
  const stand = useDaten<ZweiterFaktorStatus>('/api/konto/zweiter-faktor');
  const { neuLaden: kontoNeuLaden } = useKonto();
  const [einrichtung, setEinrichtung] = useState<ZweiterFaktorEinrichtung | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [abgeschaltet, setAbgeschaltet] = useState(false);
  const start = useFormular('zf-start', { passwort: '' });
  const bestaetigen = useFormular('zf-code', { code: '' });
  const aus = useFormular('zf-aus', { passwort: '', code: '' });

  const beginnen = start.absenden(
    (w) => ({ passwort: w.passwort ? undefined : z.pruefung.passwortFehlt }),
    async (w) => {
      try {
        setEinrichtung(await api<ZweiterFaktorEinrichtung>('/api/konto/zweiter-faktor/einrichten', { body: { passwort: w.passwort } }));
        setAbgeschaltet(false);
        start.setWerte({ passwort: '' });
      } catch (e) {
        if (e instanceof ApiFehler && e.code === 'auth.passwort_falsch') return start.setFehler({ passwort: e.message });
        throw e;
      }
    },
  );
  const einschalten = bestaetigen.absenden(
    (w) => ({ code: w.code.trim() ? undefined : z.pruefung.codeFehlt }),
    async (w) => {
      try {
        const r = await api<{ wiederherstellungscodes: string[] }>('/api/konto/zweiter-faktor/bestaetigen', { body: { code: w.code } });
        setCodes(r.wiederherstellungscodes);
        setEinrichtung(null);
        bestaetigen.setWerte({ code: '' });
        stand.neuLaden();
        await kontoNeuLaden();
      } catch (e) {
        if (e instanceof ApiFehler && e.code === 'zweiter_faktor.code_falsch') return bestaetigen.setFehler({ code: e.message });
        throw e;
      }
    },
  );
  const abschalten = aus.absenden(
    (w) => ({ passwort: w.passwort ? undefined : z.pruefung.passwortFehlt, code: w.code.trim() ? undefined : z.pruefung.codeFehlt }),
    async (w) => {
      try {
        await api('/api/konto/zweiter-faktor/abschalten', { body: { passwort: w.passwort, code: w.code } });
      } catch (e) {
        if (e instanceof ApiFehler && e.code === 'auth.passwort_falsch') return aus.setFehler({ passwort: e.message });
        if (e instanceof ApiFehler && e.code === 'zweiter_faktor.code_falsch') return aus.setFehler({ code: e.message });
        throw e;
      }
      aus.setWerte({ passwort: '', code: '' });
      setCodes(null);
      setAbgeschaltet(true);
      stand.neuLaden();
      await kontoNeuLaden();
    },
  );

  const s = stand.daten;
  return (
    <section className="lotse-abschnitt" aria-labelledby="konto-zweiter-faktor" id="zweiter-faktor">
      <h2 className="kern-heading-medium" id="konto-zweiter-faktor">{z.titel}</h2>
      {!s ? <Ladeanzeige /> : null}
      {s && !s.aktiv && s.erforderlich ? <Alert typ="warning" ansage="keine">{z.erforderlich}</Alert> : null}
      {abgeschaltet ? <Alert typ="success">{z.abgeschaltet}</Alert> : null}
      {codes ? (
        <Alert typ="success" titel={z.codesTitel} ansage="status">
          <p className="kern-body">{z.codesText}</p>
          <ul className="lotse-codes" aria-label={z.codesListe}>
            {codes.map((c) => <li key={c} className="kern-body"><code>{c}</code></li>)}
          </ul>
        </Alert>
      ) : null}
      {s && !s.aktiv && !einrichtung ? (
        <>
          <p className="kern-body">{z.einleitungAus}</p>
          <Fehlerliste fehler={start.fehlerliste} version={start.version} />
          {start.allgemein ? <Alert typ="danger">{start.allgemein}</Alert> : null}
          <form className="lotse-formular" onSubmit={beginnen} noValidate aria-label={z.einrichtenKnopf}>
            <Formularfeld label={z.passwort} type="password" autoComplete="current-password" {...start.feld('passwort')} />
            <div className="lotse-knopfleiste">
              <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={start.sendet || undefined}><span className="kern-label">{z.einrichtenKnopf}</span></button>
            </div>
          </form>
        </>
      ) : null}
      {einrichtung ? (
        <>
          <p className="kern-body">{z.schritt1}</p>
          {/* Server-generated SVG of our own otpauth address (no script); the key below is its text alternative. */}
          <div className="lotse-qr" role="img" aria-label={z.qrAlt} dangerouslySetInnerHTML={{ __html: einrichtung.qrSvg }} />
          <p className="kern-body">{z.schluessel}: <code className="lotse-schluessel">{einrichtung.geheimnis.replace(/(.{4})/g, '$1 ').trim()}</code></p>
          <p className="kern-body">{z.schritt2}</p>
          <Fehlerliste fehler={bestaetigen.fehlerliste} version={bestaetigen.version} />
          {bestaetigen.allgemein ? <Alert typ="danger">{bestaetigen.allgemein}</Alert> : null}
          <form className="lotse-formular" onSubmit={einschalten} noValidate aria-label={z.bestaetigenKnopf}>
            <Formularfeld label={z.code} inputMode="numeric" autoComplete="one-time-code" {...bestaetigen.feld('code')} />
            <div className="lotse-knopfleiste">
              <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={bestaetigen.sendet || undefined}><span className="kern-label">{z.bestaetigenKnopf}</span></button>
            </div>
          </form>
        </>
      ) : null}
      {s?.aktiv ? (
        <>
          <p className="kern-body">{s.aktivSeit ? z.aktivSeit(datum.format(new Date(s.aktivSeit))) : null} {z.codesUebrig(s.wiederherstellungscodesUebrig)}</p>
          {s.wiederherstellungscodesUebrig <= 2 ? <p className="kern-body">{z.codesWenig}</p> : null}
          <h3 className="kern-heading-small">{z.abschaltenTitel}</h3>
          <p className="kern-body">{z.abschaltenText}</p>
          <Fehlerliste fehler={aus.fehlerliste} version={aus.version} />
          {aus.allgemein ? <Alert typ="danger">{aus.allgemein}</Alert> : null}
          <form className="lotse-formular" onSubmit={abschalten} noValidate aria-label={z.abschaltenTitel}>
            <Formularfeld label={z.passwort} type="password" autoComplete="current-password" {...aus.feld('passwort')} />
            <Formularfeld label={z.code} inputMode="numeric" autoComplete="one-time-code" {...aus.feld('code')} />
            <div className="lotse-knopfleiste">
              <button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={aus.sendet || undefined}><span className="kern-label">{z.abschaltenKnopf}</span></button>
            </div>
          </form>
        </>
      ) : null}
      <p className="kern-body kern-body--small">{z.verloren}</p>
    </section>
  );
}
