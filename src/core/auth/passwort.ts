import argon2 from 'argon2';

/**
 * argon2id with the library's defaults (m=64 MiB, t=3, p=4), as OWASP recommends for interactive logins.
 * Test runs only (`LOTSE_TESTS_SCHWACHE_HASHES=1`, set by vitest.config.ts and scripts/e2e.mjs) hash with
 * the smallest sensible cost: several hundred sign-ins per run would otherwise cost minutes of CPU. The
 * cost is stored in each hash, so verification follows whatever a hash was made with; production refuses
 * the switch.
 */
const schwach = process.env.LOTSE_TESTS_SCHWACHE_HASHES === '1';
if (schwach && process.env.NODE_ENV === 'production') {
  throw new Error('LOTSE_TESTS_SCHWACHE_HASHES ist nur für Testläufe gedacht und in Produktion nicht erlaubt.');
}
const OPTIONEN = schwach ? { type: argon2.argon2id as 2, memoryCost: 1024, timeCost: 1, parallelism: 1 } : { type: argon2.argon2id as 2 };

export const hashPasswort = (pw: string) => argon2.hash(pw, OPTIONEN);
export const pruefePasswort = async (hash: string, pw: string) => {
  try {
    return await argon2.verify(hash, pw);
  } catch {
    return false;
  }
};

/** A fixed hash to verify against when the e-mail is unknown, so that timing does not reveal accounts. */
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= hashPasswort('lotse-dummy-passwort-zum-zeitausgleich'));
