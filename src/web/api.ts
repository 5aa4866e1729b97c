/** Small fetch wrapper: JSON in/out, CSRF header from the lotse_csrf cookie, German error messages. */
export class ApiFehler extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details: unknown[] = []) {
    super(message);
  }
}

function csrfToken(): string {
  const m = document.cookie.match(/(?:^|;\s*)lotse_csrf=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : '';
}

export async function api<T = unknown>(pfad: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    if (!csrfToken()) await fetch('/api/health', { credentials: 'same-origin' });
    headers['x-csrf-token'] = csrfToken();
  }
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(pfad, {
    method,
    headers,
    credentials: 'same-origin',
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init.signal,
  });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const e = data?.error;
    throw new ApiFehler(res.status, e?.code ?? 'unbekannt', e?.message ?? `Fehler ${res.status}`, e?.details ?? []);
  }
  return data as T;
}
