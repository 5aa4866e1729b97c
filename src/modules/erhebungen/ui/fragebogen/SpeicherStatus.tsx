import { erhebungen as erhebungenTexte } from '../texte.ts';
import type { SpeicherStand } from './speichern.ts';

const t = erhebungenTexte.ausfuellen.speichern;

/** A polite live region: screen readers hear "Wird gespeichert …" / "Alle Antworten gespeichert". */
export function SpeicherStatus({ stand, ungueltig = 0 }: { stand: SpeicherStand; ungueltig?: number }) {
  const text =
    stand.art === 'leer' ? t.leer
    : stand.art === 'laeuft' ? t.laeuft
    : stand.art === 'fehler' ? t.fehler
    : ungueltig > 0 ? t.okAusser(stand.am, ungueltig)
    : t.ok(stand.am);
  return <div role="status" className="lotse-speicherstatus kern-body kern-body--small">{text}</div>;
}
