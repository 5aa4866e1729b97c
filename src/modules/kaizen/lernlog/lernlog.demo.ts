/**
 * Demo-Inhalt (nur mit Demo, idempotent): was das Bürgerbüro Gießen aus seinen Experimenten gelernt und
 * eingespart hat – passend zu den Demo-Ideen, zum Experiment „Abholschalter“ und zum Ereignisprotokoll
 * „Bewohnerparkausweis“ (Online-Termin mit Unterlagen-Checkliste ab 3. November 2025).
 *
 * - Lernlog: Einträge aus entschiedenen Experimenten und von Hand, geteilt nur in Gießen, mit allen und
 *   anonymisiert; zwei Fehlschläge (ein beendetes Experiment, ein abgebrochener Versuch im Außendienst) und ein
 *   anonymisierter Eintrag aus Marburg, damit Gießen auch Geteiltes anderer sieht.
 * - Eingesparte Stunden (laufend und einmalig), bestätigt von einer Funktion, nie von einer Person.
 * - Wirkung des laufenden Jahres (Entscheidung 0162): Entscheidungen der neuen Experimente liegen im laufenden
 *   Kalenderjahr, auch kurz nach Neujahr; eines zur Durchlaufzeit, damit die Verkürzung eine Zahl hat.
 *
 * Läuft nach den Demo-Ideen, dem Demo-Experiment und dem Ereignisprotokoll. Erkennungszeichen für „schon da“:
 * der Eintrag {@link MARKE} von Hand.
 */
import type { Db, Tx } from '../../../core/db/db.ts';
import type { StartOptionen } from '../../../core/modul.ts';
import type { BaselineMethode, Entscheidung, Messgroesse } from '../experimente/experimente.rules.ts';
import { fristAb } from '../ideen/ideen.rules.ts';
import type { Ausgang, Sichtbarkeit } from './lernlog.rules.ts';

const GIESSEN = '065310005005';
const MARBURG = '065340014014';
const TAG = 86_400_000;
export const MARKE = 'Fotos aus dem Außendienst über einen Messenger teilen';

/** Kennzahlen des Demo-Protokolls „Bewohnerparkausweis“ vor/nach dem Stichtag (prozesse.demo.ts; der Test prüft sie nach). */
export const PROTOKOLL = { nacharbeitVorher: 27.3, nacharbeitNachher: 8.8 };

/** Von Hand gestoppte Besuche „Anmeldung einer Wohnung“ (Ankunft bis Verlassen, Minuten). */
const BESUCH_VORHER = [44, 38, 52, 36, 41, 47, 39, 35, 43, 40];
const BESUCH_NACHHER = [29, 26, 33, 24, 28, 31, 27, 25, 30, 35];

interface DemoExperiment {
  /** Prozess der Demo-Idee, aus der das Experiment kommt (null: direkt angelegt). */
  ideeProzess: string | null;
  titel: string;
  hypothese: string;
  messgroesse: Messgroesse;
  einheit: string;
  methode: BaselineMethode;
  baseline: number;
  ziel: number;
  ergebnisWert: number;
  ergebnis: string;
  entscheidung: Entscheidung;
  gelernt: string;
  test: [string, string] | [number, number];
  /** Tage vor heute, an denen entschieden wurde (im laufenden Jahr gehalten). */
  entschiedenVorTagen: number;
  stunden?: { zahl: number; art: 'laufend' | 'einmalig'; von: string };
  stichprobe?: { vorher: number[]; nachher: number[] };
  lernlog: { sichtbarkeit: Sichtbarkeit; passiert?: string };
}

