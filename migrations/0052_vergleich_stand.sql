-- Erhebungen: veröffentlichter Vergleichsstand (docs/decisions/0042-vergleich-veroeffentlichte-bereiche.md).
-- Der Vergleich mit anderen Kommunen liest nicht mehr live aus dimension_score, sondern aus einem Stand, den
-- ein geplanter Lauf (Start-Aufgabe, danach standardmäßig alle 24 Stunden) aus abgeschlossenen Runden berechnet.
-- Zwischen zwei Läufen ändert sich die Antwort also nicht – weder durch eigene Antworten noch durch Runden
-- anderer Kommunen.

-- Zeitpunkt des letzten Laufs (genau eine Zeile).
create table vergleich_lauf (
  id smallint primary key default 1 check (id = 1),
  berechnet_am timestamptz not null
);

-- Wer beim letzten Lauf in welcher Feinklasse (0 = 0–10 … 9 = 90–100 Punkte) lag: eine Zeile je Kommune,
-- Fragebogen und Dimension. Wird nie ausgeliefert; dient nur dazu, die eigene Kommune aus der Sicht auf ihre
-- Vergleichsgruppe herauszunehmen und Vorreiter (Einwilligung und mindestens Stufe 4 beim Lauf) zu nennen.
create table vergleich_mitglied (
  kommune_id text not null references kommune(id) on delete cascade,
  fragebogen_id text not null,
  version integer not null,
  art text not null check (art in ('gemeinde', 'kreis')),
  groessenklasse smallint not null check (groessenklasse between 1 and 7),
  dimension text not null,
  fein smallint not null check (fein between 0 and 9),
  vorreiter boolean not null default false,
  primary key (kommune_id, fragebogen_id, dimension)
);
create index vergleich_mitglied_vorreiter_idx on vergleich_mitglied (fragebogen_id, version, art, groessenklasse, dimension)
  where vorreiter;

-- Häufigkeit je Gruppe (Fragebogen, Version, Art, Größenklasse), Dimension und Feinklasse beim letzten Lauf.
-- Die Anfrage liest höchstens 10 Zeilen je Dimension und setzt daraus Bereiche mit mindestens 5 anderen
-- Kommunen zusammen.
create table vergleich_stand (
  fragebogen_id text not null,
  version integer not null,
  art text not null check (art in ('gemeinde', 'kreis')),
  groessenklasse smallint not null check (groessenklasse between 1 and 7),
  dimension text not null,
  fein smallint not null check (fein between 0 and 9),
  anzahl integer not null check (anzahl > 0),
  primary key (fragebogen_id, version, art, groessenklasse, dimension, fein)
);
