import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Fehlerliste, Formularfeld, useFormular } from '../../../../web/komponenten/index.ts';
import type { ZielDetail } from '../../ziele/ziele.schemas.ts';
import { knotenVon } from './LogikDiagramm.tsx';
import { EBENE_TEXT, ziele as t } from './texte.ts';

function Knopf({ text, sendet }: { text: string; sendet: boolean }) {
  return (
    <div className="lotse-knopfleiste">
      <button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={sendet || undefined}><span className="kern-label">{text}</span></button>
    </div>
  );
}

/** Betrag wie „12000“, „12.000,50“ oder „12000.5“ → Zahl; leer → null; sonst NaN. */
export function euroAusText(s: string): number | null {
  const x = s.trim().replace(/\s|€/g, '');
  if (!x) return null;
  const normal = x.includes(',') ? x.replace(/\./g, '').replace(',', '.') : x;
  return /^\d+(\.\d{1,2})?$/.test(normal) ? Number(normal) : Number.NaN;
}

export function MassnahmeFormular({ ziel, fertig }: { ziel: ZielDetail; fertig: () => void }) {
  const f = useFormular('massnahme', { titel: '', budget: '', haushaltsprodukt: '' });
  const senden = f.absenden(
    (w) => ({ titel: w.titel.trim() ? undefined : t.massnahme.fehlerTitel, budget: Number.isNaN(euroAusText(w.budget)) ? t.massnahme.fehlerBudget : undefined }),
    async (w) => {
      await api(`/api/wirkung/ziele/${ziel.id}/massnahmen`, { body: { titel: w.titel.trim(), budget: euroAusText(w.budget), haushaltsprodukt: w.haushaltsprodukt.trim() } });
      f.setWerte({ titel: '', budget: '', haushaltsprodukt: '' });
      fertig();
    },
  );
  return (
    <section className="lotse-abschnitt" aria-labelledby="massnahme-ueberschrift">
      <h3 className="kern-heading-small" id="massnahme-ueberschrift">{t.massnahme.titel}</h3>
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={senden} noValidate aria-labelledby="massnahme-ueberschrift">
        <Formularfeld label={t.massnahme.feldTitel} maxLength={300} autoComplete="off" {...f.feld('titel')} />
        <Formularfeld label={t.massnahme.budget} optional inputMode="decimal" autoComplete="off" {...f.feld('budget')} />
        <Formularfeld label={t.massnahme.produkt} optional maxLength={100} autoComplete="off" {...f.feld('haushaltsprodukt')} />
        <Knopf text={t.massnahme.speichern} sendet={f.sendet} />
      </form>
    </section>
  );
}

export function ElementFormular({ ziel, fertig }: { ziel: ZielDetail; fertig: () => void }) {
  const f = useFormular('element', { ebene: 'output', titel: '' });
  const senden = f.absenden(
    (w) => ({ titel: w.titel.trim() ? undefined : t.element.fehlerTitel }),
    async (w) => {
      await api(`/api/wirkung/ziele/${ziel.id}/elemente`, { body: { ebene: w.ebene, titel: w.titel.trim() } });
      f.setWerte({ ebene: w.ebene, titel: '' });
      fertig();
    },
  );
  return (
    <section className="lotse-abschnitt" aria-labelledby="element-ueberschrift">
      <h3 className="kern-heading-small" id="element-ueberschrift">{t.element.titel}</h3>
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={senden} noValidate aria-labelledby="element-ueberschrift">
        <Auswahl label={t.element.ebene} {...f.feld('ebene')} optionen={(['output', 'outcome', 'impact'] as const).map((e) => ({ wert: e, text: EBENE_TEXT[e]! }))} />
        <Formularfeld label={t.element.feldTitel} maxLength={300} autoComplete="off" {...f.feld('titel')} />
        <Knopf text={t.element.speichern} sendet={f.sendet} />
      </form>
    </section>
  );
}

export function VerbindungFormular({ ziel, fertig }: { ziel: ZielDetail; fertig: () => void }) {
  const f = useFormular('verbindung', { von: '', nach: '', annahme: '' });
  const knoten = knotenVon(ziel);
  const name = (k: { ebene: string; titel: string }) => `${EBENE_TEXT[k.ebene]}: ${k.titel}`;
  const senden = f.absenden(
    (w) => ({ von: w.von ? undefined : t.verbindung.fehlerWahl, nach: w.nach ? undefined : t.verbindung.fehlerWahl }),
    async (w) => {
      await api(`/api/wirkung/ziele/${ziel.id}/verbindungen`, { body: { von: w.von, nach: w.nach, annahme: w.annahme.trim() } });
      f.setWerte({ von: '', nach: '', annahme: '' });
      fertig();
    },
  );
  if (!ziel.elemente.length || knoten.length < 2) return <p className="kern-body">{t.verbindung.zuWenig}</p>;
  return (
    <section className="lotse-abschnitt" aria-labelledby="verbindung-ueberschrift">
      <h3 className="kern-heading-small" id="verbindung-ueberschrift">{t.verbindung.titel}</h3>
      <Fehlerliste fehler={f.fehlerliste} version={f.version} />
      {f.allgemein ? <Alert typ="danger">{f.allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={senden} noValidate aria-labelledby="verbindung-ueberschrift">
        <Auswahl label={t.verbindung.von} {...f.feld('von')} optionen={[{ wert: '', text: t.verbindung.waehlen }, ...knoten.filter((k) => k.ebene !== 'impact').map((k) => ({ wert: k.id, text: name(k) }))]} />
        <Auswahl label={t.verbindung.nach} {...f.feld('nach')} optionen={[{ wert: '', text: t.verbindung.waehlen }, ...ziel.elemente.map((k) => ({ wert: k.id, text: name(k) }))]} />
        <Formularfeld label={t.verbindung.annahme} hinweis={t.verbindung.annahmeHinweis} optional maxLength={1000} autoComplete="off" {...f.feld('annahme')} />
        <Knopf text={t.verbindung.speichern} sendet={f.sendet} />
      </form>
    </section>
  );
}
