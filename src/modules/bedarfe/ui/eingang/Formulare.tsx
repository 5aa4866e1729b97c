import { useState, type FormEvent } from 'react';
import { api } from '../../../../web/api.ts';
import { BEDARF_GRENZEN } from '../../bedarfe.felder.ts';
import { bedarfe as t } from '../texte.ts';
import { Textfeld, fehlertext, type EingangEintrag as Eintrag } from '../teile.tsx';

/** „Lösungen vorschlagen“ on a card: choose among the matcher's suggestions, with an optional note. */
export function Vorschlagen({ b, fertig }: { b: Eintrag; fertig: (text: string) => void }) {
  const [auswahl, setAuswahl] = useState<string[]>([]);
  const [notiz, setNotiz] = useState('');
  const [fehler, setFehler] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  const basis = `eingang-${b.id}-vorschlag`;
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    if (!auswahl.length) {
      setFehler(t.vorschlagen.fehlerAuswahl);
      document.getElementById(`${basis}-${b.vorschlaegeMatcher[0]?.id}`)?.focus();
      return;
    }
    setFehler(null);
    setSendet(true);
    try {
      await api(`/api/bedarfe/${b.id}/vorschlaege`, { body: { loesungIds: auswahl, notiz: notiz.trim() } });
      fertig(`${t.vorschlagen.erfolg(auswahl.length)} ${t.eingang.gespeichert(b.titel)}`);
    } catch (err) {
      setFehler(fehlertext(err));
    } finally {
      setSendet(false);
    }
  };
  if (!b.vorschlaegeMatcher.length) return <p className="kern-body">{t.vorschlagen.keineKandidaten}</p>;
  return (
    <form className="lotse-formular" onSubmit={absenden} noValidate aria-label={t.eingang.vorschlagenFuer(b.titel)}>
      <fieldset className={`kern-fieldset${fehler ? ' kern-fieldset--error' : ''}`} aria-describedby={fehler ? `${basis}-fehler` : undefined}>
        <legend className="kern-label">{t.vorschlagen.auswahl}</legend>
        <div className="kern-fieldset__body">
          {b.vorschlaegeMatcher.map((x) => (
            <div key={x.id} className="kern-form-check">
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id={`${basis}-${x.id}`}
                checked={auswahl.includes(x.id)}
                onChange={(e) => setAuswahl((a) => (e.target.checked ? [...a, x.id] : a.filter((y) => y !== x.id)))}
              />
              <label className="kern-label" htmlFor={`${basis}-${x.id}`}>{x.title}</label>
            </div>
          ))}
        </div>
        {fehler ? (
          <p className="kern-error" id={`${basis}-fehler`} role="alert">
            <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
            <span className="kern-body">{fehler}</span>
          </p>
        ) : null}
      </fieldset>
      <Textfeld id={`${basis}-notiz`} label={t.vorschlagen.notiz} hinweis={t.vorschlagen.notizHinweis} optional maxLength={BEDARF_GRENZEN.kommentar} zeilen={3} value={notiz} onChange={setNotiz} />
      <div className="lotse-knopfleiste">
        <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet || undefined}>
          <span className="kern-label">{t.vorschlagen.absenden}</span>
        </button>
      </div>
    </form>
  );
}

/** „Keine passende Lösung“ on a card: needs a reason (the comment of the status change). */
export function KeinePassende({ b, fertig }: { b: Eintrag; fertig: (text: string) => void }) {
  const [text, setText] = useState('');
  const [fehler, setFehler] = useState<string | undefined>();
  const [sendet, setSendet] = useState(false);
  const id = `eingang-${b.id}-begruendung`;
  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    if (!text.trim()) {
      setFehler(t.detail.fehlerKommentar);
      document.getElementById(id)?.focus();
      return;
    }
    setFehler(undefined);
    setSendet(true);
    try {
      await api(`/api/bedarfe/${b.id}/status`, { body: { status: 'keine_passende_loesung', kommentar: text.trim() } });
      fertig(`${t.keinePassende.erfolg} ${t.eingang.gespeichert(b.titel)}`);
    } catch (err) {
      setFehler(fehlertext(err));
    } finally {
      setSendet(false);
    }
  };
  return (
    <form className="lotse-formular" onSubmit={absenden} noValidate aria-label={t.eingang.keinePassendeFuer(b.titel)}>
      <p className="kern-body kern-body--small">{t.keinePassende.einleitung}</p>
      <Textfeld id={id} label={t.keinePassende.begruendung} hinweis={t.keinePassende.begruendungHinweis} fehler={fehler} maxLength={BEDARF_GRENZEN.kommentar} zeilen={3} value={text} onChange={setText} />
      <div className="lotse-knopfleiste">
        <button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={sendet || undefined}>
          <span className="kern-label">{t.keinePassende.absenden}</span>
        </button>
      </div>
    </form>
  );
}
