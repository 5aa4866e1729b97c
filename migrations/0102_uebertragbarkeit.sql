-- Übertragbarkeits-Check (Issue 11): Voraussetzungen einer Lösung (pflegt die Herkunftskommune) und das
-- Ergebnis des Checks je Übernahmeprojekt (beim Start aus Verzeichnis und letztem Selbstcheck vorbefüllt).
create table loesung_voraussetzung (
  loesung_id uuid primary key references loesung(id) on delete cascade,
  kommune_id text references kommune(id),
  daten jsonb not null,
  aktualisiert_am timestamptz not null default now()
);

create table uebernahme_check (
  uebernahme_id uuid primary key references uebernahme(id) on delete cascade,
  kommune_id text not null references kommune(id),
  runde_id uuid,                                   -- der Selbstcheck, aus dem vorbefüllt wurde (falls einer)
  ergebnis jsonb not null,
  erstellt_am timestamptz not null default now()
);
