/**
 * Abläufe der Bedarfe: Transaktionen, Prüfung gegen den Statusfluss (bedarfe.rules.ts), Audit-Einträge und der
 * Aufruf des Matchings für den Eingang der Lotsen. Jede Änderung läuft in einer Transaktion zusammen mit
 * `protokolliere()`.
 */
import type { Db, Tx } from '../../core/db/db.ts';
import { protokolliere } from '../../core/audit.ts';
import type { Konto } from '../../core/authz/policy.ts';
import { findeLoesungen, lerneAusEntscheidung, lernKontext } from '../matching/index.ts';
import { bedarfFehler } from './bedarfe.errors.ts';
import * as repo from './bedarfe.repository.ts';
import { ZU_BEARBEITEN, OFFENE_STATUS, beteiligungen, darfVorschlagen, erlaubteZiele, pruefeUebergang, type BedarfStatus } from './bedarfe.rules.ts';
import type { BedarfAnlegen, BedarfDetail, BedarfKurz, BedarfListeQuery, EingangQuery, MatchTreffer } from './bedarfe.schemas.ts';
import type { BedarfQuelle, Dringlichkeit } from './bedarfe.table.ts';

export const kommuneVonBedarf = repo.kommuneVonBedarf;

export async function liste(db: Db, konto: Konto, q: BedarfListeQuery): Promise<{ items: BedarfKurz[]; total: number }> {
  return repo.suche(db, konto, { kommuneId: q.kommuneId, status: q.status ? [q.status] : undefined, handlungsfeld: q.handlungsfeld, aelterAlsTage: q.aelterAlsTage }, {
    reihenfolge: 'neueste',
    limit: q.limit,
    offset: q.offset,
  });
}

export async function detail(db: Db, konto: Konto, id: string): Promise<BedarfDetail> {
  const b = await repo.detailZeile(db, konto, id);
  if (!b) throw bedarfFehler.nichtGefunden();
  const [historie, vorschlaege] = await Promise.all([repo.historie(db, id, b.kommuneId), repo.vorschlaege(db, id, b.kommuneId)]);
  const wer = beteiligungen(konto, b.kommuneId);
  return {
    ...b,
    historie,
    vorschlaege,
    moeglich: {
      statusZiele: erlaubteZiele(b.status, wer, { vorschlaege: vorschlaege.length }),
      vorschlagen: darfVorschlagen(b.status, wer),
      begleiten: wer.includes('begleitung'),
    },
  };
}

// ---- Eingang der Lotsen --------------------------------------------------------------------------

/** Text für das Matching: Titel und Beschreibung, gekürzt auf die Länge, die POST /api/matching annimmt. */
export const matchText = (b: { titel: string; beschreibung: string }) => `${b.titel}\n${b.beschreibung}`.slice(0, 2000);

export async function eingang(db: Db, konto: Konto, q: EingangQuery) {
  const status: readonly BedarfStatus[] | undefined =
    q.status === 'alle' ? undefined : q.status === 'offen' ? OFFENE_STATUS : q.status ? [q.status] : ZU_BEARBEITEN;
  const { items, total } = await repo.suche(db, konto, { status, handlungsfeld: q.handlungsfeld, aelterAlsTage: q.aelterAlsTage }, { reihenfolge: 'aelteste', limit: q.limit, offset: q.offset });
  let matcherVerfuegbar = true;
  const vorschlaegeFuer = async (b: BedarfKurz): Promise<MatchTreffer[]> => {
    try {
      return (await findeLoesungen(db, { text: matchText(b), handlungsfeld: b.handlungsfeld, kommune: b.kommuneId, limit: 3 })).slice(0, 3);
    } catch {
      matcherVerfuegbar = false; // Der Eingang bleibt nutzbar, auch wenn das Matching ausfällt; die Seite sagt es.
      return [];
    }
  };
  // Die erste Abfrage allein (sie bringt ggf. den Suchindex auf Stand), die übrigen gleichzeitig
  // (auf PostgreSQL parallel über den Pool; PGlite arbeitet sie nacheinander ab).
  const erste = items.length ? [await vorschlaegeFuer(items[0])] : [];
  const rest = await Promise.all(items.slice(1).map(vorschlaegeFuer));
  const mit = items.map((b, i) => ({ ...b, vorschlaegeMatcher: i === 0 ? erste[0] : rest[i - 1] }));
  return { items: mit, total, matcherVerfuegbar };
}

// ---- Schreiben -----------------------------------------------------------------------------------

export interface NeuerBedarf extends Omit<BedarfAnlegen, 'quelle'> {
  quelle?: BedarfQuelle;
}

