/**
 * Demo-Inhalte der Ideen (nur mit Demo, idempotent): drei Teams der Stadt Gießen und eine Handvoll Ideen
 * in allen Spalten des Boards – auch eine anonyme, eine verworfene mit Begründung und zwei, die im
 * Engpass hängen. Wenige Anweisungen für alle Zeilen, damit der Start schnell bleibt.
 */
import type { Db } from '../../../core/db/db.ts';
import type { StartOptionen } from '../../../core/modul.ts';
import { fristAb, type IdeeStatus } from './ideen.rules.ts';

const GIESSEN = '065310005005';
const ADMIN = 'admin@giessen.example';
const MITARBEIT = 'mitarbeit@giessen.example';

const TEAMS = [
  { name: 'Bürgerbüro', beschaeftigte: 14 },
  { name: 'Standesamt', beschaeftigte: 6 },
  { name: 'Ordnungsamt, Außendienst', beschaeftigte: 4 },
];

interface DemoIdee {
  team: string;
  problem: string;
  vorschlag: string;
  prozess: string;
  nutzen: string;
  /** null = anonym eingereicht */
  von: string | null;
  verantwortlich: string | null;
  status: IdeeStatus;
  grund?: string;
  alterTage: number;
  /** Tage seit dem letzten Statuswechsel */
  ruheTage: number;
}

const IDEEN: DemoIdee[] = [
  {
    team: 'Bürgerbüro',
    problem: 'Bei der Ummeldung fehlt oft die Wohnungsgeberbestätigung, die Leute müssen ein zweites Mal kommen.',
    vorschlag: 'In der Terminbestätigung per Mail ausdrücklich auf die Wohnungsgeberbestätigung hinweisen und das Formular verlinken.',
    prozess: 'Anmeldung einer Wohnung',
    nutzen: 'Weniger zweite Termine, kürzere Wartezeit für alle',
    von: MITARBEIT, verantwortlich: ADMIN, status: 'standard', alterTage: 70, ruheTage: 10,
  },
  {
    team: 'Bürgerbüro',
    problem: 'Am Montagvormittag staut es sich am Empfang, weil Abholungen und Termine durcheinanderlaufen.',
    vorschlag: 'Eigenen Schalter nur für die Abholung von Ausweisen, montags von 8 bis 12 Uhr.',
    prozess: 'Ausgabe von Personalausweisen',
    nutzen: 'Abholungen dauern zwei Minuten statt einer halben Stunde Wartezeit',
    von: MITARBEIT, verantwortlich: ADMIN, status: 'im_test', alterTage: 30, ruheTage: 12,
  },
  {
    team: 'Bürgerbüro',
    problem: 'Wir drucken jede Meldebescheinigung aus, scannen sie ein und legen sie elektronisch ab.',
    vorschlag: 'Meldebescheinigung direkt als PDF aus dem Fachverfahren in die E-Akte übernehmen.',
    prozess: 'Meldebescheinigung',
    nutzen: 'Etwa zwei Minuten je Vorgang, weniger Papier',
    von: null, verantwortlich: null, status: 'neu', alterTage: 9, ruheTage: 9,
  },
  {
    team: 'Standesamt',
    problem: 'Rückfragen zur Eheschließung kommen fast immer zu denselben fünf Unterlagen.',
    vorschlag: 'Eine Checkliste in einfacher Sprache auf der Website und als Anhang der ersten Mail.',
    prozess: 'Anmeldung der Eheschließung',
    nutzen: 'Weniger Telefonate, vollständige Unterlagen beim ersten Termin',
    von: MITARBEIT, verantwortlich: ADMIN, status: 'in_pruefung', alterTage: 40, ruheTage: 35,
  },
  {
    team: 'Standesamt',
    problem: 'Urkunden werden per Einschreiben verschickt, das kostet viel Porto.',
    vorschlag: 'Urkunden nur noch abholen lassen.',
    prozess: 'Versand von Urkunden',
    nutzen: 'Portokosten sparen',
    von: null, verantwortlich: ADMIN, status: 'verworfen',
    grund: 'Viele Antragstellende wohnen nicht in Gießen; der Versand gehört zum Service. Wir prüfen stattdessen günstigere Versandarten.',
    alterTage: 50, ruheTage: 20,
  },
  {
    team: 'Ordnungsamt, Außendienst',
    problem: 'Fotos von Falschparkern werden vom Diensthandy per Kabel übertragen und einzeln umbenannt.',
    vorschlag: 'Fotos mit Aktenzeichen im Dateinamen direkt aus der App in den Vorgang hochladen.',
    prozess: 'Verwarnungsgeldverfahren',
    nutzen: 'Spart im Innendienst rund eine Stunde am Tag',
    von: MITARBEIT, verantwortlich: MITARBEIT, status: 'neu', alterTage: 33, ruheTage: 33,
  },
];

