-- Öffentliche Zahlen einer Lösung aus Übernahmen und Rückmeldungen (Entscheidung 0114): in der Transaktion jeder
-- Änderung (Start, Phasenwechsel, Rückmeldung) neu berechnet und hier abgelegt; die Lösungsseite liest eine Zeile.
create table uebernahme_nutzung_stand (
  loesung_id uuid primary key references loesung(id) on delete cascade,
  daten jsonb not null,
  berechnet_am timestamptz not null default now()
);
