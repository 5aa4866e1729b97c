/** Who may read /metrics: only with the bearer token from LOTSE_METRICS_TOKEN (docs/decisions/0131). */

export const MINDESTLAENGE_TOKEN = 24;

/** The configured token, null when metrics are switched off; a too short token stops the start. */
export function metrikToken(env: NodeJS.ProcessEnv): string | null {
  const t = env.LOTSE_METRICS_TOKEN?.trim();
  if (!t) return null;
  if (t.length < MINDESTLAENGE_TOKEN) {
    throw new Error(`LOTSE_METRICS_TOKEN ist zu kurz (mindestens ${MINDESTLAENGE_TOKEN} Zeichen, z. B. aus „openssl rand -hex 32“).`);
  }
  return t;
}

/** The token from an `Authorization: Bearer …` header, or null. */
export function bearerAus(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m ? m[1] : null;
}
