/** Texte des Abschnitts „Transferprojekte“ auf der Seite eines Wirkungsziels. */
export const transfer = {
  titel: 'Transferprojekte',
  erklaerung: 'Hängen Sie das Ziel an ein Übernahmeprojekt Ihrer Kommune. Die Rückmeldung des Projekts übernimmt dann die erreichte Stufe und die Veränderung der Indikatoren seit Projektbeginn.',
  keine: 'Ihre Kommune hat kein laufendes Übernahmeprojekt.',
  projekt: 'Übernahmeprojekt',
  anhaengen: 'Ziel an dieses Projekt hängen',
  haengt: 'Das Ziel hängt an diesem Projekt.',
  angehaengt: 'Ziel an das Projekt gehängt.',
  laden: 'Projekt wird geladen.',
  stufe: (s: number | null, text: string) => (s === null ? 'Für die Rückmeldung: noch keine Stufe erreicht (kein Indikator hat sich seit Projektbeginn verbessert).' : `Für die Rückmeldung: erreichte Stufe ${text}.`),
  tabelle: (beginn: string) => `Veränderung der Indikatoren seit Projektbeginn (${beginn.slice(8, 10)}.${beginn.slice(5, 7)}.${beginn.slice(0, 4)})`,
  indikator: 'Indikator',
  von: 'Ausgang',
  bis: 'Jüngster Wert',
  aenderung: 'Veränderung',
  entwicklung: 'Entwicklung',
  ENTWICKLUNG: { besser: 'besser', schlechter: 'schlechter', gleich: 'unverändert', unbekannt: 'noch nicht messbar' } as Record<string, string>,
};
