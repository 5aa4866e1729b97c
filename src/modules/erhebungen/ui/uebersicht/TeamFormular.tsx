import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../../../web/api.ts';
import { Alert, Auswahl, Formularfeld, Kopierfeld } from '../../../../web/komponenten/index.ts';
import { texte } from '../../../../web/i18n/de.ts';
import type { FragebogenKurz } from '../../frageboegen/frageboegen.schemas.ts';
import { erhebungen } from '../texte.ts';

const t = erhebungen.uebersicht;

/** Opens a team survey (municipality admins) and shows its anonymous link once. */
export function TeamFormular({ kommuneId, frageboegen, erstellt }: { kommuneId: string; frageboegen: FragebogenKurz[]; erstellt: () => void }) {
  const [fragebogenId, setFragebogenId] = useState(frageboegen[0]?.id ?? '');
  const [bis, setBis] = useState('');
  const [fehler, setFehler] = useState<string | undefined>();
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  const erfolg = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (link) erfolg.current?.focus();
  }, [link]);

  const absenden = async (e: FormEvent) => {
    e.preventDefault();
    if (sendet) return;
    const ende = bis ? new Date(`${bis}T23:59:59`) : null;
    if (!ende || Number.isNaN(ende.getTime()) || ende.getTime() <= Date.now()) {
      setFehler(t.fehlerDatum);
      return;
    }
    setFehler(undefined);
    setAllgemein(null);
    setSendet(true);
    try {
      const r = await api<{ teamLink: string }>(`/api/kommunen/${kommuneId}/erhebungen/team`, { body: { fragebogenId, schliesstAm: ende.toISOString() } });
      setLink(`${window.location.origin}${r.teamLink}`);
      erstellt();
    } catch (err) {
      setAllgemein(err instanceof Error ? err.message : texte.kern.fehlerAllgemein);
    } finally {
      setSendet(false);
    }
  };

  return (
    <section className="lotse-abschnitt" aria-labelledby="team-titel">
      <h2 className="kern-heading-medium" id="team-titel">{t.teamTitel}</h2>
      <p className="kern-body">{t.teamHinweis}</p>
      {link ? (
        <Alert typ="success" ref={erfolg} fokussierbar ansage="status" titel={t.teamErstellt}>
          <Kopierfeld label={t.teamLink} wert={link} hinweis={t.teamLinkHinweis} />
        </Alert>
      ) : null}
      {allgemein ? <Alert typ="danger">{allgemein}</Alert> : null}
      <form className="lotse-formular" onSubmit={absenden} noValidate aria-labelledby="team-titel">
        <Auswahl label={t.teamFragebogen} value={fragebogenId} onChange={(e) => setFragebogenId(e.target.value)} optionen={frageboegen.map((f) => ({ wert: f.id, text: f.titel }))} />
        <Formularfeld label={t.teamSchliesst} hinweis={t.teamSchliesstHinweis} type="date" value={bis} onChange={(e) => setBis(e.target.value)} fehler={fehler} />
        <div className="lotse-knopfleiste">
          <button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={sendet || undefined}>
            <span className="kern-label">{t.teamOeffnen}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
