/**
 * Wirkungsziele eines Transferprojekts: setzen (Ziele der übernehmenden Kommune) und die Rückmeldung daraus –
 * erreichte Stufe und Veränderung der Indikatoren seit Projektbeginn (Regeln in transfer.rules.ts).
 */
import type { Db } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import { eckdatenDerUebernahme } from '../../uebernahmen/index.ts';
import { transferFehler } from './transfer.errors.ts';
import { erreichteStufe, veraenderung } from './transfer.rules.ts';
import type { TransferWirkung, ZieleSetzen } from './transfer.schemas.ts';

export async function kommuneVonUebernahme(db: Db, id: string): Promise<string | undefined> {
  return (await eckdatenDerUebernahme(db, id))?.kommuneId;
}

export async function setzeZiele(db: Db, kontoId: string, uebernahmeId: string, z: ZieleSetzen): Promise<void> {
  const e = await eckdatenDerUebernahme(db, uebernahmeId);
  if (!e) throw transferFehler.nichtGefunden();
  const ids = [...new Set(z.zielIds)];
  await db.k.transaction().execute(async (tx) => {
    const da = new Set((ids.length ? await tx.selectFrom('wirkungsziel').select('id').where('id', 'in', ids).where('kommune_id', '=', e.kommuneId).execute() : []).map((r) => r.id));
    const fremd = ids.findIndex((i) => !da.has(i));
    if (fremd >= 0) throw transferFehler.zielUnbekannt(fremd + 1);
    await tx.deleteFrom('uebernahme_wirkungsziel').where('uebernahme_id', '=', uebernahmeId).where('kommune_id', '=', e.kommuneId).execute();
    if (ids.length) await tx.insertInto('uebernahme_wirkungsziel').values(ids.map((ziel_id) => ({ kommune_id: e.kommuneId, uebernahme_id: uebernahmeId, ziel_id }))).execute();
    await protokolliere(tx, { kommuneId: e.kommuneId, kontoId, aktion: 'uebernahme.wirkungsziele', objektTyp: 'uebernahme', objektId: uebernahmeId, details: { zielIds: ids } });
  });
}

/** Rückmeldung aus den Wirkungszielen eines Projekts (auch für das Modul uebernahmen über wirkung/index.ts). */
export async function wirkungDerUebernahme(db: Db, uebernahmeId: string): Promise<TransferWirkung> {
  const e = await eckdatenDerUebernahme(db, uebernahmeId);
  if (!e) throw transferFehler.nichtGefunden();
  const ziele = await db.k.selectFrom('uebernahme_wirkungsziel as u').innerJoin('wirkungsziel as z', 'z.id', 'u.ziel_id')
    .select(['z.id', 'z.aussage', 'z.stufe']).where('u.uebernahme_id', '=', uebernahmeId).where('u.kommune_id', '=', e.kommuneId).orderBy('z.aussage').execute();
  const zielIds = ziele.map((z) => z.id);
  const inds = zielIds.length ? await db.k.selectFrom('eigener_indikator').select(['id', 'name', 'einheit', 'stufe', 'richtung', 'ziel_id'])
    .where('kommune_id', '=', e.kommuneId).where('ziel_id', 'in', zielIds).orderBy('name').execute() : [];
  const werte = inds.length ? await db.k.selectFrom('eigener_indikator_wert').select(['indikator_id', 'jahr', 'wert'])
    .where('kommune_id', '=', e.kommuneId).where('indikator_id', 'in', inds.map((i) => i.id)).execute() : [];
  const beginnJahr = Number(e.beginn.slice(0, 4));
  const indikatoren = inds.map((i) => ({
    id: i.id, name: i.name, einheit: i.einheit, stufe: i.stufe, zielId: i.ziel_id!,
    ...veraenderung(werte.filter((w) => w.indikator_id === i.id).map((w) => ({ jahr: w.jahr, wert: Number(w.wert) })), i.richtung, beginnJahr),
  }));
  return { beginn: e.beginn, ziele: ziele.map((z) => ({ id: z.id, aussage: z.aussage, stufe: z.stufe })), erreichteStufe: erreichteStufe(indikatoren), indikatoren };
}
