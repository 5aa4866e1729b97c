import { t } from './hilfen.ts';

/** PDF report and CSV answers; for admins of an open team round the button that ends it. */
export function Downloads({ id, modus, beenden, teamBeendet }: { id: string; modus: 'einzeln' | 'team'; beenden: (() => void) | null; teamBeendet: boolean }) {
  return (
    <section className="lotse-abschnitt" aria-labelledby="downloads-titel">
      <h2 className="kern-heading-medium" id="downloads-titel">{t.downloadsTitel}</h2>
      <div className="lotse-knopfleiste">
        <a className="kern-btn kern-btn--secondary" href={`/api/erhebungen/${id}/bericht.pdf`} download>
          <span className="kern-icon kern-icon--download" aria-hidden="true" />
          <span className="kern-label">{t.pdf}</span>
        </a>
        {modus === 'einzeln' ? (
          <a className="kern-btn kern-btn--secondary" href={`/api/erhebungen/${id}/antworten.csv`} download>
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            <span className="kern-label">{t.csv}</span>
          </a>
        ) : null}
      </div>
      {modus === 'team' ? <p className="kern-body kern-body--small">{t.csvTeam}</p> : null}
      {beenden ? (
        <div className="lotse-knopfleiste">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={beenden}><span className="kern-label">{t.teamBeenden}</span></button>
        </div>
      ) : null}
      <p className="kern-body" role="status">{teamBeendet ? t.teamBeendet : ''}</p>
    </section>
  );
}
