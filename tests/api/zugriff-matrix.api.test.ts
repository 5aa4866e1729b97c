import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../src/testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B, type TestRolle } from '../../src/testing/fixtures.ts';
import { ladeFrageboegenInDb } from '../../src/modules/erhebungen/frageboegen/frageboegen.usecases.ts';
import { rundeAnlegen } from '../../src/modules/erhebungen/runden/runden.usecases.ts';
import { ladeFragebogen } from '../../src/modules/erhebungen/frageboegen/frageboegen.rules.ts';
import { erzeugeAntworten, legeAbgeschlosseneRundeAn, zufall } from '../../src/modules/erhebungen/erhebungen.demo.ts';
import { seedWirkung, wirkungFaelle } from '../../src/modules/wirkung/wirkung.matrix.ts';

/**
 * The authorization matrix: every tenant endpoint × every role × own (Gießen) vs other (München)
 * Kommune. "Allowed" means the policy let the request through (a 2xx, or a 4xx from the handler
 * such as 404 for a row that does not exist, never 401/403); "denied" means 401, 403 or 404
 * from the access layer. The test fails when a route with a Kommune-bound access rule is missing here.
 *
 * Roles (src/testing/fixtures.ts): mitglied/admin of Gießen; fremd = admin of München;
 * lotse for Land Hessen (Gießen); lotse-fremd for Bayern (München); transferstelle; plattform-admin.
 */
const ROLLEN: TestRolle[] = ['anonym', 'mitglied', 'admin', 'fremd', 'lotse', 'lotse-fremd', 'transferstelle', 'plattform-admin'];

type Erlaubt = Partial<Record<TestRolle, boolean>>;
interface Fall {
  route: string;
  /** Builds the request for the Kommune; `z` holds rows seeded per Kommune (see beforeAll). */
  anfrage(kommune: string, z: Zeilen): { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; body?: unknown };
  /** Who is allowed on Gießen's data; the same rule shifted to München is derived below. */
  gießen: Erlaubt;
  muenchen: Erlaubt;
}

/** Rows seeded per Kommune before the matrix runs. */
interface Zeilen {
  loesungEntwurf: Record<string, string>;
  bedarf: Record<string, string>;
  /** A published solution of a third Kommune (Lindberg), to report adoptions. */
  loesungFremd: string;
  rundeOffen: Record<string, string>;
  rundeFertig: Record<string, string>;
  rundeTeam: Record<string, string>;
}

const nurAdmin = (eigen: TestRolle): Erlaubt => ({ [eigen]: true });
// policy.ts, applied to Gießen (Hessen) and München (Bayern):
const schreiben = { gießen: { mitglied: true, admin: true }, muenchen: { fremd: true } };
const lesen = {
  gießen: { mitglied: true, admin: true, lotse: true, transferstelle: true },
  muenchen: { fremd: true, 'lotse-fremd': true, transferstelle: true },
};
const begleiten = { gießen: { lotse: true, transferstelle: true }, muenchen: { 'lotse-fremd': true, transferstelle: true } };
const NIL = '00000000-0000-4000-8000-000000000000';
const verwalten = { gießen: nurAdmin('admin'), muenchen: nurAdmin('fremd') };
const morgen = () => new Date(Date.now() + 7 * 86400_000).toISOString();
const rundeLesen = (pfad: string): Fall => ({
  route: `GET /api/erhebungen/:id${pfad}`,
  anfrage: (k, z) => ({ method: 'GET', url: `/api/erhebungen/${z.rundeFertig[k]}${pfad}` }),
  ...lesen,
});

