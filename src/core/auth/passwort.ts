import argon2 from 'argon2';

// argon2id with the library's defaults (m=64 MiB, t=3, p=4), as OWASP recommends for interactive logins.
export const hashPasswort = (pw: string) => argon2.hash(pw, { type: argon2.argon2id });
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
