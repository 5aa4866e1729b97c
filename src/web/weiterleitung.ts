/**
 * Where to go after signing in: only a path of this site. Refused (→ `ersatz`): anything that is not a
 * plain `/…` path – `//host`, `/\host`, schemes (`https:`, `javascript:`), control characters and
 * whitespace (browsers drop tabs and line breaks, so `/\t/host` would become `//host`) – and the sign-in
 * and registration pages themselves.
 */
export function sichererPfad(pfad: string | null | undefined, ersatz = '/konto'): string {
  if (!pfad || pfad.length > 2000 || !pfad.startsWith('/') || pfad.startsWith('//')) return ersatz;
  // eslint-disable-next-line no-control-regex
  if (/[\\\s\u0000-\u001f\u007f]/.test(pfad)) return ersatz;
  const basis = 'http://lotse.invalid';
  let url: URL;
  try {
    url = new URL(pfad, basis);
  } catch {
    return ersatz;
  }
  if (url.origin !== basis || /^\/(anmelden|registrieren)(\/|$)/.test(url.pathname)) return ersatz;
  return url.pathname + url.search + url.hash;
}

/** The sign-in page that returns to `pfad` afterwards (no `weiter` for the start page or the sign-in pages). */
export function anmeldenMitRueckkehr(pfad: string): string {
  const ziel = sichererPfad(pfad, '');
  return ziel && ziel !== '/' ? `/anmelden?weiter=${encodeURIComponent(ziel)}` : '/anmelden';
}
