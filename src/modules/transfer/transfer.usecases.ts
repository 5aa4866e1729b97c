/**
 * Nachfragebild der Transferstelle: Bedarfe ohne passenden Treffer (nach Handlungsfeld), meistgefragte Lösungen
 * (Kandidaten für ein Transferteam) und Bedarfe je Land und Größenklasse. Liest über transfer.repository.ts und
 * bringt die Zahlen in die Antwortform (transfer.schemas.ts).
 */
import type { Db } from '../../core/db/db.ts';
import type { Konto } from '../../core/authz/policy.ts';
import { OFFENE_STATUS, BEDARF_STATUS, type BedarfStatus } from '../bedarfe/index.ts';
import type { NachfrageAntwort } from './transfer.schemas.ts';
import { nachfrageZahlen } from './transfer.repository.ts';
import { ungedeckteNachfrage } from '../matching/index.ts';

/** Höchstens so viele Bedarfe je Gruppe werden einzeln aufgeführt (gezählt werden alle). */
export const BEDARFE_JE_GRUPPE = 20;

export async function nachfrage(db: Db, konto: Konto, ohneVorschlagSeitTagen: number): Promise<NachfrageAntwort> {
  const { proStatus, proLand, proGroesse, proFeld, ohne, gefragt } = await nachfrageZahlen(db.k, konto, ohneVorschlagSeitTagen);
  // Unmet demand: needs without a „gut“ match (the matcher checks new or changed needs here).
  const ungedeckt = await ungedeckteNachfrage(db, konto);

  // Gruppen „ohne passenden Treffer“ je Handlungsfeld, größte zuerst.
  const gruppen = new Map<string | null, NachfrageAntwort['ohneTreffer']['gruppen'][number]>();
  for (const r of ohne) {
    const g = gruppen.get(r.handlungsfeld) ?? { handlungsfeld: r.handlungsfeld, anzahl: 0, keinePassende: 0, ohneVorschlag: 0, bedarfe: [] };
    g.anzahl++;
    if (r.status === 'keine_passende_loesung') g.keinePassende++;
    else g.ohneVorschlag++;
    if (g.bedarfe.length < BEDARFE_JE_GRUPPE) {
      g.bedarfe.push({ id: r.id, titel: r.titel, kommuneId: r.kommune_id, kommuneName: r.kommune_name, status: r.status, alterTage: Number(r.alter_tage) });
    }
    gruppen.set(r.handlungsfeld, g);
  }

  const statusZahl = new Map(proStatus.map((r) => [r.status, Number(r.anzahl)]));
  const gesamt = [...statusZahl.values()].reduce((a, b) => a + b, 0);
  const offen = OFFENE_STATUS.reduce((a, st) => a + (statusZahl.get(st) ?? 0), 0);

  return {
    stand: new Date().toISOString(),
    gesamt,
    offen,
    ohneTreffer: {
      ohneVorschlagSeitTagen,
      gesamt: ohne.length,
      gruppen: [...gruppen.values()].sort((a, b) => b.anzahl - a.anzahl || (a.handlungsfeld ?? '~').localeCompare(b.handlungsfeld ?? '~', 'de')),
    },
    gefragteLoesungen: gefragt.map((r) => ({
      loesungId: r.id,
      titel: r.titel,
      externalId: r.external_id,
      handlungsfeld: r.handlungsfeld,
      vorschlaege: Number(r.vorschlaege),
      inUmsetzung: Number(r.in_umsetzung),
      nutzungen: Number(r.nutzungen),
      summe: Number(r.summe),
    })),
    proLand: proLand.map((r) => ({ land: r.land, landName: r.land_name, anzahl: Number(r.anzahl), offen: Number(r.offen) })),
    proGroessenklasse: proGroesse.map((r) => ({ art: r.art, groessenklasse: r.groessenklasse, anzahl: Number(r.anzahl), offen: Number(r.offen) })),
    proHandlungsfeld: proFeld.map((r) => ({ handlungsfeld: r.handlungsfeld, anzahl: Number(r.anzahl), offen: Number(r.offen) })),
    proStatus: BEDARF_STATUS.map((status: BedarfStatus) => ({ status, anzahl: statusZahl.get(status) ?? 0 })),
    ungedeckt: {
      ...ungedeckt,
      proGroessenklasse: ungedeckt.proGroessenklasse.map((g) => ({ ...g, art: g.art as 'gemeinde' | 'kreis' | 'land' })),
      bedarfe: ungedeckt.bedarfe.map((b) => ({ ...b, status: b.status as BedarfStatus })),
    },
  };
}
