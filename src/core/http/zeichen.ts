import { AppError } from '../errors.ts';

/**
 * Characters that no Lotse field may hold: the NUL byte (PostgreSQL text cannot store it) and
 * unpaired UTF-16 surrogates (not valid Unicode; they cannot be encoded as UTF-8).
 * Checked once at the edge for query, path parameters and JSON bodies of every route, before the
 * route's own schema, so a request carrying them gets a 400 and never reaches the database.
 */
export function findeUnzulaessigesZeichen(wert: unknown, pfad = ''): { pfad: string; art: 'nul' | 'surrogat' } | null {
  // Iterative walk: bodies are at most 1 MiB, but nesting depth is up to the client.
  const stapel: { wert: unknown; pfad: string }[] = [{ wert, pfad }];
  while (stapel.length) {
    const { wert: w, pfad: p } = stapel.pop()!;
    if (typeof w === 'string') {
      const art = pruefeText(w);
      if (art) return { pfad: p, art };
    } else if (Array.isArray(w)) {
      for (let i = w.length - 1; i >= 0; i--) stapel.push({ wert: w[i], pfad: `${p}/${i}` });
    } else if (w && typeof w === 'object') {
      for (const [k, v] of Object.entries(w)) {
        const art = pruefeText(k);
        if (art) return { pfad: `${p}/${k}`, art };
        stapel.push({ wert: v, pfad: `${p}/${k}` });
      }
    }
  }
  return null;
}

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const EINZELNES_SURROGAT = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function pruefeText(s: string): 'nul' | 'surrogat' | null {
  if (s.includes('\u0000')) return 'nul';
  if (EINZELNES_SURROGAT.test(s)) return 'surrogat';
  return null;
}

export function zeichenFehler(ort: 'query' | 'params' | 'body', fund: { pfad: string; art: 'nul' | 'surrogat' }): AppError {
  const was = fund.art === 'nul' ? 'ein Nullzeichen (NUL)' : 'ein ungültiges Unicode-Zeichen (einzelnes Surrogat)';
  return new AppError(400, 'anfrage.zeichen_unzulaessig', `Die Anfrage enthält ${was}. Bitte entfernen Sie das Zeichen und senden Sie die Anfrage erneut.`, [
    { ort, pfad: fund.pfad || '/', meldung: fund.art },
  ]);
}