const EXPERIMENTE: DemoExperiment[] = [
  {
    ideeProzess: 'Anmeldung einer Wohnung',
    titel: 'Hinweis auf die Wohnungsgeberbestätigung in der Terminmail',
    hypothese: 'Wenn die Terminbestätigung ausdrücklich auf die Wohnungsgeberbestätigung hinweist und das Formular verlinkt, bringen mehr Leute vollständige Unterlagen mit, und ein Besuch zur Anmeldung dauert kürzer.',
    messgroesse: 'durchlaufzeit', einheit: 'Minuten', methode: 'stichprobe',
    baseline: 40.5, ziel: 30, ergebnisWert: 28.5,
    ergebnis: 'Ein Besuch dauerte von der Ankunft bis zum Verlassen im Median 28,5 statt 40,5 Minuten; zweite Termine wegen fehlender Bestätigung wurden selten.',
    entscheidung: 'standard',
    gelernt: 'Der Hinweis wirkt nur in der Terminmail selbst; auf der Website hat ihn kaum jemand gelesen. Das Formular muss als Link direkt daneben stehen.',
    test: [45, 20], entschiedenVorTagen: 16,
    stunden: { zahl: 150, art: 'laufend', von: 'Amtsleitung Bürgeramt' },
    stichprobe: { vorher: BESUCH_VORHER, nachher: BESUCH_NACHHER },
    lernlog: { sichtbarkeit: 'kommune' },
  },
  {
    ideeProzess: 'Bewohnerparkausweis',
    titel: 'Bewohnerparkausweis: Online-Termin mit Unterlagen-Checkliste',
    hypothese: 'Wenn Antragstellende vorab online einen Termin buchen und mit der Bestätigung eine Checkliste der Unterlagen bekommen, sinkt der Anteil der Fälle mit Rückfrage und zweiter Vorsprache deutlich.',
    messgroesse: 'fehlerquote', einheit: 'Prozent', methode: 'ereignisprotokoll',
    baseline: PROTOKOLL.nacharbeitVorher, ziel: 15, ergebnisWert: PROTOKOLL.nacharbeitNachher,
    ergebnis: 'Laut Ereignisprotokoll sank der Anteil der Fälle mit Rückfrage von 27,3 % auf 8,8 %; die Wartezeit zwischen den Schritten sank im Median von 1,4 auf 0,5 Stunden, und 90 % der Fälle waren nach gut 8 statt gut 12 Tagen fertig.',
    entscheidung: 'standard',
    gelernt: 'Die Checkliste wirkt stärker als der Termin allein: Fahrzeugschein und Meldebestätigung fehlten vorher in fast jedem dritten Fall. Wer ohne Termin kommt, braucht weiter einen Schalter.',
    test: ['2025-11-03', '2026-02-27'], entschiedenVorTagen: 265,
    stunden: { zahl: 220, art: 'laufend', von: 'Sachgebietsleitung Bürgerbüro' },
    lernlog: { sichtbarkeit: 'alle' },
  },
  {
    ideeProzess: null,
    titel: 'Selbstbedienungsterminal für Meldebescheinigungen',
    hypothese: 'Wenn ein Terminal im Eingangsbereich einfache Meldebescheinigungen ausdruckt, erledigen dort mindestens 40 Personen je Woche ihr Anliegen ohne Wartemarke.',
    messgroesse: 'anzahl', einheit: 'Anzahl', methode: 'zaehlung',
    baseline: 0, ziel: 40, ergebnisWert: 6,
    ergebnis: 'Im Mittel nutzten 6 Personen je Woche das Terminal; die meisten brauchten dabei Hilfe vom Empfang, weil der Ausweis mit PIN nötig war.',
    entscheidung: 'beenden',
    gelernt: 'Wer eine Meldebescheinigung braucht, will sie meist gar nicht vor Ort holen. Der Online-Dienst mit Versand per Post hilft mehr als ein Gerät im Haus.',
    test: [160, 130], entschiedenVorTagen: 120,
    lernlog: { sichtbarkeit: 'anonym', passiert: 'Das Terminal stand vier Wochen im Eingangsbereich und wurde kaum genutzt; der Empfang musste oft erklären, wie die Online-Ausweisfunktion geht.' },
  },
  {
    ideeProzess: null,
    titel: 'Aussonderung alter Meldeakten mit Liste aus dem Fachverfahren',
    hypothese: 'Wenn das Fachverfahren die Akten mit abgelaufener Aufbewahrungsfrist als Liste ausgibt, geht die Aussonderung je Ordner viel schneller als die Durchsicht von Hand.',
    messgroesse: 'bearbeitungszeit', einheit: 'Minuten', methode: 'zaehlung',
    baseline: 18, ziel: 6, ergebnisWert: 4,
    ergebnis: 'Je Ordner 4 statt 18 Minuten; der Altbestand von 150 Ordnern war in einer Woche ausgesondert.',
    entscheidung: 'standard',
    gelernt: 'Die Liste war schon im Fachverfahren vorhanden, nur kannte sie niemand. Vor einer Umstellung lohnt ein Blick in die Berichte der Software.',
    test: [95, 85], entschiedenVorTagen: 75,
    stunden: { zahl: 35, art: 'einmalig', von: 'Amtsleitung Bürgeramt' },
    lernlog: { sichtbarkeit: 'kommune' },
  },
];

