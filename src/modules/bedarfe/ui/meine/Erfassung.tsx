import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, feldfehlerAusApi, type Feldfehler } from '../../../../web/komponenten/index.ts';
import type { Konto } from '../../../../web/konto.tsx';
import { BEDARF_GRENZEN as G } from '../../bedarfe.felder.ts';
import { bedarfe as t } from '../texte.ts';
import { HANDLUNGSFELDER, Textfeld } from '../teile.tsx';
import { DringlichkeitAuswahl } from './DringlichkeitAuswahl.tsx';

type Feld = 'kommuneId' | 'titel' | 'beschreibung' | 'handlungsfeld' | 'dringlichkeit';
const FELDER: Feld[] = ['kommuneId', 'titel', 'beschreibung', 'handlungsfeld', 'dringlichkeit'];
const feldId = (f: Feld) => `bedarf-${f}`;
/** Too short or too long (limits from bedarfe.felder.ts, as the server checks them). */
const laenge = (wert: string, min: number, max: number, zuKurz: string, feld: string) =>
  wert.trim().length < min ? zuKurz : wert.trim().length > max ? t.formular.fehlerZuLang(feld, max) : undefined;

/** „Neuen Bedarf erfassen“: the form of a member; `erfasst` lets the list below load again. */
export function Erfassung({ konto, erfasst }: { konto: Konto; erfasst: (id: string) => void }) {
  const kommunen = konto.mitgliedschaften;
  const leer = { kommuneId: kommunen.length === 1 ? kommunen[0].kommuneId : '', titel: '', beschreibung: '', handlungsfeld: '', dringlichkeit: '' };
  // From the catalogue search („Anliegen als Bedarf erfassen“, issue 10): the search text becomes the description.
  const [params] = useSearchParams();
  const vorlage = (params.get('beschreibung') ?? '').slice(0, G.beschreibung);
  const [werte, setWerte] = useState<Record<Feld, string>>(vorlage ? { ...leer, beschreibung: vorlage } : leer);
  const [fehler, setFehler] = useState<Partial<Record<Feld, string>>>({});
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  const [version, setVersion] = useState(0);
  const [neu, setNeu] = useState<string | null>(null);
  const erfolgRef = useRef<HTMLDivElement>(null);
  const setze = (f: Feld) => (wert: string) => setWerte((w) => ({ ...w, [f]: wert }));

  useEffect(() => {
    if (neu) erfolgRef.current?.focus();
  }, [neu]);

  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    setVersion((v) => v + 1);
    const f: Partial<Record<Feld, string>> = {
      kommuneId: werte.kommuneId ? undefined : t.formular.fehlerKommune,
      titel: laenge(werte.titel, G.titelMin, G.titel, t.formular.fehlerTitel, t.formular.titelFeld),
      beschreibung: laenge(werte.beschreibung, G.beschreibungMin, G.beschreibung, t.formular.fehlerBeschreibung, t.formular.beschreibung),
      dringlichkeit: werte.dringlichkeit ? undefined : t.formular.fehlerDringlichkeit,
    };
    setFehler(f);
    setAllgemein(null);
    setNeu(null);
    if (Object.values(f).some(Boolean)) return;
    setSendet(true);
    try {
      const r = await api<{ id: string }>('/api/bedarfe', {
        body: {
          kommuneId: werte.kommuneId,
          titel: werte.titel.trim(),
          beschreibung: werte.beschreibung.trim(),
          dringlichkeit: werte.dringlichkeit,
          ...(werte.handlungsfeld ? { handlungsfeld: werte.handlungsfeld } : {}),
        },
      });
      setWerte(leer);
      setNeu(r.id);
      erfasst(r.id);
    } catch (err) {
      const r = feldfehlerAusApi(err, FELDER, t.formular.fehlerTitel);
      setFehler(r.felder);
      setAllgemein(r.allgemein);
    } finally {
      setSendet(false);
    }
  };

  const liste: Feldfehler[] = FELDER.filter((f) => fehler[f]).map((f) => ({ feldId: f === 'dringlichkeit' ? `${feldId(f)}-hoch` : feldId(f), text: fehler[f]! }));

  return (
    <section className="lotse-abschnitt" aria-labelledby="bedarf-formular-titel">
      <h2 className="kern-heading-medium" id="bedarf-formular-titel">{t.formular.titel}</h2>
      {neu ? (
        <Alert typ="success" titel={t.formular.erfolgTitel} ref={erfolgRef} fokussierbar ansage="status">
          <p className="kern-body">
            {t.formular.erfolg} <Link className="kern-link" to={`/bedarfe/${neu}`}>{t.formular.erfolgLink}</Link>
          </p>
        </Alert>
      ) : null}
      <Fehlerliste fehler={liste} version={version} />
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="bedarf-formular-titel">
        {kommunen.length > 1 ? (
          <Auswahl
            id={feldId('kommuneId')}
            label={t.formular.kommune}
            fehler={fehler.kommuneId}
            value={werte.kommuneId}
            onChange={(e) => setze('kommuneId')(e.target.value)}
            optionen={[{ wert: '', text: t.detail.statusWaehlen }, ...kommunen.map((m) => ({ wert: m.kommuneId, text: m.kommuneName }))]}
          />
        ) : (
          <p className="kern-body">
            <strong>{t.formular.kommune}:</strong> {kommunen[0]?.kommuneName}
          </p>
        )}
        <Formularfeld
          id={feldId('titel')}
          label={t.formular.titelFeld}
          hinweis={t.formular.titelHinweis}
          fehler={fehler.titel}
          maxLength={G.titel}
          autoComplete="off"
          value={werte.titel}
          onChange={(e) => setze('titel')(e.target.value)}
        />
        <Textfeld
          id={feldId('beschreibung')}
          label={t.formular.beschreibung}
          hinweis={t.formular.beschreibungHinweis}
          fehler={fehler.beschreibung}
          maxLength={G.beschreibung}
          zeilen={7}
          value={werte.beschreibung}
          onChange={setze('beschreibung')}
        />
        <Auswahl
          id={feldId('handlungsfeld')}
          label={t.formular.handlungsfeld}
          optional
          fehler={fehler.handlungsfeld}
          value={werte.handlungsfeld}
          onChange={(e) => setze('handlungsfeld')(e.target.value)}
          optionen={[{ wert: '', text: t.formular.handlungsfeldLeer }, ...HANDLUNGSFELDER.map((h) => ({ wert: h, text: h }))]}
        />
        <DringlichkeitAuswahl id={feldId('dringlichkeit')} wert={werte.dringlichkeit} fehler={fehler.dringlichkeit} onChange={setze('dringlichkeit')} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}>
            <span className="kern-label">{sendet ? t.formular.sendet : t.formular.absenden}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
