/**
 * Fälle der Berechtigungsmatrix (tests/api/zugriff-matrix.api.test.ts) für die Teilbereiche Ziele, Messung,
 * Dialog, Überprüfung und Priorisierung des Moduls „wirkung“ – hier gesammelt, damit neue Routen des Moduls
 * die gemeinsame Testdatei nicht jedes Mal ändern. Nur für Tests.
 */
import type { Db } from '../../core/db/db.ts';

type Rolle = 'anonym' | 'mitglied' | 'admin' | 'fremd' | 'lotse' | 'lotse-fremd' | 'transferstelle' | 'plattform-admin';
type Erlaubt = Partial<Record<Rolle, boolean>>;
interface Regel { gießen: Erlaubt; muenchen: Erlaubt }
export interface WirkungFall extends Regel {
  route: string;
  anfrage(kommune: string): { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; body?: unknown };
}

const NIL = '00000000-0000-4000-8000-000000000000';

/** Je Kommune eine Zeile jeder Art (gefüllt von seedWirkung). */
export const wirkungZeilen: Record<'ziel' | 'massnahme' | 'indikator' | 'dialog' | 'hypothese' | 'uebernahme', Record<string, string>> = { ziel: {}, massnahme: {}, indikator: {}, dialog: {}, hypothese: {}, uebernahme: {} };

export async function seedWirkung(db: Db, kommunen: string[]): Promise<void> {
  for (const k of kommunen) {
    const z = await db.k.insertInto('wirkungsziel').values({ kommune_id: k, aussage: `Matrix-Ziel ${k}`, stufe: 5, iooi: 'outcome' }).returning('id').executeTakeFirstOrThrow();
    wirkungZeilen.ziel[k] = z.id;
    const m = await db.k.insertInto('massnahme').values({ kommune_id: k, titel: `Matrix-Maßnahme ${k}`, budget: 1000 }).returning('id').executeTakeFirstOrThrow();
    wirkungZeilen.massnahme[k] = m.id;
    const i = await db.k.insertInto('eigener_indikator').values({ kommune_id: k, name: `Matrix-Indikator ${k}`, richtung: 'hoch', rba: 'wie_viel', rhythmus: 'jaehrlich' }).returning('id').executeTakeFirstOrThrow();
    wirkungZeilen.indikator[k] = i.id;
    const d = await db.k.insertInto('wirkungsdialog').values({ kommune_id: k, titel: `Matrix-Dialog ${k}`, datum: '2026-01-01', ziel_id: z.id }).returning('id').executeTakeFirstOrThrow();
    wirkungZeilen.dialog[k] = d.id;
    // A decision, not a hypothesis: whoever passes the access layer gets 422 when turning it into a Bedarf, nothing is written.
    const h = await db.k.insertInto('wirkungsdialog_eintrag').values({ kommune_id: k, dialog_id: d.id, art: 'entscheidung', text: 'Matrix-Entscheidung' }).returning('id').executeTakeFirstOrThrow();
    wirkungZeilen.hypothese[k] = h.id;
    const l = await db.k.insertInto('loesung').values({ kommune_id: k, titel: `Matrix-Lösung ${k}`, zusammenfassung: 'Matrix', problem: 'Matrix', status: 'entwurf' }).returning('id').executeTakeFirstOrThrow();
    const u = await db.k.insertInto('uebernahme').values({ kommune_id: k, loesung_id: l.id, loesung_version: 1 }).returning('id').executeTakeFirstOrThrow();
    wirkungZeilen.uebernahme[k] = u.id;
  }
}