export const FAELLE: Fall[] = [
  {
    route: 'POST /api/kommunen/:kommuneId/einladungen',
    anfrage: (k) => ({ method: 'POST', url: `/api/kommunen/${k}/einladungen`, body: { rolle: 'mitglied' } }),
    gießen: nurAdmin('admin'),
    muenchen: nurAdmin('fremd'),
  },
  {
    route: 'GET /api/kommunen/:kommuneId/mitglieder',
    anfrage: (k) => ({ method: 'GET', url: `/api/kommunen/${k}/mitglieder` }),
    gießen: nurAdmin('admin'),
    muenchen: nurAdmin('fremd'),
  },
  {
    route: 'GET /api/kommunen/:kommuneId/audit',
    anfrage: (k) => ({ method: 'GET', url: `/api/kommunen/${k}/audit` }),
    gießen: nurAdmin('admin'),
    muenchen: nurAdmin('fremd'),
  },
  {
    route: 'PATCH /api/kommunen/:kommuneId/mitglieder/:kontoId',
    // The Kommune's own admin sets their own role to admin again: a no-op that changes nothing.
    anfrage: (k) => ({ method: 'PATCH', url: `/api/kommunen/${k}/mitglieder/${env.kontoIds[k === KOMMUNE_A ? 'admin' : 'fremd']}`, body: { rolle: 'admin' } }),
    gießen: nurAdmin('admin'),
    muenchen: nurAdmin('fremd'),
  },
  {
    route: 'DELETE /api/kommunen/:kommuneId/mitglieder/:kontoId',
    // Not a member: whoever passes the access layer gets 404 from the handler, nobody is removed.
    anfrage: (k) => ({ method: 'DELETE', url: `/api/kommunen/${k}/mitglieder/${NIL}` }),
    gießen: nurAdmin('admin'),
    muenchen: nurAdmin('fremd'),
  },
  {
    route: 'POST /api/kommunen/:kommuneId/mitglieder/:kontoId/zweiter-faktor/zuruecksetzen',
    // No such account: whoever passes the access layer gets 404 from the handler, nothing is reset.
    anfrage: (k) => ({ method: 'POST', url: `/api/kommunen/${k}/mitglieder/${NIL}/zweiter-faktor/zuruecksetzen` }),
    gießen: nurAdmin('admin'),
    muenchen: nurAdmin('fremd'),
  },
  // DSGVO (betrieb/dsgvo): archive and deletion of a Kommune's data, only its own admins.
  { route: 'GET /api/kommunen/:kommuneId/datenexport', anfrage: (k) => ({ method: 'GET', url: `/api/kommunen/${k}/datenexport` }), ...verwalten },
  { route: 'GET /api/kommunen/:kommuneId/loeschung', anfrage: (k) => ({ method: 'GET', url: `/api/kommunen/${k}/loeschung` }), ...verwalten },
  {
    route: 'POST /api/kommunen/:kommuneId/loeschung',
    // A wrong confirmation: whoever passes the access layer gets 422, nothing is requested.
    anfrage: (k) => ({ method: 'POST', url: `/api/kommunen/${k}/loeschung`, body: { bestaetigung: 'falsch' } }),
    ...verwalten,
  },
  {
    route: 'DELETE /api/kommunen/:kommuneId/loeschung',
    // No open order: whoever passes the access layer gets 404 from the handler.
    anfrage: (k) => ({ method: 'DELETE', url: `/api/kommunen/${k}/loeschung` }),
    ...verwalten,
  },
  // Lösungen (Entwürfe gehören der Herkunftskommune)
  {
    route: 'GET /api/loesungen/eigene',
    anfrage: (k) => ({ method: 'GET', url: `/api/loesungen/eigene?kommuneId=${k}` }),
    ...schreiben,
  },
  {
    route: 'GET /api/loesungen/:id',
    // A draft: its Kommune and the Transferstelle; a published solution is public (tested in the module).
    anfrage: (k, z) => ({ method: 'GET', url: `/api/loesungen/${z.loesungEntwurf[k]}` }),
    gießen: { mitglied: true, admin: true, transferstelle: true },
    muenchen: { fremd: true, transferstelle: true },
  },
  {
    route: 'POST /api/loesungen',
    anfrage: (k) => ({ method: 'POST', url: '/api/loesungen', body: { kommuneId: k, titel: 'Matrix-Lösung', zusammenfassung: 'Kurz beschrieben.', problem: 'Ein Problem.' } }),
    ...schreiben,
  },
  {
    route: 'PATCH /api/loesungen/:id',
    anfrage: (k, z) => ({ method: 'PATCH', url: `/api/loesungen/${z.loesungEntwurf[k]}`, body: { zusammenfassung: 'Geändert in der Matrix.' } }),
    ...schreiben,
  },
  {
    route: 'POST /api/loesungen/:id/einreichen',
    anfrage: (k, z) => ({ method: 'POST', url: `/api/loesungen/${z.loesungEntwurf[k]}/einreichen` }),
    ...schreiben,
  },
  {
    route: 'DELETE /api/loesungen/:id/ueberarbeitung',
    // A draft has no revision: whoever passes the access layer gets 404 from the handler.
    anfrage: (k, z) => ({ method: 'DELETE', url: `/api/loesungen/${z.loesungEntwurf[k]}/ueberarbeitung` }),
    ...schreiben,
  },
  {
    route: 'POST /api/loesungen/:id/nutzungen',
    anfrage: (k, z) => ({ method: 'POST', url: `/api/loesungen/${z.loesungFremd}/nutzungen`, body: { kommuneId: k } }),
    ...schreiben,
  },
  // Bedarfe
  {
    route: 'POST /api/bedarfe',
    anfrage: (k) => ({ method: 'POST', url: '/api/bedarfe', body: { kommuneId: k, titel: 'Matrix-Bedarf', beschreibung: 'Ein Bedarf aus dem Test.', dringlichkeit: 'mittel' } }),
    ...schreiben,
  },
  {
    route: 'GET /api/bedarfe/:id',
    anfrage: (k, z) => ({ method: 'GET', url: `/api/bedarfe/${z.bedarf[k]}` }),
    ...lesen,
  },
  {
    route: 'POST /api/bedarfe/:id/status',
    // 'neu' → 'neu' is no valid transition: whoever passes the access layer gets 409.
    anfrage: (k, z) => ({ method: 'POST', url: `/api/bedarfe/${z.bedarf[k]}/status`, body: { status: 'neu', kommentar: '' } }),
    ...lesen,
  },
  {
    route: 'POST /api/bedarfe/:id/vorschlaege',
    anfrage: (k, z) => ({ method: 'POST', url: `/api/bedarfe/${z.bedarf[k]}/vorschlaege`, body: { loesungIds: [NIL], notiz: '' } }),
    ...begleiten,
  },
  // Matching: feedback on a suggestion for a need
  {
    route: 'POST /api/matching/feedback',
    anfrage: (k, z) => ({ method: 'POST', url: '/api/matching/feedback', body: { bedarfId: z.bedarf[k], loesungId: z.loesungFremd, hilfreich: true } }),
    ...begleiten,
  },
  // Erhebungen (Selbstchecks)
  {
    route: 'POST /api/kommunen/:kommuneId/erhebungen',
    anfrage: (k) => ({ method: 'POST', url: `/api/kommunen/${k}/erhebungen`, body: { fragebogenId: 'lernende-organisation' } }),
    ...schreiben,
  },
  {
    route: 'POST /api/kommunen/:kommuneId/erhebungen/team',
    anfrage: (k) => ({ method: 'POST', url: `/api/kommunen/${k}/erhebungen/team`, body: { fragebogenId: 'lernende-organisation', schliesstAm: morgen() } }),
    ...verwalten,
  },
  { route: 'GET /api/kommunen/:kommuneId/erhebungen', anfrage: (k) => ({ method: 'GET', url: `/api/kommunen/${k}/erhebungen` }), ...lesen },
  { route: 'GET /api/kommunen/:kommuneId/vorreiter', anfrage: (k) => ({ method: 'GET', url: `/api/kommunen/${k}/vorreiter` }), ...lesen },
  {
    route: 'PUT /api/kommunen/:kommuneId/vorreiter',
    anfrage: (k) => ({ method: 'PUT', url: `/api/kommunen/${k}/vorreiter`, body: { fragebogenId: 'lernende-organisation', dimensionen: [] } }),
    ...verwalten,
  },
  rundeLesen(''),
  rundeLesen('/ergebnis'),
  rundeLesen('/vergleich'),
  rundeLesen('/luecken'),
  rundeLesen('/bericht.pdf'),
  rundeLesen('/antworten.csv'),
  {
    route: 'PUT /api/erhebungen/:id/antworten',
    anfrage: (k, z) => ({ method: 'PUT', url: `/api/erhebungen/${z.rundeOffen[k]}/antworten`, body: { antworten: {} } }),
    ...schreiben,
  },
  {
    route: 'POST /api/erhebungen/:id/abschliessen',
    // An empty round cannot be submitted: whoever passes the access layer gets 422.
    anfrage: (k, z) => ({ method: 'POST', url: `/api/erhebungen/${z.rundeOffen[k]}/abschliessen` }),
    ...schreiben,
  },
  {
    route: 'POST /api/erhebungen/:id/team/neuer-link',
    anfrage: (k, z) => ({ method: 'POST', url: `/api/erhebungen/${z.rundeTeam[k]}/team/neuer-link` }),
    ...verwalten,
  },
  {
    route: 'POST /api/erhebungen/:id/team/beenden',
    anfrage: (k, z) => ({ method: 'POST', url: `/api/erhebungen/${z.rundeTeam[k]}/team/beenden` }),
    ...verwalten,
  },
  // Übernahmen (Issue 11): Projekte der übernehmenden Kommune; die Herkunft (Lindberg) liest mit (Modultest).
  {
    route: 'POST /api/uebernahmen',
    // The second call per Kommune answers 409 (a project already runs): nothing is written twice.
    anfrage: (k, z) => ({ method: 'POST', url: '/api/uebernahmen', body: { loesungId: z.loesungFremd, kommune: k } }),
    ...schreiben,
  },
  // Community je Lösung (Issue 11, Punkt 6): schreiben für die eigene Kommune; akzeptieren nur die fragende Kommune.
  {
    route: 'POST /api/loesungen/:id/fragen',
    anfrage: (k, z) => ({ method: 'POST', url: `/api/loesungen/${z.loesungFremd}/fragen`, body: { titel: 'Matrix-Frage zur Lösung', text: 'Wie ging es bei Ihnen?', kommune: k } }),
    ...schreiben,
  },
  {
    route: 'POST /api/fragen/:id/antworten',
    anfrage: (k) => ({ method: 'POST', url: `/api/fragen/${frageVon[k]}/antworten`, body: { text: 'Matrix-Antwort', kommune: k } }),
    ...schreiben,
  },
  {
    route: 'PUT /api/fragen/:id/akzeptiert',
    anfrage: (k) => ({ method: 'PUT', url: `/api/fragen/${frageVon[k]}/akzeptiert`, body: { antwortId: null } }),
    ...schreiben,
  },
  { route: 'GET /api/uebernahmen/:id', anfrage: (k) => ({ method: 'GET', url: `/api/uebernahmen/${uebernahmeVon[k]}` }), ...lesen },
  {
    route: 'PATCH /api/uebernahmen/:id',
    // Backwards: whoever passes the access layer gets 409, nothing changes.
    anfrage: (k) => ({ method: 'PATCH', url: `/api/uebernahmen/${uebernahmeVon[k]}`, body: { phase: 'verstehen' } }),
    ...schreiben,
  },
  {
    route: 'PATCH /api/uebernahmen/:id/checkliste/:punktId',
    anfrage: (k) => ({ method: 'PATCH', url: `/api/uebernahmen/${uebernahmeVon[k]}/checkliste/${NIL}`, body: { erledigt: true } }),
    ...schreiben,
  },
  {
    route: 'POST /api/uebernahmen/:id/checkliste',
    anfrage: (k) => ({ method: 'POST', url: `/api/uebernahmen/${uebernahmeVon[k]}/checkliste`, body: { phase: 'anpassen', text: 'Matrix-Punkt' } }),
    ...schreiben,
  },
  {
    route: 'DELETE /api/uebernahmen/:id/checkliste/:punktId',
    anfrage: (k) => ({ method: 'DELETE', url: `/api/uebernahmen/${uebernahmeVon[k]}/checkliste/${NIL}` }),
    ...schreiben,
  },
  {
    route: 'POST /api/uebernahmen/:id/meilensteine',
    anfrage: (k) => ({ method: 'POST', url: `/api/uebernahmen/${uebernahmeVon[k]}/meilensteine`, body: { phase: 'anpassen', titel: 'Matrix-Meilenstein' } }),
    ...schreiben,
  },
  {
    route: 'PATCH /api/uebernahmen/:id/meilensteine/:meilensteinId',
    anfrage: (k) => ({ method: 'PATCH', url: `/api/uebernahmen/${uebernahmeVon[k]}/meilensteine/${NIL}`, body: { erledigt: true } }),
    ...schreiben,
  },
  {
    route: 'POST /api/uebernahmen/:id/dokumente',
    anfrage: (k) => ({ method: 'POST', url: `/api/uebernahmen/${uebernahmeVon[k]}/dokumente`, body: { titel: 'Matrix-Dokument', url: 'https://example.org/m.pdf' } }),
    ...schreiben,
  },
  {
    route: 'POST /api/uebernahmen/:id/rueckmeldungen',
    // Not yet in operation: whoever passes the access layer gets 409, nothing is written.
    anfrage: (k) => ({ method: 'POST', url: `/api/uebernahmen/${uebernahmeVon[k]}/rueckmeldungen`, body: { anlass: 'golive', aufwandPersonentage: 3, kostenEuro: 0, wirkungsstufe: 2, oeffentlich: false } }),
    ...schreiben,
  },
  { route: 'GET /api/uebernahmen/:id/check', anfrage: (k) => ({ method: 'GET', url: `/api/uebernahmen/${uebernahmeVon[k]}/check` }), ...lesen },
  // Still running: whoever passes the access layer gets 409 (the report exists once the project is in operation or closed).
  { route: 'GET /api/uebernahmen/:id/bericht.pdf', anfrage: (k) => ({ method: 'GET', url: `/api/uebernahmen/${uebernahmeVon[k]}/bericht.pdf` }), ...lesen },
  {
    route: 'GET /api/uebernahmen/voraussetzungen/:loesungId',
    anfrage: (k, z) => ({ method: 'GET', url: `/api/uebernahmen/voraussetzungen/${z.loesungEntwurf[k]}` }),
    gießen: { mitglied: true, admin: true, transferstelle: true },
    muenchen: { fremd: true, transferstelle: true },
  },
  {
    route: 'PUT /api/uebernahmen/voraussetzungen/:loesungId',
    anfrage: (k, z) => ({ method: 'PUT', url: `/api/uebernahmen/voraussetzungen/${z.loesungEntwurf[k]}`, body: { bausteine: ['dms'] } }),
    ...schreiben,
  },
  {
    route: 'POST /api/uebernahmen/:id/rueckmeldungen/:rueckmeldungId/in-loesung',
    // Only the origin Kommune of the solution (here Lindberg, no test role): nobody of Gießen or München.
    anfrage: (k) => ({ method: 'POST', url: `/api/uebernahmen/${uebernahmeVon[k]}/rueckmeldungen/${NIL}/in-loesung`, body: { text: 'Eine Anpassung aus der Matrix.' } }),
    gießen: {},
    muenchen: {},
  },
  // Kohorten (Issue 11, Punkt 3): je Kommune eine Kohorte, in der nur sie Mitglied (eingeladen) ist.
  { route: 'GET /api/kohorten/:id', anfrage: (k) => ({ method: 'GET', url: `/api/kohorten/${kohorteVon[k]}` }), ...lesen },
  { route: 'GET /api/kohorten/:id/board.:format', anfrage: (k) => ({ method: 'GET', url: `/api/kohorten/${kohorteVon[k]}/board.csv` }), ...lesen },
  // Members of the Kommune and the Transferstelle; the Lotse reads only.
  {
    route: 'POST /api/kohorten/:id/beitraege',
    anfrage: (k) => ({ method: 'POST', url: `/api/kohorten/${kohorteVon[k]}/beitraege`, body: { text: 'Matrix-Beitrag' } }),
    gießen: { mitglied: true, admin: true, transferstelle: true },
    muenchen: { fremd: true, transferstelle: true },
  },
  {
    route: 'POST /api/kohorten/:id/dokumente',
    anfrage: (k) => ({ method: 'POST', url: `/api/kohorten/${kohorteVon[k]}/dokumente`, body: { titel: 'Matrix-Dokument', url: 'https://example.org/k.pdf' } }),
    gießen: { mitglied: true, admin: true, transferstelle: true },
    muenchen: { fremd: true, transferstelle: true },
  },
  // Verbund (Entscheidung 0140): Mitglieder des Trägers; unbekannte Lösung – wer durchkommt, bekommt 422, nichts geschrieben.
  {
    route: 'POST /api/kohorten/verbund',
    anfrage: (k) => ({ method: 'POST', url: '/api/kohorten/verbund', body: { loesungId: NIL, titel: 'Matrix-Verbund', gemeinden: [k], traeger: k } }),
    ...schreiben,
  },
  // Einladen in eine bestehende Kohorte: nur die Transferstelle (Kohorte ohne Träger); Gießen ist schon eingeladen → 409.
  {
    route: 'POST /api/kohorten/:id/einladungen',
    anfrage: (k) => ({ method: 'POST', url: `/api/kohorten/${kohorteVon[k]}/einladungen`, body: { kommunen: [k] } }),
    gießen: { transferstelle: true, 'plattform-admin': true },
    muenchen: { transferstelle: true, 'plattform-admin': true },
  },
  // Gemeinsame Meilensteine: wie Beiträge (Mitgliedskommunen und Transferstelle; Lotsen lesen nur).
  {
    route: 'POST /api/kohorten/:id/meilensteine',
    anfrage: (k) => ({ method: 'POST', url: `/api/kohorten/${kohorteVon[k]}/meilensteine`, body: { titel: 'Matrix-Meilenstein' } }),
    gießen: { mitglied: true, admin: true, transferstelle: true },
    muenchen: { fremd: true, transferstelle: true },
  },
  {
    route: 'PATCH /api/kohorten/:id/meilensteine/:meilensteinId',
    anfrage: (k) => ({ method: 'PATCH', url: `/api/kohorten/${kohorteVon[k]}/meilensteine/${NIL}`, body: { erledigt: true } }),
    gießen: { mitglied: true, admin: true, transferstelle: true },
    muenchen: { fremd: true, transferstelle: true },
  },
  // Declining: only the admin of the invited Kommune (the second call answers 409).
  { route: 'POST /api/kohorten/:id/antwort', anfrage: (k) => ({ method: 'POST', url: `/api/kohorten/${kohorteVon[k]}/antwort`, body: { annehmen: false } }), ...verwalten },
  {
    route: 'GET /api/uebernahmen/vorlagen/:loesungId',
    // Template of a draft: its Kommune and the Transferstelle (of a published solution: public, tested in the module).
    anfrage: (k, z) => ({ method: 'GET', url: `/api/uebernahmen/vorlagen/${z.loesungEntwurf[k]}` }),
    gießen: { mitglied: true, admin: true, transferstelle: true },
    muenchen: { fremd: true, transferstelle: true },
  },
  {
    route: 'PUT /api/uebernahmen/vorlagen/:loesungId',
    anfrage: (k, z) => ({ method: 'PUT', url: `/api/uebernahmen/vorlagen/${z.loesungEntwurf[k]}`, body: { verstehen: ['Matrix'], anpassen: [], uebernehmen: [], verstetigen: [] } }),
    ...schreiben,
  },
  // Kaizen, Ideen (Issue 13): nur Mitglieder der Kommune (Aktion kaizen.mitwirken) – keine Lotsen, keine Transferstelle.
  { route: 'POST /api/kaizen/ideen', anfrage: (k) => ({ method: 'POST', url: '/api/kaizen/ideen', body: { kommuneId: k, problem: 'Matrix-Problem', vorschlag: 'Matrix-Vorschlag' } }), ...schreiben },
  { route: 'GET /api/kaizen/ideen', anfrage: (k) => ({ method: 'GET', url: `/api/kaizen/ideen?kommuneId=${k}` }), ...schreiben },
  { route: 'GET /api/kaizen/ideen/:id', anfrage: (k) => ({ method: 'GET', url: `/api/kaizen/ideen/${ideeVon[k]}` }), ...schreiben },
  // Neu → Standard is no valid step: whoever passes the access layer gets 409, nothing changes.
  { route: 'POST /api/kaizen/ideen/:id/status', anfrage: (k) => ({ method: 'POST', url: `/api/kaizen/ideen/${ideeVon[k]}/status`, body: { status: 'standard' } }), ...schreiben },
  // Not a member: whoever passes the access layer gets 422, nothing changes.
  { route: 'PUT /api/kaizen/ideen/:id/verantwortung', anfrage: (k) => ({ method: 'PUT', url: `/api/kaizen/ideen/${ideeVon[k]}/verantwortung`, body: { kontoId: NIL } }), ...schreiben },
  { route: 'GET /api/kaizen/engpaesse', anfrage: (k) => ({ method: 'GET', url: `/api/kaizen/engpaesse?kommuneId=${k}` }), ...schreiben },
  { route: 'GET /api/kaizen/kommunen/:kommuneId/einheiten', anfrage: (k) => ({ method: 'GET', url: `/api/kaizen/kommunen/${k}/einheiten` }), ...schreiben },
  { route: 'POST /api/kaizen/kommunen/:kommuneId/einheiten', anfrage: (k) => ({ method: 'POST', url: `/api/kaizen/kommunen/${k}/einheiten`, body: { name: 'Matrix-Team' } }), ...verwalten },
  { route: 'GET /api/kaizen/kommunen/:kommuneId/einstellungen', anfrage: (k) => ({ method: 'GET', url: `/api/kaizen/kommunen/${k}/einstellungen` }), ...schreiben },
  { route: 'PUT /api/kaizen/kommunen/:kommuneId/einstellungen', anfrage: (k) => ({ method: 'PUT', url: `/api/kaizen/kommunen/${k}/einstellungen`, body: { namenAus: false } }), ...verwalten },
  // Kaizen, Experimente: nur Mitglieder der Kommune.
  { route: 'POST /api/kaizen/experimente', anfrage: (k) => ({ method: 'POST', url: '/api/kaizen/experimente', body: { kommuneId: k, titel: 'Matrix', hypothese: 'Matrix-Hypothese', messgroesse: 'anzahl' } }), ...schreiben },
  { route: 'GET /api/kaizen/experimente', anfrage: (k) => ({ method: 'GET', url: `/api/kaizen/experimente?kommuneId=${k}` }), ...schreiben },
  { route: 'GET /api/kaizen/experimente/:id', anfrage: (k) => ({ method: 'GET', url: `/api/kaizen/experimente/${experimentVon[k]}` }), ...schreiben },
  // End before start: whoever passes the access layer gets 422, nothing is written.
  { route: 'POST /api/kaizen/experimente/:id/stichprobe', anfrage: (k) => ({ method: 'POST', url: `/api/kaizen/experimente/${experimentVon[k]}/stichprobe`, body: { phase: 'vorher', faelle: [{ beginn: '2026-01-05T10:00:00Z', ende: '2026-01-05T09:00:00Z' }] } }), ...schreiben },
  // Without „Was haben wir gelernt?“: whoever passes the access layer gets 422, nothing changes.
  { route: 'POST /api/kaizen/experimente/:id/abschluss', anfrage: (k) => ({ method: 'POST', url: `/api/kaizen/experimente/${experimentVon[k]}/abschluss`, body: { entscheidung: 'beenden' } }), ...schreiben },
  { route: 'GET /api/kaizen/experimente/:id/a3.pdf', anfrage: (k) => ({ method: 'GET', url: `/api/kaizen/experimente/${experimentVon[k]}/a3.pdf` }), ...schreiben },
  // Verbesserungen reisen (Issue 13): das Matrix-Experiment ist nicht entschieden → 409 für wer durchkommt.
  { route: 'POST /api/kaizen/experimente/:id/transfer', anfrage: (k) => ({ method: 'POST', url: `/api/kaizen/experimente/${experimentVon[k]}/transfer` }), ...schreiben },
  { route: 'GET /api/kaizen/experimente/:id/anerkennung', anfrage: (k) => ({ method: 'GET', url: `/api/kaizen/experimente/${experimentVon[k]}/anerkennung` }), ...schreiben },
  // „Bei uns testen“ für die genannte Kommune; der Eintrag existiert nicht → 404 aus dem Handler für wer durchkommt.
  { route: 'POST /api/kaizen/lernlog/:id/testen', anfrage: (k) => ({ method: 'POST', url: `/api/kaizen/lernlog/${NIL}/testen`, body: { kommuneId: k } }), ...schreiben },
  // „Bei uns testen“ auf der Lösungsseite; die Lösung von Lindberg beruht auf keinem Experiment (wer durchkommt, bekommt 409).
  { route: 'POST /api/kaizen/loesungen/:id/testen', anfrage: (k, z) => ({ method: 'POST', url: `/api/kaizen/loesungen/${z.loesungFremd}/testen`, body: { kommuneId: k } }), ...schreiben },
  // Wirkung und Beteiligung je Jahr (Issue 13): nur Mitglieder der Kommune, nie je Person.
  { route: 'GET /api/kaizen/wirkung', anfrage: (k) => ({ method: 'GET', url: `/api/kaizen/wirkung?kommuneId=${k}&jahr=2026` }), ...schreiben },
  // Lernlog (Issue 13): Eintragen nur Mitglieder der Kommune; aus einem noch offenen Experiment gibt es 409.
  { route: 'POST /api/kaizen/lernlog', anfrage: (k) => ({ method: 'POST', url: '/api/kaizen/lernlog', body: { kommuneId: k, titel: 'Matrix', versucht: 'Matrix', passiert: 'Matrix', gelernt: 'Matrix', ausgang: 'teilweise', sichtbarkeit: 'kommune' } }), ...schreiben },
  { route: 'POST /api/kaizen/experimente/:id/lernlog', anfrage: (k) => ({ method: 'POST', url: `/api/kaizen/experimente/${experimentVon[k]}/lernlog`, body: { sichtbarkeit: 'alle' } }), ...schreiben },
  // Kaizen, Prozesse und Ereignisprotokolle: anlegen und einlesen die Mitglieder, lesen auch Lotse und Transferstelle.
  { route: 'POST /api/kaizen/prozesse', anfrage: (k) => ({ method: 'POST', url: '/api/kaizen/prozesse', body: { name: 'Matrix-Prozess', kommune: k } }), ...schreiben },
  { route: 'GET /api/kaizen/prozesse/:id', anfrage: (k) => ({ method: 'GET', url: `/api/kaizen/prozesse/${prozessVon[k]}` }), ...lesen },
  // Without a file: whoever passes the access layer gets 422, nothing is imported.
  { route: 'POST /api/kaizen/prozesse/:id/ereignisse', anfrage: (k) => ({ method: 'POST', url: `/api/kaizen/prozesse/${prozessVon[k]}/ereignisse` }), ...schreiben },
  { route: 'GET /api/kaizen/prozesse/:id/kennzahlen', anfrage: (k) => ({ method: 'GET', url: `/api/kaizen/prozesse/${prozessVon[k]}/kennzahlen?stichtag=2026-03-01` }), ...lesen },
  // Wirkung (Issue 12: Ziele, Messung, Dialog, Überprüfung, Priorisierung): Fälle in src/modules/wirkung/wirkung.matrix.ts
  ...wirkungFaelle({ lesen, schreiben, verwalten }),
];

