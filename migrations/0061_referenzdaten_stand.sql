-- Stand der Referenzdaten (z. B. Startbestand des Thesaurus): welche Version eines Datenbestands eine
-- Start-Aufgabe schon eingespielt hat (docs/decisions/0051). Jede Version wird genau einmal eingespielt;
-- Änderungen der Transferstelle an den Daten bleiben danach unangetastet.
create table referenzdaten_stand (
  bereich text not null check (length(bereich) between 1 and 100),
  version integer not null check (version >= 1),
  eingespielt integer not null default 0 check (eingespielt >= 0),
  angewendet_am timestamptz not null default now(),
  primary key (bereich, version)
);
