/** Refusal of a backup or restore: a stable code and a German message for the command line. */
export class SicherungsFehler extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'SicherungsFehler';
  }
}

const ZIEL_HINWEIS = 'Stellen Sie nur in eine frisch angelegte Datenbank wieder her: bei PostgreSQL eine neue, leere Datenbank '
  + '(DATABASE_URL), bei der eingebetteten Datenbank ein neuer, leerer Ordner (LOTSE_DATA_DIR). Starten Sie den Lotse-Server '
  + 'dort erst nach der Wiederherstellung, denn er legt beim ersten Start Verzeichnis- und Demodaten an.';

export const sicherungsFehler = {
  keineSicherung: (datei: string) =>
    new SicherungsFehler('sicherung.kein_format', `Die Datei ${datei} ist keine Lotse-Sicherung (erwartet: eine mit „npm run lotse -- backup“ erstellte Datei).`),
  beschaedigt: (datei: string) =>
    new SicherungsFehler('sicherung.beschaedigt', `Die Datei ${datei} ist beschädigt oder keine gzip-komprimierte Lotse-Sicherung. Es wurde nichts geändert.`),
  unvollstaendig: (datei: string) =>
    new SicherungsFehler('sicherung.unvollstaendig', `Die Sicherung ${datei} ist unvollständig (abgeschnitten). Es wurde nichts geändert. Erstellen Sie die Sicherung erneut.`),
  neueresFormat: (version: unknown, lotseVersion: unknown) =>
    new SicherungsFehler('sicherung.neueres_format', `Die Sicherung hat das Format ${String(version)} einer neueren Lotse-Version (${String(lotseVersion)}). `
      + 'Stellen Sie sie mit dieser oder einer neueren Lotse-Version wieder her.'),
  andereMigrationen: (lotseVersion: string, unterschiede: string[]) =>
    new SicherungsFehler('sicherung.andere_migrationen', `Die Sicherung stammt von einem anderen Programmstand (Lotse ${lotseVersion}) als diese `
      + `Datenbank: ${unterschiede.slice(0, 5).join('; ')}${unterschiede.length > 5 ? ` und ${unterschiede.length - 5} weitere` : ''}. `
      + 'Stellen Sie die Sicherung mit demselben Programmstand wieder her, mit dem sie erstellt wurde, und aktualisieren Sie Lotse danach '
      + '(der Server migriert beim Start). Es wurde nichts geändert.'),
  andereTabellen: (tabellen: string[]) =>
    new SicherungsFehler('sicherung.andere_tabellen', `Die Tabellen der Sicherung passen nicht zur Datenbank (${tabellen.join(', ')}). Es wurde nichts geändert.`),
  nichtLeer: (belegt: string[]) =>
    new SicherungsFehler('sicherung.ziel_nicht_leer', `Die Zieldatenbank ist nicht leer: ${belegt.slice(0, 5).join(', ')}`
      + `${belegt.length > 5 ? ` und ${belegt.length - 5} weitere Tabellen` : ''}. ${ZIEL_HINWEIS} Es wurde nichts geändert.`),
  pruefsummen: (tabellen: string[]) =>
    new SicherungsFehler('sicherung.pruefsumme', `Nach dem Einspielen stimmen die Prüfsummen nicht mit der Sicherung überein (${tabellen.join(', ')}). `
      + 'Die Wiederherstellung wurde zurückgenommen; es wurde nichts geändert.'),
  dateiVorhanden: (datei: string) =>
    new SicherungsFehler('sicherung.datei_vorhanden', `Die Datei ${datei} gibt es schon. Wählen Sie einen neuen Namen (z. B. mit Datum) `
      + 'oder hängen Sie --ueberschreiben an.'),
  dateiFehlt: (datei: string) => new SicherungsFehler('sicherung.datei_fehlt', `Die Datei ${datei} gibt es nicht.`),
};
