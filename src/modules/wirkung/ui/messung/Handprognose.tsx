import { useState } from 'react';
import { api } from '../../../../web/api.ts';
import { Alert, Fehlerliste, Formularfeld, useFormular } from '../../../../web/komponenten/index.ts';
import { messung as t } from './texte.ts';
import { zahlAusEingabe } from './WertFormulare.tsx';

/** „2027: 60; 2028: 65,5“ → [{ jahr, wert }]; null when a part is not understood. Empty → []. */
export function handprognoseAus(eingabe: string): { jahr: number; wert: number }[] | null {
  const teile = eingabe.split(/[;\n]/).map((s) => s.trim()).filter(Boolean);
  const out: { jahr: number; wert: number }[] = [];
  for (const teil of teile) {
    const m = /^(\d{4})\s*[:=]\s*(.+)$/.exec(teil);
    if (!m) return null;
    const wert = zahlAusEingabe(m[2]!);
    if (Number.isNaN(wert)) return null;
    out.push({ jahr: Number(m[1]), wert });
  }
  return out;
}

const alsText = (werte: { jahr: number; wert: number }[]) => werte.map((w) => `${w.jahr}: ${w.wert.toLocaleString('de-DE', { useGrouping: false })}`).join('; ');

/** The owner's own forecast on top of the computed one (one field, keyboard only); empty deletes it. */
export function HandprognoseFormular({ id, werte, fertig }: { id: string; werte: { jahr: number; wert: number }[]; fertig: () => void }) {
  const f = useFormular('handprognose', { werte: alsText(werte) });
  const [erfolg, setErfolg] = useState<string | null>(null);
  const senden = f.absenden(
    (w) => ({ werte: handprognoseAus(w.werte) === null ? t.hand.fehler : undefined }),
    async (w) => {
      setErfolg(null);
      const liste = handprognoseAus(w.werte)!;
      await api(`/api/wirkung/indikatoren/${id}/handprognose`, { method: 'PUT', body: { werte: liste } });
      setErfolg(liste.length ? t.hand.gespeichert : t.hand.geloescht);
      fertig();
    },
  );
  return (
    <section className="lotse-abschnitt" aria-labelledby="handprognose-titel">
      <h3 className="kern-heading-small" id="handprognose-titel">{t.hand.titel}</h3>
      <p className="kern-body">{t.hand.erklaerung}</p>
      {erfolg ? <Alert typ="success" ansage="status"><p className="kern-body">{erfolg}</p></Alert> : null}
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={senden} noValidate aria-labelledby="handprognose-titel">
        <Formularfeld label={t.hand.feld} hinweis={t.hand.hinweis} optional autoComplete="off" {...f.feld('werte')} />
        <div className="lotse-knopfleiste"><button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={f.sendet || undefined}><span className="kern-label">{t.hand.speichern}</span></button></div>
      </form>
    </section>
  );
}
