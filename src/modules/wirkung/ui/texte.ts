/** Texte des Moduls „wirkung“ (Indikatoren, Wirkungsziele, eigene Indikatoren, Dialoge, Priorisierung). */

export const wirkung = {
  nav: 'Wirkung',
};