/** One process (kaizen) per Kommune, seeded after the rows above. */
const prozessVon: Record<string, string> = {};

/** One idea per Kommune (kaizen), its owner the member (Gießen) / the admin (München). */
const ideeVon: Record<string, string> = {};
const experimentVon: Record<string, string> = {};

/** One transfer project per Kommune (of the published solution of Lindberg), seeded after the rows above. */
const uebernahmeVon: Record<string, string> = {};

let env: TestUmgebung;
const zeilen: Zeilen = { loesungEntwurf: {}, bedarf: {}, loesungFremd: '', rundeOffen: {}, rundeFertig: {}, rundeTeam: {} };
beforeAll(async () => {
  env = await createTestApp({ seed: (db) => ladeFrageboegenInDb(db).then(() => undefined) });
  const fb = ladeFragebogen('lernende-organisation', 1);
  for (const k of [KOMMUNE_A, KOMMUNE_B]) {
    zeilen.rundeOffen[k] = (await rundeAnlegen(env.db, env.kontoIds.admin, k, { fragebogenId: fb.id, modus: 'einzeln' })).id;
    zeilen.rundeTeam[k] = (await rundeAnlegen(env.db, env.kontoIds.admin, k, { fragebogenId: fb.id, modus: 'team', schliesstAm: morgen() })).id;
    zeilen.rundeFertig[k] = await env.db.k.transaction().execute((tx) => legeAbgeschlosseneRundeAn(tx, fb, k, erzeugeAntworten(fb, 0.5, zufall(7)), new Date()));
  }
  for (const k of [KOMMUNE_A, KOMMUNE_B]) {
    const l = await env.db.k
      .insertInto('loesung')
      .values({ kommune_id: k, titel: `Entwurf ${k}`, zusammenfassung: 'Entwurf', problem: 'Problem', status: 'entwurf' })
      .returning('id')
      .executeTakeFirstOrThrow();
    zeilen.loesungEntwurf[k] = l.id;
    const b = await env.db.k
      .insertInto('bedarf')
      .values({ kommune_id: k, titel: `Bedarf ${k}`, beschreibung: 'Beschreibung', dringlichkeit: 'mittel', status: 'neu' })
      .returning('id')
      .executeTakeFirstOrThrow();
    zeilen.bedarf[k] = b.id;
  }
  const f = await env.db.k
    .insertInto('loesung')
    .values({ kommune_id: '092760130130', titel: 'Veröffentlicht', zusammenfassung: 'x', problem: 'y', status: 'veroeffentlicht' })
    .returning('id')
    .executeTakeFirstOrThrow();
  zeilen.loesungFremd = f.id;
});
/** One community question per Kommune (asked by it) on the published solution of Lindberg. */
const frageVon: Record<string, string> = {};
beforeAll(async () => {
  for (const k of [KOMMUNE_A, KOMMUNE_B]) {
    const f = await env.db.k.insertInto('community_frage').values({ loesung_id: zeilen.loesungFremd, kommune_id: k, titel: 'Frage der Matrix', text: 'Text' }).returning('id').executeTakeFirstOrThrow();
    frageVon[k] = f.id;
  }
});
beforeAll(async () => {
  for (const k of [KOMMUNE_A, KOMMUNE_B]) {
    const u = await env.db.k
      .insertInto('uebernahme')
      .values({ kommune_id: k, loesung_id: zeilen.loesungFremd, loesung_version: 1, herkunft_kommune_id: '092760130130' })
      .returning('id')
      .executeTakeFirstOrThrow();
    uebernahmeVon[k] = u.id;
  }
});
beforeAll(async () => {
  for (const k of [KOMMUNE_A, KOMMUNE_B]) {
    const i = await env.db.k
      .insertInto('kaizen_idee')
      .values({ kommune_id: k, problem: `Idee ${k}`, vorschlag: 'Matrix', entscheiden_bis: '2099-01-01', verantwortlich_id: env.kontoIds[k === KOMMUNE_A ? 'mitglied' : 'fremd'] })
      .returning('id')
      .executeTakeFirstOrThrow();
    ideeVon[k] = i.id;
    const x = await env.db.k.insertInto('kaizen_experiment').values({ kommune_id: k, titel: `Experiment ${k}`, hypothese: 'Matrix', messgroesse: 'anzahl' }).returning('id').executeTakeFirstOrThrow();
    experimentVon[k] = x.id;
  }
});
beforeAll(async () => {
  for (const k of [KOMMUNE_A, KOMMUNE_B]) {
    prozessVon[k] = (await env.db.k.insertInto('kaizen_prozess').values({ kommune_id: k, name: `Matrix ${k}` }).returning('id').executeTakeFirstOrThrow()).id;
  }
});
const kohorteVon: Record<string, string> = {};
beforeAll(async () => {
  for (const k of [KOMMUNE_A, KOMMUNE_B]) {
    const c = await env.db.k.insertInto('kohorte').values({ loesung_id: zeilen.loesungFremd, titel: `Kohorte ${k}`, transferplan_bis: '2099-03-01', review_am: '2099-12-01' }).returning('id').executeTakeFirstOrThrow();
    await env.db.k.insertInto('kohorte_mitglied').values({ kohorte_id: c.id, kommune_id: k }).execute();
    kohorteVon[k] = c.id;
  }
});
beforeAll(async () => seedWirkung(env.db, [KOMMUNE_A, KOMMUNE_B]));
afterAll(async () => env?.close());

