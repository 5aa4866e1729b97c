-- Community je Lösung (Issue 11, Punkt 6): Fragen und Antworten, sichtbar für angemeldete Mitglieder aller
-- Kommunen; eine Antwort kann die fragende Kommune als akzeptiert markieren. kommune_id = Kommune der
-- fragenden bzw. antwortenden Person.
create table community_frage (
  id uuid primary key default gen_random_uuid(),
  loesung_id uuid not null references loesung(id) on delete cascade,
  kommune_id text not null references kommune(id) on delete cascade,
  konto_id uuid references konto(id) on delete set null,
  titel text not null check (length(titel) between 5 and 200),
  text text not null check (length(text) between 1 and 5000),
  akzeptierte_antwort_id uuid,
  erstellt_am timestamptz not null default now()
);
create index community_frage_loesung_idx on community_frage (loesung_id, erstellt_am desc);

create table community_antwort (
  id uuid primary key default gen_random_uuid(),
  frage_id uuid not null references community_frage(id) on delete cascade,
  kommune_id text not null references kommune(id) on delete cascade,
  konto_id uuid references konto(id) on delete set null,
  text text not null check (length(text) between 1 and 5000),
  erstellt_am timestamptz not null default now()
);
create index community_antwort_frage_idx on community_antwort (frage_id, erstellt_am);
alter table community_frage add constraint community_frage_akzeptiert_fk
  foreign key (akzeptierte_antwort_id) references community_antwort(id) on delete set null;
