-- Rückmeldungen eines Übernahmeprojekts: bei Inbetriebnahme, nach 6 und nach 12 Monaten (je höchstens eine).
-- Öffentliche Zahlen der Lösungsseite stammen nur aus Rückmeldungen mit Einwilligung (oeffentlich).
create table uebernahme_rueckmeldung (
  id uuid primary key default gen_random_uuid(),
  uebernahme_id uuid not null references uebernahme(id) on delete cascade,
  kommune_id text not null references kommune(id),
  loesung_id uuid not null references loesung(id) on delete cascade,
  anlass text not null check (anlass in ('golive', '6-monate', '12-monate')),
  aufwand_personentage numeric(7, 1) not null check (aufwand_personentage >= 0),
  kosten_euro integer not null check (kosten_euro >= 0),
  wirkungsstufe smallint not null check (wirkungsstufe between 1 and 7),
  anpassungen text not null default '',
  belege text not null default '',
  referenz text not null default '',
  oeffentlich boolean not null,
  erstellt_von uuid references konto(id) on delete set null,
  erstellt_am timestamptz not null default now(),
  unique (uebernahme_id, anlass)
);
create index uebernahme_rueckmeldung_loesung_idx on uebernahme_rueckmeldung (loesung_id) where oeffentlich;