describe('Berechtigungsmatrix', () => {
  it('deckt jede Route mit Kommune-bezogener Zugriffsregel ab', () => {
    const gebunden = [...env.app.apiZugriff.entries()]
      .filter(([, z]) => typeof z === 'object' && z !== null && 'kommune' in z)
      .map(([r]) => r);
    const abgedeckt = new Set(FAELLE.map((f) => f.route));
    expect(gebunden.filter((r) => !abgedeckt.has(r))).toEqual([]);
  });

  for (const fall of FAELLE) {
    for (const [kommune, erlaubt, name] of [[KOMMUNE_A, fall.gießen, 'eigene/Gießen'], [KOMMUNE_B, fall.muenchen, 'andere/München']] as const) {
      for (const rolle of ROLLEN) {
        const soll = !!erlaubt[rolle];
        it(`${fall.route} · ${rolle} · ${name} → ${soll ? 'erlaubt' : 'verweigert'}`, async () => {
          const c = await env.als(rolle);
          const a = fall.anfrage(kommune, zeilen);
          const r = a.method === 'GET' ? await c.get(a.url) : await c[a.method === 'POST' ? 'post' : a.method === 'PUT' ? 'put' : a.method === 'PATCH' ? 'patch' : 'delete'](a.url, a.body);
          if (soll) {
            expect([401, 403], `${r.status} ${r.body}`).not.toContain(r.status);
            expect(r.status, r.body).toBeLessThan(500);
          } else {
            expect([401, 403, 404], `${r.status} ${r.body}`).toContain(r.status);
            // Nothing of the other Kommune leaks into the error.
            expect(r.body).not.toMatch(/München|Gießen/);
          }
        });
      }
    }
  }
});

