import { useEffect, useRef, useState } from 'react';
import { api } from '../../../../web/api.ts';
import { Alert, Kopierfeld } from '../../../../web/komponenten/index.ts';
import { texte } from '../../../../web/i18n/de.ts';
import { t } from './hilfen.ts';

/**
 * Open team round, admins only: the anonymous link is stored as a hash and cannot be shown again, so the admin
 * can create a new one; from then on only the new link works (answers already given stay with the round).
 */
export function TeamLink({ id }: { id: string }) {
  const [link, setLink] = useState<string | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  const erfolg = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (link) erfolg.current?.focus();
  }, [link]);

  const erneuern = async () => {
    if (sendet) return;
    setSendet(true);
    setFehler(null);
    try {
      const r = await api<{ teamLink: string }>(`/api/erhebungen/${id}/team/neuer-link`, { method: 'POST' });
      setLink(`${window.location.origin}${r.teamLink}`);
    } catch (err) {
      setFehler(err instanceof Error ? err.message : texte.kern.fehlerAllgemein);
    } finally {
      setSendet(false);
    }
  };

  return (
    <section className="lotse-abschnitt" aria-labelledby="teamlink-titel">
      <h2 className="kern-heading-medium" id="teamlink-titel">{t.neuerLinkTitel}</h2>
      <p className="kern-body">{t.neuerLinkText}</p>
      {link ? (
        <Alert typ="success" ref={erfolg} fokussierbar ansage="status" titel={t.neuerLinkErstellt}>
          <Kopierfeld label={t.neuerLinkFeld} wert={link} />
        </Alert>
      ) : null}
      {fehler ? <Alert typ="danger">{fehler}</Alert> : null}
      <div className="lotse-knopfleiste">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void erneuern()} aria-disabled={sendet || undefined}>
          <span className="kern-label">{t.neuerLinkKnopf}</span>
        </button>
      </div>
    </section>
  );
}
