import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A received mail, decoded enough for tests: headers, plain-text and HTML part. */
export interface EmpfangeneMail {
  an: string[];
  betreff: string;
  text: string;
  html: string | null;
  roh: string;
}

/**
 * A real SMTP server (package smtp-server) on 127.0.0.1 with a free port, for tests of sending. Keeps every
 * received message; `verzoegerungMs` slows down each accepted message (to make concurrent senders overlap).
 */
export async function starteTestSmtp(opts: { verzoegerungMs?: number } = {}) {
  const mails: EmpfangeneMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const teile: Buffer[] = [];
      stream.on('data', (b: Buffer) => teile.push(b));
      stream.on('end', () => {
        const roh = Buffer.concat(teile).toString('utf8');
        mails.push({ ...zerlegeMail(roh), an: session.envelope.rcptTo.map((r) => r.address) });
        setTimeout(() => callback(), opts.verzoegerungMs ?? 0);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    schliesse: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function kopfUndRumpf(teil: string): { kopf: Map<string, string>; rumpf: string } {
  const i = teil.search(/\r?\n\r?\n/);
  const kopfText = (i < 0 ? teil : teil.slice(0, i)).replace(/\r?\n[ \t]+/g, ' ');
  const rumpf = i < 0 ? '' : teil.slice(i).replace(/^\r?\n\r?\n/, '');
  const kopf = new Map<string, string>();
  for (const zeile of kopfText.split(/\r?\n/)) {
    const d = zeile.indexOf(':');
    if (d > 0) kopf.set(zeile.slice(0, d).trim().toLowerCase(), zeile.slice(d + 1).trim());
  }
  return { kopf, rumpf };
}

function dekodiere(rumpf: string, kodierung: string | undefined): string {
  const k = (kodierung ?? '7bit').toLowerCase();
  if (k === 'base64') return Buffer.from(rumpf.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (k === 'quoted-printable') {
    const ohneUmbruch = rumpf.replace(/=\r?\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < ohneUmbruch.length; i++) {
      const c = ohneUmbruch[i];
      if (c === '=' && /^[0-9A-F]{2}$/i.test(ohneUmbruch.slice(i + 1, i + 3))) {
        bytes.push(parseInt(ohneUmbruch.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(...Buffer.from(c, 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n');
  }
  return rumpf.replace(/\r\n/g, '\n');
}

/** RFC 2047 encoded words in a header (=?UTF-8?Q?…?= / =?UTF-8?B?…?=). */
function kopfText(w: string): string {
  return w.replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_, art: string, inhalt: string) =>
    art.toLowerCase() === 'b' ? Buffer.from(inhalt, 'base64').toString('utf8') : dekodiere(inhalt.replace(/_/g, ' '), 'quoted-printable')).trim();
}

/** Splits a MIME message (single part or multipart/alternative) into subject, text and HTML part. */
export function zerlegeMail(roh: string): Omit<EmpfangeneMail, 'an'> {
  const { kopf, rumpf } = kopfUndRumpf(roh);
  const typ = kopf.get('content-type') ?? 'text/plain';
  let text = '';
  let html: string | null = null;
  const grenze = /boundary="?([^";]+)"?/i.exec(typ)?.[1];
  if (grenze) {
    for (const teil of rumpf.split(`--${grenze}`).slice(1)) {
      if (teil.startsWith('--')) break;
      const t = kopfUndRumpf(teil.replace(/^\r?\n/, ''));
      const inhalt = dekodiere(t.rumpf.replace(/\r?\n$/, ''), t.kopf.get('content-transfer-encoding'));
      if ((t.kopf.get('content-type') ?? '').startsWith('text/html')) html = inhalt;
      else if ((t.kopf.get('content-type') ?? 'text/plain').startsWith('text/plain')) text = inhalt;
    }
  } else if (typ.startsWith('text/html')) html = dekodiere(rumpf, kopf.get('content-transfer-encoding'));
  else text = dekodiere(rumpf, kopf.get('content-transfer-encoding'));
  return { betreff: kopfText(kopf.get('subject') ?? ''), text, html, roh };
}
