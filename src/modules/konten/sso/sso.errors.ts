import { AppError, fehler } from '../../../core/errors.ts';

/** Errors of the sign-on through an identity provider: stable codes, German messages (nothing is written on any of them). */
export const ssoFehler = {
  keinAnbieter: () =>
    fehler.nichtGefunden('sso.kein_anbieter', 'Für diese E-Mail-Adresse ist keine Anmeldung über das Konto Ihrer Verwaltung eingerichtet. Bitte melden Sie sich mit Passwort an.'),
  anbieterNichtGefunden: () => fehler.nichtGefunden('sso.anbieter_nicht_gefunden', 'Diesen Identitätsanbieter gibt es nicht.'),
  anbieterNichtErreichbar: () =>
    new AppError(503, 'sso.anbieter_nicht_erreichbar', 'Der Identitätsanbieter Ihrer Verwaltung ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.'),
  stateUngueltig: () =>
    new AppError(400, 'sso.state_ungueltig', 'Diese Anmeldung ist abgelaufen, wurde schon abgeschlossen oder in einem anderen Browser begonnen. Bitte starten Sie die Anmeldung neu.'),
  nonceUngueltig: () =>
    new AppError(401, 'sso.nonce_ungueltig', 'Die Antwort des Identitätsanbieters gehört nicht zu dieser Anmeldung (Nonce passt nicht). Bitte starten Sie die Anmeldung neu.'),
  audienceFalsch: () =>
    new AppError(401, 'sso.audience_falsch', 'Das Anmelde-Token des Identitätsanbieters ist nicht für Lotse ausgestellt (falsche Audience). Bitte wenden Sie sich an Ihre IT.'),
  tokenAbgelaufen: () =>
    new AppError(401, 'sso.token_abgelaufen', 'Das Anmelde-Token des Identitätsanbieters ist abgelaufen. Bitte melden Sie sich noch einmal an; geht die Uhr eines Servers falsch, wenden Sie sich an Ihre IT.'),
  tokenUngueltig: () =>
    new AppError(401, 'sso.token_ungueltig', 'Die Antwort des Identitätsanbieters konnte nicht geprüft werden. Bitte starten Sie die Anmeldung neu.'),
  abgelehnt: () => new AppError(401, 'sso.abgelehnt', 'Der Identitätsanbieter hat die Anmeldung abgebrochen oder abgelehnt.'),
  keineRolle: () =>
    new AppError(403, 'sso.keine_rolle', 'Ihr Konto bei Ihrer Verwaltung gehört zu keiner Gruppe, der in Lotse eine Rolle zugeordnet ist. Bitte bitten Sie Ihre IT, Sie einer freigegebenen Gruppe zuzuordnen.'),
  kommuneUnbekannt: () =>
    new AppError(403, 'sso.kommune_unbekannt', 'Die Kommune, die Ihr Identitätsanbieter für Sie angibt, ist in Lotse nicht bekannt oder gehört nicht zu diesem Land. Bitte wenden Sie sich an Ihre IT.'),
  emailFehlt: () =>
    new AppError(403, 'sso.email_fremd', 'Ihr Identitätsanbieter nennt keine E-Mail-Adresse aus den Domains, für die er in Lotse eingerichtet ist. Bitte wenden Sie sich an Ihre IT.'),
  mfaFehlt: () =>
    new AppError(403, 'sso.mfa_fehlt', 'Für Lotse verlangt Ihre Verwaltung eine Anmeldung mit zweitem Faktor, und Ihr Identitätsanbieter hat keinen bestätigt. Bitte melden Sie sich dort mit zweitem Faktor an oder wenden Sie sich an Ihre IT.'),
  /** A configuration the platform admin cannot save; `pfad` names the field (shown at the field in the form). */
  ungueltigeKonfiguration: (meldung: string, pfad?: string) =>
    fehler.unverarbeitbar('sso.konfiguration_ungueltig', meldung, pfad ? [{ ort: 'body', pfad, meldung }] : []),
};
