/** One question of a questionnaire, rendered by its answer type. */
import { Einfach, Mehrfach } from './Auswahl.tsx';
import { Freitext, Zahl } from './Eingabe.tsx';
import type { FrageProps } from './teile.tsx';

export function Frage(p: FrageProps) {
  switch (p.item.typ) {
    case 'zustimmung5':
    case 'einfach':
      return <Einfach {...p} />;
    case 'mehrfach':
      return <Mehrfach {...p} />;
    case 'zahl':
      return <Zahl {...p} />;
    case 'freitext':
      return <Freitext {...p} />;
  }
}