describe('Listen verraten nichts über andere Kommunen', () => {
  // Which of the two seeded Kommunen each role may see in lists (policy.ts, `sichtbar`).
  const sichtbarFuer: Record<TestRolle, string[]> = {
    anonym: [],
    mitglied: [KOMMUNE_A],
    admin: [KOMMUNE_A],
    fremd: [KOMMUNE_B],
    lotse: [KOMMUNE_A],
    'lotse-fremd': [KOMMUNE_B],
    transferstelle: [KOMMUNE_A, KOMMUNE_B],
    'plattform-admin': [],
  };
  for (const rolle of ROLLEN) {
    it(`GET /api/bedarfe · ${rolle}: nur ${sichtbarFuer[rolle].join(', ') || 'nichts'}`, async () => {
      const c = await env.als(rolle);
      const r = await c.get('/api/bedarfe?limit=200');
      if (rolle === 'anonym') {
        expect(r.status).toBe(401);
        return;
      }
      expect(r.status).toBe(200);
      const { items, total } = r.json() as { items: { kommuneId: string }[]; total: number };
      const gesehen = new Set(items.map((i) => i.kommuneId));
      for (const k of [KOMMUNE_A, KOMMUNE_B]) expect(gesehen.has(k), k).toBe(sichtbarFuer[rolle].includes(k));
      // The total counts exactly the visible rows, never the others.
      const n = await env.db.k
        .selectFrom('bedarf')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('kommune_id', 'in', sichtbarFuer[rolle].length ? sichtbarFuer[rolle] : ['-'])
        .executeTakeFirstOrThrow();
      expect(total).toBe(Number(n.n));
    });
  }
});