/** Legt einen Bedarf an (Status `neu`) mit erstem Verlaufseintrag und Audit-Eintrag. Auch für andere Module (z. B. Erhebungen). */
export async function erstelle(db: Db, kontoId: string | null, input: NeuerBedarf, tx?: Tx): Promise<string> {
  const arbeit = async (t: Tx) => {
    const id = await repo.fuegeBedarfEin(t, kontoId, {
      kommuneId: input.kommuneId,
      titel: input.titel,
      beschreibung: input.beschreibung,
      handlungsfeld: input.handlungsfeld ?? null,
      dringlichkeit: input.dringlichkeit as Dringlichkeit,
      quelle: input.quelle ?? null,
      quelleRef: input.quelleRef ?? null,
      suchbegriffe: input.suchbegriffe ?? null,
    });
    await protokolliere(t, {
      kommuneId: input.kommuneId,
      kontoId,
      aktion: 'bedarf.erstellt',
      objektTyp: 'bedarf',
      objektId: id,
      details: { titel: input.titel, dringlichkeit: input.dringlichkeit, handlungsfeld: input.handlungsfeld ?? null, quelle: input.quelle ?? null },
    });
    return id;
  };
  return tx ? arbeit(tx) : db.k.transaction().execute(arbeit);
}

async function gesperrt(tx: Tx, id: string) {
  const b = await repo.sperreBedarf(tx, id);
  if (!b) throw bedarfFehler.nichtGefunden();
  return b;
}

/** Schreibt einen (bereits geprüften) Statuswechsel mit Verlauf und Audit-Eintrag. */
export async function setzeStatus(tx: Tx, b: { id: string; kommune_id: string; status: BedarfStatus }, nach: BedarfStatus, kommentar: string, kontoId: string | null) {
  await repo.schreibeStatus(tx, b, nach, kommentar, kontoId);
  await protokolliere(tx, { kommuneId: b.kommune_id, kontoId, aktion: 'bedarf.status_geaendert', objektTyp: 'bedarf', objektId: b.id, details: { von: b.status, nach, kommentar } });
}

/** Statuswechsel: der Übergang wird gegen die Regeln (bedarfe.rules.ts) und die Beteiligung des Kontos geprüft. */
export async function aendereStatus(db: Db, konto: Konto, id: string, nach: BedarfStatus, kommentar: string): Promise<void> {
  // vocabulary of the matcher for the learning signal, read before the transaction (docs/decisions/0139)
  const lernt = nach === 'in_umsetzung' || nach === 'keine_passende_loesung';
  const lk = lernt ? await lernKontext(db) : undefined;
  await db.k.transaction().execute(async (tx) => {
    const b = await gesperrt(tx, id);
    const wer = beteiligungen(konto, b.kommune_id);
    const vorschlaege = await repo.zaehleVorschlaege(tx, id);
    const p = pruefeUebergang(b.status, nach, wer, { vorschlaege, kommentar });
    if (!p.ok) throw bedarfFehler.uebergang(p, b.status, nach, erlaubteZiele(b.status, wer, { vorschlaege }).map((z) => z.status));
    await setzeStatus(tx, b, nach, kommentar, konto.id);
    // The Kommune took up a proposal, or no proposal fitted: the matcher learns from it (docs/decisions/0124).
    if (vorschlaege && lk) {
      const { text, loesungIds } = await repo.textUndVorschlaege(tx, id);
      await lerneAusEntscheidung(tx, { quelle: nach === 'in_umsetzung' ? 'vorschlag_angenommen' : 'keine_passende_loesung', text, loesungIds, kommuneId: b.kommune_id, bedarfId: id, kontoId: konto.id, kontext: lk });
    }
  });
}

/**
 * Lotse oder Transferstelle schlagen veröffentlichte Lösungen vor. Derselbe Vorschlag zweimal ändert nur die Notiz.
 * Der Status wird `loesungen_vorgeschlagen`, wenn er es nicht schon ist.
 */
export async function schlageVor(db: Db, konto: Konto, id: string, loesungIds: string[], notiz: string): Promise<{ neu: number; status: BedarfStatus }> {
  const ids = [...new Set(loesungIds)];
  return db.k.transaction().execute(async (tx) => {
    const b = await gesperrt(tx, id);
    const wer = beteiligungen(konto, b.kommune_id);
    if (!darfVorschlagen(b.status, wer)) throw bedarfFehler.vorschlagNichtMoeglich(b.status);
    const bekannt = await repo.veroeffentlichteLoesungen(tx, ids);
    const fehlend = ids.filter((x) => !bekannt.has(x));
    if (fehlend.length) throw bedarfFehler.loesungUnbekannt(fehlend);
    const schonDa = await repo.vorgeschlageneLoesungen(tx, id);
    await repo.speichereVorschlaege(tx, b, ids, notiz, konto.id);
    await protokolliere(tx, {
      kommuneId: b.kommune_id,
      kontoId: konto.id,
      aktion: 'bedarf.loesungen_vorgeschlagen',
      objektTyp: 'bedarf',
      objektId: id,
      details: { loesungIds: ids, notiz },
    });
    let status = b.status;
    if (b.status !== 'loesungen_vorgeschlagen') {
      const p = pruefeUebergang(b.status, 'loesungen_vorgeschlagen', wer, { vorschlaege: schonDa.size + ids.length, kommentar: notiz });
      if (!p.ok) throw bedarfFehler.uebergang(p, b.status, 'loesungen_vorgeschlagen', []);
      await setzeStatus(tx, b, 'loesungen_vorgeschlagen', notiz, konto.id);
      status = 'loesungen_vorgeschlagen';
    }
    return { neu: ids.filter((x) => !schonDa.has(x)).length, status };
  });
}
