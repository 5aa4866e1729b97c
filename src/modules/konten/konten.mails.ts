import type { Mail } from '../../core/mail.ts';

/** E-mails of the konten module (German; they go to the outbox, see core/mail.ts). */
export const mails = {
  willkommen: (an: string, name: string): Mail => ({
    an,
    art: 'konto.willkommen',
    betreff: 'Willkommen bei Lotse',
    text: [
      `Guten Tag ${name},`,
      '',
      'mit dieser E-Mail-Adresse wurde ein Konto bei Lotse angelegt. Sie können sich jetzt mit Ihrer E-Mail-Adresse und Ihrem Passwort anmelden.',
      '',
      'Wenn Sie kein Konto angelegt haben, antworten Sie bitte nicht auf diese Nachricht, sondern wenden Sie sich an den Betrieb von Lotse.',
    ].join('\n'),
  }),
  registrierungVorhanden: (an: string, mitEinladung: boolean): Mail => ({
    an,
    art: 'konto.registrierung_vorhanden',
    betreff: 'Registrierung bei Lotse: Sie haben bereits ein Konto',
    text: [
      'Guten Tag,',
      '',
      'jemand hat versucht, mit dieser E-Mail-Adresse ein neues Konto bei Lotse anzulegen. Mit dieser Adresse besteht bereits ein Konto; es wurde nichts verändert.',
      '',
      mitEinladung
        ? 'Wenn Sie das waren: Melden Sie sich mit Ihrem bisherigen Passwort an und öffnen Sie den Einladungslink danach erneut.'
        : 'Wenn Sie das waren: Melden Sie sich einfach mit Ihrem bisherigen Passwort an.',
      'Wenn nicht, können Sie diese Nachricht ignorieren.',
    ].join('\n'),
  }),
};
