import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';

/**
 * Checklist edits on one project (Issue 11, Punkt 1): add, rename and remove an item without touching the
 * solution's template or other projects; bad input and finished projects: 4xx, nothing written.
 */
const LINDBERG = '092760130130';
const NIL = '00000000-0000-4000-8000-000000000000';
let env: TestUmgebung;
let loesung: string;
let projekt: string;
let anderes: string;
type Punkt = { id: string; phase: string; text: string; erledigt: boolean };

beforeAll(async () => {
  env = await createTestApp();
  loesung = (await env.db.k.insertInto('loesung').values({ kommune_id: LINDBERG, titel: 'Digitale Bauakte', zusammenfassung: 'Bauanträge online', problem: 'Papierakten', status: 'veroeffentlicht' }).returning('id').executeTakeFirstOrThrow()).id;
  await env.db.k.insertInto('loesung_uebernahme_vorlage').values({ loesung_id: loesung, kommune_id: LINDBERG, punkte: JSON.stringify({ verstehen: ['Gespräch mit Lindberg führen', 'Unterlagen lesen'], anpassen: ['Transferplan schreiben'], uebernehmen: ['Pilot starten'], verstetigen: ['Regelbetrieb klären'] }) }).execute();
  projekt = (await (await env.als('mitglied')).post('/api/uebernahmen', { loesungId: loesung })).json().id;
  anderes = (await (await env.als('fremd')).post('/api/uebernahmen', { loesungId: loesung })).json().id;
});
afterAll(async () => env?.close());

const vorlage = async () => (await env.db.k.selectFrom('loesung_uebernahme_vorlage').select('punkte').where('loesung_id', '=', loesung).executeTakeFirstOrThrow()).punkte;
const punkte = async (id: string) => (await env.db.k.selectFrom('uebernahme_punkt').select(['id', 'text', 'phase', 'erledigt']).where('uebernahme_id', '=', id).orderBy('position').execute()).map((p) => `${p.phase}:${p.text}:${p.erledigt}`);

describe('Checkliste eines Projekts bearbeiten', () => {
  it('Punkt hinzufügen, umbenennen, abhaken und entfernen – Vorlage und andere Projekte bleiben', async () => {
    const c = await env.als('mitglied');
    const vorher = await vorlage();
    const andereVorher = await punkte(anderes);
    const neu = await c.post(`/api/uebernahmen/${projekt}/checkliste`, { phase: 'anpassen', text: 'Kreisbauamt einbinden' });
    expect(neu.status, neu.body).toBe(201);
    const liste = neu.json().checkliste as Punkt[];
    expect(liste.filter((p) => p.phase === 'anpassen').map((p) => p.text)).toEqual(['Transferplan schreiben', 'Kreisbauamt einbinden']);
    const gespraech = liste.find((p) => p.text === 'Gespräch mit Lindberg führen')!;
    const umbenannt = await c.patch(`/api/uebernahmen/${projekt}/checkliste/${gespraech.id}`, { text: 'Gespräch mit Lindberg und dem Kreis führen', erledigt: true });
    expect(umbenannt.status, umbenannt.body).toBe(200);
    expect(umbenannt.json().checkliste.find((p: Punkt) => p.id === gespraech.id)).toMatchObject({ text: 'Gespräch mit Lindberg und dem Kreis führen', erledigt: true });
    const lesen = liste.find((p) => p.text === 'Unterlagen lesen')!;
    const weg = await c.delete(`/api/uebernahmen/${projekt}/checkliste/${lesen.id}`);
    expect(weg.status, weg.body).toBe(200);
    expect(weg.json().checkliste.map((p: Punkt) => p.id)).not.toContain(lesen.id);
    expect(await punkte(projekt)).toEqual([
      'verstehen:Gespräch mit Lindberg und dem Kreis führen:true', 'anpassen:Transferplan schreiben:false', 'uebernehmen:Pilot starten:false', 'verstetigen:Regelbetrieb klären:false', 'anpassen:Kreisbauamt einbinden:false',
    ]);
    expect(await vorlage()).toEqual(vorher);
    expect(await punkte(anderes)).toEqual(andereVorher);
    const audit = await env.db.k.selectFrom('audit_log').select('aktion').where('objekt_id', '=', projekt).where('aktion', 'like', 'uebernahme.checkliste%').execute();
    expect(audit.map((a) => a.aktion).sort()).toEqual(['uebernahme.checkliste.angelegt', 'uebernahme.checkliste.entfernt', 'uebernahme.checkliste.umbenannt']);
  });

  it('schlechte Eingaben, fremde Punkte, fremde Kommunen und beendete Projekte: 4xx, nichts geschrieben', async () => {
    const c = await env.als('mitglied');
    const vorher = await punkte(projekt);
    expect((await c.post(`/api/uebernahmen/${projekt}/checkliste`, { phase: 'anpassen', text: 'x' })).status).toBe(400);
    expect((await c.post(`/api/uebernahmen/${projekt}/checkliste`, { phase: 'abgebrochen', text: 'Falsche Phase' })).status).toBe(400);
    expect((await c.patch(`/api/uebernahmen/${projekt}/checkliste/${NIL}`, {})).status).toBe(400);
    const fremderPunkt = (await env.db.k.selectFrom('uebernahme_punkt').select('id').where('uebernahme_id', '=', anderes).executeTakeFirstOrThrow()).id;
    const quer = await c.delete(`/api/uebernahmen/${projekt}/checkliste/${fremderPunkt}`);
    expect([quer.status, quer.json().error.code]).toEqual([404, 'uebernahme.punkt_nicht_gefunden']);
    expect((await c.patch(`/api/uebernahmen/${projekt}/checkliste/${fremderPunkt}`, { text: 'Übernommen' })).status).toBe(404);
    expect((await (await env.als('fremd')).post(`/api/uebernahmen/${projekt}/checkliste`, { phase: 'anpassen', text: 'Fremder Punkt' })).status).toBe(404);
    expect((await (await env.als('lotse')).delete(`/api/uebernahmen/${projekt}/checkliste/${fremderPunkt}`)).status).toBe(403);
    expect(await punkte(projekt)).toEqual(vorher);
    const f = await env.als('fremd');
    expect((await f.patch(`/api/uebernahmen/${anderes}`, { phase: 'abgebrochen', grund: 'Kein Personal' })).status).toBe(200);
    const beendet = await f.post(`/api/uebernahmen/${anderes}/checkliste`, { phase: 'anpassen', text: 'Zu spät' });
    expect([beendet.status, beendet.json().error.code]).toEqual([409, 'uebernahme.beendet']);
    expect((await f.delete(`/api/uebernahmen/${anderes}/checkliste/${fremderPunkt}`)).status).toBe(409);
  });
});
