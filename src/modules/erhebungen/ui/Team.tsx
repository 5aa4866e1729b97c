import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../../../web/api.ts';
import { useDaten } from '../../../web/komponenten/useDaten.ts';
import { Alert, Ladeanzeige, Seitentitel } from '../../../web/komponenten/index.ts';
import { texte } from '../../../web/i18n/de.ts';
import { erhebungen as erhebungenTexte } from './texte.ts';
import type { Antworten } from '../frageboegen/fragebogen.schemas.ts';
import type { TeamAnsicht } from '../team/team.schemas.ts';
import { FragebogenFormular, SpeicherStatus, antwortenSpeichern, useAutosave } from './FragebogenFormular.tsx';

const t = erhebungenTexte.team;
const ta = erhebungenTexte.ausfuellen;

/** Öffentliche Seite der Team-Befragung: ohne Konto, eine Antwort je Browser (Cookie), anonym. */
export default function Team() {
  const { token = '' } = useParams();
  const geladen = useDaten<TeamAnsicht>(`/api/team/${encodeURIComponent(token)}`);
  const ungueltig = geladen.fehlerCode === 'erhebung.link_ungueltig' || geladen.fehlerCode === 'erhebung.nicht_gefunden';
  if (geladen.fehler) return <><Seitentitel titel={t.ungueltig} /><Alert typ="danger">{ungueltig ? t.ungueltig : geladen.fehler}</Alert></>;
  if (!geladen.daten) return <Ladeanzeige />;
  return <TeamBefragung key={token} token={token} ansicht={geladen.daten} />;
}

/** The survey of one browser: autosave, send once, thanks. */
function TeamBefragung({ token, ansicht }: { token: string; ansicht: TeamAnsicht }) {
  const [antworten, setAntworten] = useState<Antworten>(ansicht.antworten);
  const [fertig, setFertig] = useState(ansicht.abgeschickt);
  const [sendet, setSendet] = useState(false);
  const [sendeFehler, setSendeFehler] = useState<string | null>(null);
  const dankRef = useRef<HTMLDivElement>(null);

  const aktiv = ansicht.nimmtAntwortenAn && !fertig;
  const speichern = useMemo(() => antwortenSpeichern(`/api/team/${encodeURIComponent(token)}/antworten`), [token]);
  const gespeichertAm = Object.keys(ansicht.antworten).length ? null : undefined; // saved earlier in this browser, time unknown
  const { stand, jetzt, fehler: itemFehler, ungueltig } = useAutosave(antworten, speichern, { fb: ansicht.fragebogen, aktiv, gespeichertAm });

  useEffect(() => {
    if (fertig) dankRef.current?.focus();
  }, [fertig]);

  const abschicken = async () => {
    if (sendet) return;
    setSendet(true);
    setSendeFehler(null);
    try {
      await api(`/api/team/${encodeURIComponent(token)}/abschicken`, { method: 'POST', body: { antworten } });
      setFertig(true);
    } catch (err) {
      setSendeFehler(err instanceof Error ? err.message : texte.kern.fehlerAllgemein);
    } finally {
      setSendet(false);
    }
  };

  const fb = ansicht.fragebogen;

  return (
    <div>
      <Seitentitel titel={fb.titel} vorzeile={t.vorzeile(ansicht.kommuneName)} einleitung={t.einleitung} />
      {ansicht.schliesstAm && ansicht.nimmtAntwortenAn && !fertig ? <p className="kern-body">{t.schliesst(erhebungenTexte.datum(ansicht.schliesstAm))}</p> : null}
      {fertig ? (
        <Alert typ="success" titel={t.danke} ref={dankRef} fokussierbar ansage="status">{t.dankeText}</Alert>
      ) : !ansicht.nimmtAntwortenAn ? (
        <Alert typ="info">{t.geschlossen}</Alert>
      ) : (
        <>
          <p className="kern-body">{fb.beschreibung}</p>
          <Alert typ="info" titel={t.grenzenTitel} ansage="keine">{t.grenzen}</Alert>
          <FragebogenFormular
            fb={fb}
            antworten={antworten}
            setAntworten={setAntworten}
            fehler={itemFehler}
            status={<SpeicherStatus stand={stand} ungueltig={ungueltig} />}
            beimWechsel={() => void jetzt()}
            abschluss={
              <section className="lotse-abschnitt" aria-labelledby="abschicken-titel">
                <h2 className="kern-heading-medium" id="abschicken-titel">{t.abschicken}</h2>
                <p className="kern-body">{t.abschickenHinweis}</p>
                {sendeFehler ? <Alert typ="danger">{sendeFehler}</Alert> : null}
                <div className="lotse-knopfleiste">
                  <button type="button" className="kern-btn kern-btn--primary" onClick={abschicken} aria-disabled={sendet || undefined}>
                    <span className="kern-label">{sendet ? t.sendet : t.abschicken}</span>
                  </button>
                </div>
              </section>
            }
          />
          {Object.keys(itemFehler).length ? <Alert typ="danger" titel={ta.speichern.ungueltig}>{Object.values(itemFehler).join(' ')}</Alert> : null}
        </>
      )}
    </div>
  );
}
