function csrf(): string {
  const m = document.cookie.match(/(?:^|;\s*)lotse_csrf=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : '';
}

/** Fetches the CSRF cookie first if the browser has none yet. */
export async function csrfSicherstellen(): Promise<void> {
  if (!csrf()) await fetch('/api/health', { credentials: 'same-origin' });
}

/**
 * Sends the CSV file as it is (text/csv) with XMLHttpRequest, so the upload progress can be shown; the server
 * answers once all rows are checked and stored.
 */
export function sendeCsv(url: string, datei: Blob, fortschritt: (geladen: number, gesamt: number) => void, hochgeladen: () => void): Promise<{ status: number; daten: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'text/csv; charset=utf-8');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', csrf());
    xhr.upload.onprogress = (e) => e.lengthComputable && fortschritt(e.loaded, e.total);
    xhr.upload.onload = hochgeladen;
    xhr.onload = () => {
      let daten: unknown;
      try {
        daten = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        daten = null;
      }
      resolve({ status: xhr.status, daten });
    };
    xhr.onerror = () => reject(new Error('netz'));
    xhr.send(datei);
  });
}
