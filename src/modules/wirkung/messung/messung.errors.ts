/** Fehlerfabrik der eigenen Indikatoren: stabile Codes, deutsche Meldungen. */
import { AppError } from '../../../core/errors.ts';
import { zeilenNr, type ImportFehler } from './import.rules.ts';

export const messungFehler = {
  nichtGefunden: () => new AppError(404, 'indikator.nicht_gefunden', 'Der Indikator wurde nicht gefunden.'),
  zielUnbekannt: () => new AppError(422, 'indikator.ziel_unbekannt', 'Wirkungsziel: Dieses Ziel gehört nicht zu Ihrer Kommune.', [{ feld: 'zielId' }]),
  gegenindikatorUnbekannt: () => new AppError(422, 'indikator.gegenindikator_unbekannt', 'Gegenindikator: Dieser Indikator gehört nicht zu Ihrer Kommune.', [{ feld: 'gegenindikatorId' }]),
  jahrZukunft: (jahr: number) => new AppError(422, 'indikator.jahr_ungueltig', `Jahr: ${jahr} liegt in der Zukunft. Werte lassen sich nur für vergangene Jahre und das laufende Jahr erfassen.`, [{ feld: 'jahr', jahr }]),
  datumPasstNicht: () => new AppError(422, 'indikator.datum_ungueltig', 'Datum: Es muss ein gültiges Datum im angegebenen Jahr und nicht in der Zukunft sein.', [{ feld: 'datum' }]),
  handprognoseVergangenheit: (jahr: number, ab: number) => new AppError(422, 'indikator.handprognose_vergangenheit', `Eigene Prognose: ${jahr} liegt in der Vergangenheit. Eine Prognose gilt für das laufende Jahr (${ab}) und spätere.`, [{ feld: 'werte', jahr }]),
  handprognoseDoppelt: (jahr: number) => new AppError(422, 'indikator.handprognose_doppelt', `Eigene Prognose: Das Jahr ${jahr} steht mehrmals in der Liste.`, [{ feld: 'werte', jahr }]),
  import: (fehler: ImportFehler[]) => new AppError(
    422,
    'indikator.import_fehlerhaft',
    fehler.length === 1 ? `${fehler[0]!.meldung} Es wurde nichts importiert.` : `${zeilenNr(fehler.length)} Zeilen sind fehlerhaft (zuerst ${fehler[0]!.meldung}). Es wurde nichts importiert.`,
    fehler.slice(0, 100),
  ),
  dateiUnlesbar: (format: string) => new AppError(422, 'indikator.import_unlesbar', format === 'xlsx' ? 'Die XLSX-Datei lässt sich nicht lesen. Bitte speichern Sie sie erneut als Excel-Arbeitsmappe (.xlsx).' : 'Die CSV-Datei lässt sich nicht lesen. Bitte prüfen Sie Trennzeichen und Anführungszeichen.'),
};