describe('Prüfung und Redaktion des Katalogs: nur die Transferstelle (Entscheidungen 0004, 0021, 0022)', () => {
  // The platform admin reads no unpublished content of a Kommune and takes no editorial decision.
  const redaktion: { route: string; anfrage: (z: Zeilen) => { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; body?: unknown } }[] = [
    { route: 'GET /api/loesungen/pruefung', anfrage: () => ({ method: 'GET', url: '/api/loesungen/pruefung' }) },
    // A rejection without a reason: whoever passes the access layer gets 422, nothing changes.
    { route: 'POST /api/loesungen/:id/pruefung', anfrage: (z) => ({ method: 'POST', url: `/api/loesungen/${z.loesungEntwurf[KOMMUNE_A]}/pruefung`, body: { entscheidung: 'zurueckweisen' } }) },
    // Unknown solution: whoever passes the access layer gets 404 (nothing is archived).
    { route: 'POST /api/loesungen/:id/archivieren', anfrage: () => ({ method: 'POST', url: `/api/loesungen/${NIL}/archivieren`, body: { kommentar: 'Matrix-Test' } }) },
    { route: 'PUT /api/loesungen/:id/siegel', anfrage: () => ({ method: 'PUT', url: `/api/loesungen/${NIL}/siegel`, body: { kriterien: [{ kriterium: 'innovativ', erfuellt: true, begruendung: 'Matrix' }] } }) },
    { route: 'DELETE /api/loesungen/:id/siegel', anfrage: () => ({ method: 'DELETE', url: `/api/loesungen/${NIL}/siegel` }) },
  ];
  for (const fall of redaktion) {
    for (const rolle of ROLLEN) {
      const soll = rolle === 'transferstelle';
      it(`${fall.route} · ${rolle} → ${soll ? 'erlaubt' : 'verweigert'}`, async () => {
        const c = await env.als(rolle);
        const a = fall.anfrage(zeilen);
        const r = a.method === 'GET' ? await c.get(a.url) : await c[a.method === 'POST' ? 'post' : a.method === 'PUT' ? 'put' : 'delete'](a.url, a.body);
        if (soll) {
          expect([401, 403], `${r.status} ${r.body}`).not.toContain(r.status);
          expect(r.status, r.body).toBeLessThan(500);
        } else {
          expect([401, 403], `${r.status} ${r.body}`).toContain(r.status);
          // Nothing of a draft leaks into the error.
          expect(r.body).not.toMatch(/Entwurf \d{12}/);
        }
      });
    }
  }
});

