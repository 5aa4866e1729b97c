import { Link } from 'react-router-dom';
import { Alert } from '../../../../web/komponenten/index.ts';
import { WIRKUNGSTREPPE } from '../../loesungen.schemas.ts';
import type { InhaltAntwort as LoesungInhalt, UeberarbeitungAntwort as Ueberarbeitung } from '../../loesungen.schemas.ts';
import { loesungen as t } from '../texte.ts';
import { Eintrag } from './teile.tsx';

const d = t.detail;

/** A field of a revision as plain text (links and sources as text, not as links: the reviewer sees the address). */
function feldText(f: keyof LoesungInhalt, i: LoesungInhalt): string {
  const v = i[f];
  if (f === 'links') return i.links.map((x) => (x.titel ? `${x.titel}: ${x.url}` : x.url)).join('\n');
  if (f === 'wirkungQuellen') return i.wirkungQuellen.map((q) => (q.url ? `${q.titel}: ${q.url}` : q.titel)).join('\n');
  if (f === 'tags') return i.tags.join(', ');
  if (f === 'sprache') return t.sprache[i.sprache] ?? i.sprache;
  if (f === 'wirkungsstufe') return i.wirkungsstufe ? `${t.stufe(i.wirkungsstufe)}: ${WIRKUNGSTREPPE[i.wirkungsstufe].label}` : '';
  return v == null ? '' : String(v);
}

/**
 * The pending revision of a published solution, for its Kommune and the Transferstelle: status, the
 * Transferstelle's comment, and the changed fields in their new wording (decision 0022).
 */
export function UeberarbeitungAbschnitt({ u, version, siegel, darfBearbeiten, id, aktion }: {
  u: Ueberarbeitung; version: number; siegel: boolean; darfBearbeiten: boolean; id: string;
  aktion: (was: 'einreichen' | 'verwerfen') => void;
}) {
  return (
    <section className="lotse-abschnitt" aria-labelledby="l-ueberarbeitung">
      <h2 className="kern-heading-medium" id="l-ueberarbeitung">{d.ueberarbeitungTitel}</h2>
      <Alert typ={u.status === 'zurueckgewiesen' ? 'warning' : 'info'} titel={t.ueberarbeitungStatus[u.status] ?? u.status} ansage="keine">
        <p className="kern-body">{d.ueberarbeitungHinweis(version)}</p>
        {u.aktualisiertAm ? <p className="kern-body kern-body--small">{d.ueberarbeitungStand(u.aktualisiertAm, u.autor)}</p> : null}
        {u.status === 'zurueckgewiesen' && u.pruefungKommentar ? <p className="kern-body"><strong>{d.pruefungKommentar}:</strong> {u.pruefungKommentar}</p> : null}
      </Alert>
      {siegel ? <p className="kern-body">{d.ueberarbeitungSiegel}</p> : null}
      {u.kommentar ? <p className="kern-body"><strong>{d.ueberarbeitungKommentar}</strong> {u.kommentar}</p> : null}
      <h3 className="kern-heading-small">{d.ueberarbeitungFelder}</h3>
      {u.geaenderteFelder.length ? (
        <dl className="kern-description-list">
          {u.geaenderteFelder.map((f) => (
            <Eintrag key={f} name={d.felder[f] ?? f}>
              <span style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{feldText(f, u.inhalt) || d.leer}</span>
            </Eintrag>
          ))}
        </dl>
      ) : (
        <p className="kern-body">{d.ueberarbeitungKeineFelder}</p>
      )}
      {darfBearbeiten ? (
        <div className="lotse-knopfleiste">
          {u.status !== 'eingereicht' ? (
            <>
              <Link className="kern-btn kern-btn--secondary" to={`/loesungen/${id}/bearbeiten`}><span className="kern-label">{d.ueberarbeitungBearbeiten}</span></Link>
              <button type="button" className="kern-btn kern-btn--primary" onClick={() => aktion('einreichen')}><span className="kern-label">{d.ueberarbeitungEinreichen}</span></button>
            </>
          ) : null}
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => aktion('verwerfen')}><span className="kern-label">{d.ueberarbeitungVerwerfen}</span></button>
        </div>
      ) : null}
    </section>
  );
}
