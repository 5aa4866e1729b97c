/**
 * Modul „uebernahmen“: Übernahmeprojekte (Verstehen → Anpassen → Übernehmen → Verstetigen),
 * Übertragbarkeits-Check, Rückmeldungen und Export. Öffentliches Gesicht und Manifest.
 *
 * Bewusst eine schlichte Zusammensetzung: Teilbereiche (projekte/, check/, rueckmeldungen/, export/,
 * kohorten/, community/) tragen ihre Routen, Aktionen und Start-Aufgaben hier je mit einer Zeile ein.
 */
import type { LotseModul } from '../../core/modul.ts';

export const manifest: LotseModul = {
  name: 'uebernahmen',
};