export async function demoIdeen(db: Db, opts: StartOptionen): Promise<void> {
  if (!opts.demo) return;
  const kommune = await db.k.selectFrom('kommune').select('id').where('id', '=', GIESSEN).executeTakeFirst();
  if (!kommune) return;
  const schon = await db.k.selectFrom('kaizen_einheit').select('id').where('kommune_id', '=', GIESSEN).limit(1).executeTakeFirst();
  if (schon) return;
  const konten = new Map((await db.k.selectFrom('konto').select(['id', 'email']).where('email', 'in', [ADMIN, MITARBEIT]).execute()).map((k) => [k.email, k.id]));
  const konto = (e: string | null) => (e ? (konten.get(e) ?? null) : null);
  await db.k.transaction().execute(async (tx) => {
    const teams = await tx.insertInto('kaizen_einheit').values(TEAMS.map((t) => ({ kommune_id: GIESSEN, ...t }))).returning(['id', 'name']).execute();
    const teamId = new Map(teams.map((t) => [t.name, t.id]));
    await tx.insertInto('kaizen_einstellung').values({ kommune_id: GIESSEN, beschaeftigte: 820 }).onConflict((oc) => oc.doNothing()).execute();
    const tag = (n: number) => new Date(Date.now() - n * 86_400_000);
    const zeilen = IDEEN.map((i) => ({
      kommune_id: GIESSEN,
      einheit_id: teamId.get(i.team) ?? null,
      problem: i.problem,
      vorschlag: i.vorschlag,
      prozess: i.prozess,
      nutzen: i.nutzen,
      anonym: i.von === null,
      eingereicht_von: konto(i.von),
      status: i.status,
      grund: i.grund ?? '',
      verantwortlich_id: konto(i.verantwortlich),
      verantwortlich_seit: i.verantwortlich ? tag(i.alterTage - 2) : null,
      entscheiden_bis: fristAb(tag(i.alterTage)),
      entschieden_am: i.status === 'neu' || i.status === 'in_pruefung' ? null : tag(i.ruheTage + 5),
      erstellt_am: tag(i.alterTage),
      status_geaendert_am: tag(i.ruheTage),
    }));
    const ids = await tx.insertInto('kaizen_idee').values(zeilen).returning('id').execute();
    await tx
      .insertInto('kaizen_idee_verlauf')
      .values(IDEEN.flatMap((i, n) => [
        { idee_id: ids[n].id, kommune_id: GIESSEN, von: null, nach: 'neu' as IdeeStatus, konto_id: konto(i.von), zeitpunkt: tag(i.alterTage) },
        ...(i.status === 'neu' ? [] : [{ idee_id: ids[n].id, kommune_id: GIESSEN, von: 'neu' as IdeeStatus, nach: i.status, grund: i.grund ?? '', konto_id: konto(i.verantwortlich), zeitpunkt: tag(i.ruheTage) }]),
      ]))
      .execute();
  });
  opts.log(`Demo-Ideen angelegt: ${IDEEN.length}`);
}
