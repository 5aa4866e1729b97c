/**
 * One error type for the whole API. Every error response has the shape
 * `{"error": {"code": "kommune.not_found", "message": "<deutsch>", "details": [...]}}`.
 * Codes are stable (clients and tests match on them); messages are German and may change.
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503,
    readonly code: string,
    message: string,
    readonly details: unknown[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export interface ErrorBody {
  error: { code: string; message: string; details: unknown[] };
}

export const fehler = {
  validierung: (details: unknown[], message = 'Die Anfrage ist ungültig. Bitte prüfen Sie die markierten Angaben.') =>
    new AppError(400, 'anfrage.ungueltig', message, details),
  nichtAngemeldet: () => new AppError(401, 'auth.nicht_angemeldet', 'Bitte melden Sie sich an.'),
  verboten: () => new AppError(403, 'zugriff.verweigert', 'Sie haben keine Berechtigung für diese Aktion.'),
  nichtGefunden: (code = 'ressource.nicht_gefunden', message = 'Die angeforderte Ressource wurde nicht gefunden.') =>
    new AppError(404, code, message),
  konflikt: (code: string, message: string) => new AppError(409, code, message),
  unverarbeitbar: (code: string, message: string, details: unknown[] = []) => new AppError(422, code, message, details),
  zuGross: () => new AppError(413, 'anfrage.zu_gross', 'Die Anfrage ist zu groß.'),
  zuViele: () => new AppError(429, 'anfrage.zu_viele', 'Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.'),
  /** The one "Kommune not found" error (unknown key, or a Kommune the caller may not see). */
  kommuneNichtGefunden: () => new AppError(404, 'kommune.nicht_gefunden', 'Die Kommune wurde nicht gefunden.'),
  csrf: () => new AppError(403, 'auth.csrf', 'Die Sicherheitsprüfung (CSRF) ist fehlgeschlagen. Bitte laden Sie die Seite neu.'),
};

export function errorBody(e: AppError): ErrorBody {
  return { error: { code: e.code, message: e.message, details: e.details } };
}
