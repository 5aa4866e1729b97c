/** Texte der Anmeldung über das Konto der Verwaltung (OIDC). */
export const ssoTexte = {
  anmelden: {
    titel: 'Mit dem Konto Ihrer Verwaltung anmelden',
    einleitung: 'Ist Ihre Verwaltung an Lotse angebunden, melden Sie sich mit Ihrem dienstlichen Konto an. Geben Sie dazu Ihre dienstliche E-Mail-Adresse an.',
    feld: 'Dienstliche E-Mail-Adresse',
    knopf: 'Mit dem Konto Ihrer Verwaltung anmelden',
    sendet: 'Weiterleitung …',
  },
  rueckkehr: {
    titel: 'Anmeldung über Ihre Verwaltung',
    laeuft: 'Die Anmeldung wird abgeschlossen …',
    fehlerTitel: 'Anmeldung nicht möglich',
    nochmal: 'Zurück zur Anmeldung',
  },
};
