import { fehler } from '../../core/errors.ts';

/** The error factory of the kommunen module: stable codes, German messages. */
export const kommunenFehler = {
  /** The one "Kommune not found" of core (unknown key). */
  nichtGefunden: () => fehler.kommuneNichtGefunden(),
  unbekanntesLand: (land: string) =>
    fehler.validierung([{ ort: 'querystring', pfad: '/land', meldung: `Unbekanntes Land „${land}“.` }], 'Unbekanntes Land. Erlaubt sind Kürzel (HE), Schlüssel (06) oder Name (Hessen).'),
};