describe('Rückmeldung zum Matching ohne Bedarf', () => {
  const erlaubt: Record<TestRolle, boolean> = {
    anonym: false, mitglied: false, admin: false, fremd: false, lotse: true, 'lotse-fremd': true, transferstelle: true, 'plattform-admin': false,
  };
  for (const rolle of ROLLEN) {
    it(`${rolle} → ${erlaubt[rolle] ? 'erlaubt' : 'verweigert'}`, async () => {
      const c = await env.als(rolle);
      const r = await c.post('/api/matching/feedback', { loesungId: zeilen.loesungFremd, hilfreich: false, text: 'passt nicht' });
      if (erlaubt[rolle]) expect(r.status, r.body).toBe(201);
      else expect([401, 403], r.body).toContain(r.status);
    });
  }
  it('ein unbekannter Bedarf sieht aus wie ein fremder', async () => {
    const c = await env.als('lotse');
    const unbekannt = await c.post('/api/matching/feedback', { bedarfId: NIL, loesungId: zeilen.loesungFremd, hilfreich: true });
    const fremd = await c.post('/api/matching/feedback', { bedarfId: zeilen.bedarf[KOMMUNE_B], loesungId: zeilen.loesungFremd, hilfreich: true });
    expect(unbekannt.status).toBe(404);
    expect(fremd.json()).toEqual(unbekannt.json());
  });
});