export function wirkungFaelle(r: { lesen: Regel; schreiben: Regel; verwalten: Regel }): WirkungFall[] {
  const z = (k: string) => wirkungZeilen.ziel[k];
  const i = (k: string) => wirkungZeilen.indikator[k];
  const d = (k: string) => wirkungZeilen.dialog[k];
  return [
    { route: 'GET /api/wirkung/ziele', anfrage: (k) => ({ method: 'GET', url: `/api/wirkung/ziele?kommuneId=${k}` }), ...r.lesen },
    { route: 'POST /api/wirkung/ziele', anfrage: (k) => ({ method: 'POST', url: '/api/wirkung/ziele', body: { kommuneId: k, aussage: 'Matrix', stufe: 3, iooi: 'output' } }), ...r.schreiben },
    { route: 'GET /api/wirkung/ziele/:id', anfrage: (k) => ({ method: 'GET', url: `/api/wirkung/ziele/${z(k)}` }), ...r.lesen },
    { route: 'PUT /api/wirkung/ziele/:id', anfrage: (k) => ({ method: 'PUT', url: `/api/wirkung/ziele/${z(k)}`, body: { aussage: `Matrix-Ziel ${k}`, stufe: 5, iooi: 'outcome' } }), ...r.schreiben },
    { route: 'POST /api/wirkung/ziele/:id/massnahmen', anfrage: (k) => ({ method: 'POST', url: `/api/wirkung/ziele/${z(k)}/massnahmen`, body: { massnahmeId: wirkungZeilen.massnahme[k] } }), ...r.schreiben },
    { route: 'POST /api/wirkung/ziele/:id/elemente', anfrage: (k) => ({ method: 'POST', url: `/api/wirkung/ziele/${z(k)}/elemente`, body: { ebene: 'output', titel: 'Matrix' } }), ...r.schreiben },
    // Unknown element/link: whoever passes the access layer gets 422/404 from the handler, nothing changes.
    { route: 'DELETE /api/wirkung/ziele/:id/elemente/:elementId', anfrage: (k) => ({ method: 'DELETE', url: `/api/wirkung/ziele/${z(k)}/elemente/${NIL}` }), ...r.schreiben },
    { route: 'POST /api/wirkung/ziele/:id/verbindungen', anfrage: (k) => ({ method: 'POST', url: `/api/wirkung/ziele/${z(k)}/verbindungen`, body: { von: NIL, nach: NIL } }), ...r.schreiben },
    { route: 'DELETE /api/wirkung/ziele/:id/verbindungen/:verbindungId', anfrage: (k) => ({ method: 'DELETE', url: `/api/wirkung/ziele/${z(k)}/verbindungen/${NIL}` }), ...r.schreiben },
    { route: 'GET /api/wirkung/frische', anfrage: (k) => ({ method: 'GET', url: `/api/wirkung/frische?kommuneId=${k}` }), ...r.verwalten },
    { route: 'GET /api/wirkung/indikatoren', anfrage: (k) => ({ method: 'GET', url: `/api/wirkung/indikatoren?kommuneId=${k}` }), ...r.lesen },
    { route: 'POST /api/wirkung/indikatoren', anfrage: (k) => ({ method: 'POST', url: '/api/wirkung/indikatoren', body: { kommuneId: k, name: 'Matrix', richtung: 'hoch', rba: 'wie_viel', rhythmus: 'jaehrlich' } }), ...r.schreiben },
    { route: 'GET /api/wirkung/indikatoren/:id', anfrage: (k) => ({ method: 'GET', url: `/api/wirkung/indikatoren/${i(k)}` }), ...r.lesen },
    { route: 'POST /api/wirkung/indikatoren/:id/werte', anfrage: (k) => ({ method: 'POST', url: `/api/wirkung/indikatoren/${i(k)}/werte`, body: { jahr: 2020, wert: 1 } }), ...r.schreiben },
    // A past year: whoever passes the access layer gets 422, nothing is written.
    { route: 'PUT /api/wirkung/indikatoren/:id/handprognose', anfrage: (k) => ({ method: 'PUT', url: `/api/wirkung/indikatoren/${i(k)}/handprognose`, body: { werte: [{ jahr: 2000, wert: 1 }] } }), ...r.schreiben },
    // A file without values: whoever passes the access layer gets 422, nothing is imported.
    { route: 'POST /api/wirkung/indikatoren/:id/import', anfrage: (k) => ({ method: 'POST', url: `/api/wirkung/indikatoren/${i(k)}/import`, body: { format: 'csv', inhalt: 'jahr;wert' } }), ...r.schreiben },
    { route: 'GET /api/wirkung/pruefung', anfrage: (k) => ({ method: 'GET', url: `/api/wirkung/pruefung?kommuneId=${k}` }), ...r.lesen },
    // A decision dated in the future: whoever passes the access layer gets 422, nothing changes.
    { route: 'POST /api/wirkung/massnahmen/:id/pruefungen', anfrage: (k) => ({ method: 'POST', url: `/api/wirkung/massnahmen/${wirkungZeilen.massnahme[k]}/pruefungen`, body: { entscheidung: 'beenden', begruendung: 'Matrix', datum: '2999-01-01' } }), ...r.schreiben },
    { route: 'GET /api/wirkung/prioritaet', anfrage: (k) => ({ method: 'GET', url: `/api/wirkung/prioritaet?kommuneId=${k}` }), ...r.lesen },
    { route: 'GET /api/wirkung/prioritaet.pdf', anfrage: (k) => ({ method: 'GET', url: `/api/wirkung/prioritaet.pdf?kommuneId=${k}` }), ...r.lesen },
    { route: 'GET /api/wirkung/prioritaet.docx', anfrage: (k) => ({ method: 'GET', url: `/api/wirkung/prioritaet.docx?kommuneId=${k}` }), ...r.lesen },
    { route: 'PUT /api/wirkung/massnahmen/:id/einschaetzung', anfrage: (k) => ({ method: 'PUT', url: `/api/wirkung/massnahmen/${wirkungZeilen.massnahme[k]}/einschaetzung`, body: { wirkungErwartet: null, aufwand: null } }), ...r.schreiben },
    // The same goal twice: whoever passes the access layer gets 422, nothing is written.
    { route: 'GET /api/wirkung/dialoge', anfrage: (k) => ({ method: 'GET', url: `/api/wirkung/dialoge?kommuneId=${k}` }), ...r.lesen },
    // No subject: whoever passes the access layer gets 422, nothing is written.
    { route: 'POST /api/wirkung/dialoge', anfrage: (k) => ({ method: 'POST', url: '/api/wirkung/dialoge', body: { kommuneId: k, titel: 'Matrix', datum: '2026-01-01', teilnehmende: [{ rolle: 'politik' }] } }), ...r.schreiben },
    { route: 'GET /api/wirkung/dialoge/:id', anfrage: (k) => ({ method: 'GET', url: `/api/wirkung/dialoge/${d(k)}` }), ...r.lesen },
    { route: 'GET /api/wirkung/dialoge/:id/tagesordnung.pdf', anfrage: (k) => ({ method: 'GET', url: `/api/wirkung/dialoge/${d(k)}/tagesordnung.pdf` }), ...r.lesen },
    { route: 'GET /api/wirkung/dialoge/:id/protokoll.pdf', anfrage: (k) => ({ method: 'GET', url: `/api/wirkung/dialoge/${d(k)}/protokoll.pdf` }), ...r.lesen },
    // An answer without its guiding question: whoever passes the access layer gets 422, nothing is written.
    { route: 'POST /api/wirkung/dialoge/:id/eintraege', anfrage: (k) => ({ method: 'POST', url: `/api/wirkung/dialoge/${d(k)}/eintraege`, body: { art: 'antwort', text: 'Matrix' } }), ...r.schreiben },
    { route: 'POST /api/wirkung/dialoge/:id/eintraege/:eintragId/bedarf', anfrage: (k) => ({ method: 'POST', url: `/api/wirkung/dialoge/${d(k)}/eintraege/${wirkungZeilen.hypothese[k]}/bedarf`, body: {} }), ...r.schreiben },
    { route: 'GET /api/wirkung/uebernahmen/:id/wirkung', anfrage: (k) => ({ method: 'GET', url: `/api/wirkung/uebernahmen/${wirkungZeilen.uebernahme[k]}/wirkung` }), ...r.lesen },
    // A goal of no Kommune: whoever passes the access layer gets 422, nothing is written.
    { route: 'PUT /api/wirkung/uebernahmen/:id/ziele', anfrage: (k) => ({ method: 'PUT', url: `/api/wirkung/uebernahmen/${wirkungZeilen.uebernahme[k]}/ziele`, body: { zielIds: [NIL] } }), ...r.schreiben },
    { route: 'POST /api/wirkung/zielkonflikte', anfrage: (k) => ({ method: 'POST', url: '/api/wirkung/zielkonflikte', body: { kommuneId: k, zielA: z(k), zielB: z(k), beschreibung: 'Matrix' } }), ...r.schreiben },
  ];
}
