import { Link } from 'react-router-dom';
import { Tabelle } from '../../../../web/komponenten/index.ts';
import type { RundeKurz as Runde } from '../../runden/runden.schemas.ts';
import { erhebungen as tt } from '../texte.ts';

const t = tt.uebersicht;

function statusText(r: Runde): string {
  if (r.modus === 'team') {
    const offen = r.status === 'offen' && (!r.schliesstAm || Date.parse(r.schliesstAm) > Date.now());
    return offen ? t.status.teamOffen(r.anzahlAntworten, tt.datum(r.schliesstAm)) : t.status.teamZu(r.anzahlAntworten);
  }
  return r.status === 'abgeschlossen' ? t.status.abgeschlossen(tt.datum(r.abgeschlossenAm)) : t.status.offen;
}

/** The municipality's rounds, newest first, with status, result and a link to continue or to the result. */
export function RundenTabelle({ runden }: { runden: Runde[] }) {
  return (
    <Tabelle
      beschriftung={t.tabelle}
      spalten={[
        { titel: t.spalteFragebogen },
        { titel: t.spalteModus },
        { titel: t.spalteBegonnen },
        { titel: t.spalteStatus },
        { titel: t.spalteErgebnis, zahl: true },
        { titel: t.spalteAktion },
      ]}
    >
      {[...runden].reverse().map((r) => (
        <tr key={r.id} className="kern-table__row">
          <th scope="row" className="kern-table__header">{r.fragebogen.titel}</th>
          <td className="kern-table__cell">{t.modus[r.modus]}</td>
          <td className="kern-table__cell">{tt.datum(r.erstelltAm)}</td>
          <td className="kern-table__cell">{statusText(r)}</td>
          <td className="kern-table__cell kern-table__cell--numeric">
            {r.gesamt?.score != null ? `${tt.zahl(r.gesamt.score)}${r.gesamt.stufe ? ` (${r.gesamt.stufe.label})` : ''}` : '–'}
          </td>
          <td className="kern-table__cell">
            {r.modus === 'einzeln' && r.status === 'offen' ? (
              <Link className="kern-link" to={`/erhebungen/${r.id}`}>{t.fortsetzen}<span className="kern-sr-only">: {r.fragebogen.titel}, {tt.datum(r.erstelltAm)}</span></Link>
            ) : (
              <Link className="kern-link" to={`/erhebungen/${r.id}/ergebnis`}>{t.ergebnis}<span className="kern-sr-only">: {r.fragebogen.titel}, {tt.datum(r.erstelltAm)}</span></Link>
            )}
          </td>
        </tr>
      ))}
    </Tabelle>
  );
}