const IDEE_PARKAUSWEIS = {
  problem: 'Beim Bewohnerparkausweis fehlen oft Fahrzeugschein oder Meldebestätigung; viele müssen ein zweites Mal kommen und warten lange ohne Termin.',
  vorschlag: 'Online-Terminvergabe für den Bewohnerparkausweis, mit einer Checkliste der Unterlagen in der Terminbestätigung.',
  prozess: 'Bewohnerparkausweis',
  nutzen: 'Weniger Rückfragen und zweite Vorsprachen, kürzere Wartezeit',
  eingereicht: '2025-09-15T08:30:00Z',
  entschieden: '2025-10-06T13:00:00Z',
};

interface DemoEintrag { kommune: string; von: string; titel: string; versucht: string; passiert: string; gelernt: string; ausgang: Ausgang; sichtbarkeit: Sichtbarkeit; vorTagen: number }

const VON_HAND: DemoEintrag[] = [
  {
    kommune: GIESSEN, von: 'mitarbeit@giessen.example', titel: MARKE,
    versucht: 'Der Außendienst hat Fotos von Falschparkern über einen Messenger an den Innendienst geschickt, um das Übertragen per Kabel zu sparen.',
    passiert: 'Nach zwei Tagen hat die Datenschutzbeauftragte den Versuch gestoppt: Die Fotos lagen auf privaten Servern außerhalb der Verwaltung.',
    gelernt: 'Vor einem Test mit neuer Software zuerst Datenschutz und IT fragen. Der Nutzen war da – jetzt prüfen wir den Upload aus der Dienst-App.',
    ausgang: 'gescheitert', sichtbarkeit: 'kommune', vorTagen: 28,
  },
  {
    kommune: MARBURG, von: 'admin@marburg.example', titel: 'Videosprechstunde für Gewerbeanmeldungen',
    versucht: 'Zwei Nachmittage je Woche konnten Gewerbetreibende ihre Anmeldung per Video mit der Sachbearbeitung durchgehen.',
    passiert: 'Die Hälfte der Termine fiel wegen Technikproblemen auf Telefon zurück; wer durchkam, hatte danach fast nie Rückfragen.',
    gelernt: 'Eine kurze Technikprobe fünf Minuten vor dem Termin und eine Telefonnummer als Ausweg machen den Unterschied.',
    ausgang: 'teilweise', sichtbarkeit: 'anonym', vorTagen: 40,
  },
];

const LERNLOG_ABHOLSCHALTER = {
  passiert: 'In zwei Testwochen warteten Abholende im Median 13,5 statt 33,5 Minuten; die Terminkundschaft wartete nicht länger.',
  stunden: { zahl: 60, art: 'laufend' as const, von: 'Leitung Bürgerbüro' },
};