describe('Anmeldung über das Konto der Verwaltung (OIDC): Einrichtung nur durch die Plattform-Administration', () => {
  const faelle: { route: string; method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; body?: unknown }[] = [
    { route: 'GET /api/admin/sso', method: 'GET', url: '/api/admin/sso' },
    // Issuer über http außerhalb von Loopback: wer durch die Zugriffsschicht kommt, bekommt 422, nichts wird angelegt.
    {
      route: 'POST /api/admin/sso', method: 'POST', url: '/api/admin/sso',
      body: { name: 'Matrix', kommuneId: KOMMUNE_A, issuer: 'http://idp.example/', clientId: 'c', clientSecret: 's', rollenZuordnung: {}, emailDomains: ['matrix.test'] },
    },
    // Unbekannter Anbieter: wer durchkommt, bekommt 404.
    { route: 'DELETE /api/admin/sso/:id', method: 'DELETE', url: `/api/admin/sso/${NIL}` },
    // Ändern eines unbekannten Anbieters: wer durchkommt, bekommt 404, nichts wird geschrieben.
    { route: 'PATCH /api/admin/sso/:id', method: 'PATCH', url: `/api/admin/sso/${NIL}`, body: { name: 'Matrix', clientSecret: 'neu' } },
  ];
  for (const fall of faelle) {
    for (const rolle of ROLLEN) {
      const soll = rolle === 'plattform-admin';
      it(`${fall.route} · ${rolle} → ${soll ? 'erlaubt' : 'verweigert'}`, async () => {
        const c = await env.als(rolle);
        const r = fall.method === 'GET' ? await c.get(fall.url) : fall.method === 'POST' ? await c.post(fall.url, fall.body)
          : fall.method === 'PATCH' ? await c.patch(fall.url, fall.body) : await c.delete(fall.url);
        if (soll) {
          expect([401, 403], `${r.status} ${r.body}`).not.toContain(r.status);
          expect(r.status, r.body).toBeLessThan(500);
        } else expect([401, 403], `${r.status} ${r.body}`).toContain(r.status);
      });
    }
  }
  // Öffentlich (Anmeldeseite): für jede Rolle erreichbar, eine fremde Domain ergibt 404 sso.kein_anbieter.
  for (const rolle of ROLLEN) {
    it(`GET /api/auth/sso, POST /api/auth/sso/start, POST /api/auth/sso/abschluss · ${rolle} → erreichbar`, async () => {
      const c = await env.als(rolle);
      expect((await c.get('/api/auth/sso')).status).toBe(200);
      expect((await c.post('/api/auth/sso/start', { email: 'niemand@matrix.test' })).json().error.code).toBe('sso.kein_anbieter');
      expect((await c.post('/api/auth/sso/abschluss', { antwort: 'code=x&state=y' })).json().error.code).toBe('sso.state_ungueltig');
    });
  }
});