export async function demoLernlog(db: Db, opts: StartOptionen): Promise<void> {
  if (!opts.demo) return;
  const giessen = await db.k.selectFrom('kommune').select('id').where('id', '=', GIESSEN).executeTakeFirst();
  const team = await db.k.selectFrom('kaizen_einheit').select('id').where('kommune_id', '=', GIESSEN).where('name', '=', 'Bürgerbüro').executeTakeFirst();
  if (!giessen || !team) return; // Demo-Ideen fehlen
  const schon = await db.k.selectFrom('kaizen_lerneintrag').select('id').where('kommune_id', '=', GIESSEN).where('titel', '=', MARKE).where('experiment_id', 'is', null).executeTakeFirst();
  if (schon) return;
  const konten = new Map((await db.k.selectFrom('konto').select(['id', 'email']).where('email', 'in', ['admin@giessen.example', 'mitarbeit@giessen.example', 'admin@marburg.example']).execute()).map((k) => [k.email, k.id]));
  const marburg = await db.k.selectFrom('kommune').select('id').where('id', '=', MARBURG).executeTakeFirst();
  const jetzt = Date.now();
  const jahresbeginn = Date.UTC(new Date(jetzt).getUTCFullYear(), 0, 2);
  const vor = (tage: number) => new Date(jetzt - tage * TAG);
  /** n Tage vor heute, aber nicht vor dem 2. Januar des laufenden Jahres (Wirkung des Jahres). */
  const imJahr = (tage: number) => new Date(Math.min(jetzt, Math.max(jetzt - tage * TAG, jahresbeginn)));
  const datum = (d: Date) => d.toISOString().slice(0, 10);
  const admin = konten.get('admin@giessen.example') ?? null;

  await db.k.transaction().execute(async (tx) => {
    const ideeParkausweis = await ideeFuerParkausweis(tx, team.id, konten.get('mitarbeit@giessen.example') ?? null, admin);
    const eintraege: { kommune_id: string; experiment_id: string | null; titel: string; versucht: string; passiert: string; gelernt: string; ausgang: Ausgang; sichtbarkeit: Sichtbarkeit; erstellt_von: string | null; erstellt_am: Date }[] = [];

    // Das bestehende Demo-Experiment „Abholschalter“: Stunden und ein mit allen geteilter Eintrag.
    const abhol = await tx.selectFrom('kaizen_experiment').select(['id', 'titel', 'hypothese', 'gelernt', 'entschieden_am', 'stunden_gespart']).where('kommune_id', '=', GIESSEN).where('titel', '=', 'Abholschalter am Montagvormittag').executeTakeFirst();
    if (abhol) {
      const s = LERNLOG_ABHOLSCHALTER.stunden;
      if (abhol.stunden_gespart === null) await tx.updateTable('kaizen_experiment').set({ stunden_gespart: s.zahl, stunden_art: s.art, stunden_bestaetigt_von: s.von }).where('id', '=', abhol.id).execute();
      if (!(await tx.selectFrom('kaizen_lerneintrag').select('id').where('experiment_id', '=', abhol.id).executeTakeFirst())) {
        eintraege.push({ kommune_id: GIESSEN, experiment_id: abhol.id, titel: abhol.titel, versucht: abhol.hypothese, passiert: LERNLOG_ABHOLSCHALTER.passiert, gelernt: abhol.gelernt, ausgang: 'gelungen', sichtbarkeit: 'alle', erstellt_von: admin, erstellt_am: new Date(new Date(abhol.entschieden_am ?? vor(12)).getTime() + TAG) });
      }
    }

    for (const e of EXPERIMENTE) {
      const ideeId = e.ideeProzess === 'Bewohnerparkausweis'
        ? ideeParkausweis
        : e.ideeProzess
          ? (await tx.selectFrom('kaizen_idee').select('id').where('kommune_id', '=', GIESSEN).where('prozess', '=', e.ideeProzess).executeTakeFirst())?.id ?? null
          : null;
      const entschieden = imJahr(e.entschiedenVorTagen);
      const [von, bis] = typeof e.test[0] === 'string' ? e.test as [string, string] : [datum(imJahr(e.test[0] as number)), datum(imJahr(e.test[1] as number))];
      const x = await tx
        .insertInto('kaizen_experiment')
        .values({
          kommune_id: GIESSEN, idee_id: ideeId, titel: e.titel, hypothese: e.hypothese, messgroesse: e.messgroesse, einheit: e.einheit, baseline_methode: e.methode,
          baseline_wert: e.baseline, ziel_wert: e.ziel, test_von: von, test_bis: bis < von ? von : bis,
          ergebnis: e.ergebnis, ergebnis_wert: e.ergebnisWert, entscheidung: e.entscheidung, gelernt: e.gelernt,
          erstellt_von: admin, erstellt_am: new Date(Math.min(new Date(`${von}T08:00:00Z`).getTime(), entschieden.getTime()) - 7 * TAG), entschieden_am: entschieden,
          stunden_gespart: e.stunden?.zahl ?? null, stunden_art: e.stunden?.art ?? null, stunden_bestaetigt_von: e.stunden?.von ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (e.stichprobe) {
        const faelle = (phase: 'vorher' | 'nachher', minuten: number[], tag: string) => minuten.map((m, i) => {
          const beginn = new Date(`${tag}T07:00:00Z`);
          beginn.setUTCMinutes(i * 25);
          return { experiment_id: x.id, kommune_id: GIESSEN, phase, beginn, ende: new Date(beginn.getTime() + m * 60_000) };
        });
        await tx.insertInto('kaizen_stichprobe_fall').values([...faelle('vorher', e.stichprobe.vorher, von), ...faelle('nachher', e.stichprobe.nachher, bis < von ? von : bis)]).execute();
      }
      eintraege.push({
        kommune_id: GIESSEN, experiment_id: x.id, titel: e.titel, versucht: e.hypothese, passiert: e.lernlog.passiert ?? e.ergebnis, gelernt: e.gelernt,
        ausgang: e.entscheidung === 'standard' ? 'gelungen' : e.entscheidung === 'anpassen' ? 'teilweise' : 'gescheitert',
        sichtbarkeit: e.lernlog.sichtbarkeit, erstellt_von: admin, erstellt_am: new Date(Math.min(jetzt, entschieden.getTime() + 2 * 3_600_000)),
      });
    }

    for (const h of VON_HAND) {
      if (h.kommune === MARBURG && !marburg) continue;
      eintraege.push({ kommune_id: h.kommune, experiment_id: null, titel: h.titel, versucht: h.versucht, passiert: h.passiert, gelernt: h.gelernt, ausgang: h.ausgang, sichtbarkeit: h.sichtbarkeit, erstellt_von: konten.get(h.von) ?? null, erstellt_am: imJahr(h.vorTagen) });
    }
    await tx.insertInto('kaizen_lerneintrag').values(eintraege).execute();
    opts.log(`Demo-Lernlog angelegt: ${eintraege.length} Einträge, ${EXPERIMENTE.length} weitere Experimente (Gießen)`);
  });
}

/** Die Idee hinter der Umstellung beim Bewohnerparkausweis (2025 eingereicht und fristgerecht entschieden). */
async function ideeFuerParkausweis(tx: Tx, teamId: string, von: string | null, verantwortlich: string | null): Promise<string> {
  const da = await tx.selectFrom('kaizen_idee').select('id').where('kommune_id', '=', GIESSEN).where('prozess', '=', IDEE_PARKAUSWEIS.prozess).executeTakeFirst();
  if (da) return da.id;
  const i = IDEE_PARKAUSWEIS;
  const eingereicht = new Date(i.eingereicht);
  const r = await tx
    .insertInto('kaizen_idee')
    .values({
      kommune_id: GIESSEN, einheit_id: teamId, problem: i.problem, vorschlag: i.vorschlag, prozess: i.prozess, nutzen: i.nutzen,
      anonym: false, eingereicht_von: von, status: 'standard', grund: '', verantwortlich_id: verantwortlich, verantwortlich_seit: new Date(eingereicht.getTime() + TAG),
      entscheiden_bis: fristAb(eingereicht), entschieden_am: new Date(i.entschieden), erstellt_am: eingereicht, status_geaendert_am: new Date(i.entschieden),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('kaizen_idee_verlauf').values([
    { idee_id: r.id, kommune_id: GIESSEN, von: null, nach: 'neu', konto_id: von, zeitpunkt: eingereicht },
    { idee_id: r.id, kommune_id: GIESSEN, von: 'neu', nach: 'standard', grund: '', konto_id: verantwortlich, zeitpunkt: new Date(i.entschieden) },
  ]).execute();
  return r.id;
}
