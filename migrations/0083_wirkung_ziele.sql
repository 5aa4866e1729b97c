-- Wirkung: Wirkungsziele auf der Wirkungstreppe, Maßnahmen einer Kommune und die Wirkungslogik
-- (Maßnahme → Output → Outcome → Impact, je Verbindung mit Annahme). Jede Tabelle trägt kommune_id.
-- Entscheidung: docs/decisions/0086-wirkungslogik-als-liste-und-svg.md

create table wirkungsziel (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  aussage text not null check (length(aussage) between 1 and 500),
  zielgruppe text not null default '' check (length(zielgruppe) <= 200),
  handlungsfeld text check (length(handlungsfeld) <= 100),
  verantwortlich text not null default '' check (length(verantwortlich) <= 200),  -- Organisationseinheit
  stufe smallint not null check (stufe between 1 and 7),                         -- Wirkungstreppe
  iooi text not null check (iooi in ('input', 'output', 'outcome', 'impact')),
  sdg smallint check (sdg between 1 and 17),
  erstellt_von uuid references konto(id) on delete set null,
  erstellt_am timestamptz not null default now(),
  aktualisiert_am timestamptz not null default now(),
  unique (id, kommune_id)
);
create index wirkungsziel_kommune_idx on wirkungsziel (kommune_id);

-- Maßnahmen und Programme mit Kosten und Haushaltsprodukt; dienen einem oder mehreren Zielen.
-- Erwartete Wirkung und Aufwand (1–5) sind die Achsen der Priorisierungsmatrix; naechste_pruefung
-- ist der jährliche Stop-Doing-Review; status „beendet“ gibt das Budget in der Priorisierung frei.
create table massnahme (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  titel text not null check (length(titel) between 1 and 300),
  beschreibung text not null default '' check (length(beschreibung) <= 4000),
  budget numeric(14, 2) check (budget >= 0),                                    -- Euro je Jahr
  haushaltsprodukt text not null default '' check (length(haushaltsprodukt) <= 100),
  evidenz text not null default '' check (length(evidenz) <= 4000),
  wirkung_erwartet smallint check (wirkung_erwartet between 1 and 5),
  aufwand smallint check (aufwand between 1 and 5),
  status text not null default 'aktiv' check (status in ('aktiv', 'beendet')),
  naechste_pruefung date,
  erstellt_von uuid references konto(id) on delete set null,
  erstellt_am timestamptz not null default now(),
  aktualisiert_am timestamptz not null default now(),
  unique (id, kommune_id)
);
create index massnahme_kommune_idx on massnahme (kommune_id, status);
create index massnahme_pruefung_faellig_idx on massnahme (naechste_pruefung) where status = 'aktiv';

create table massnahme_ziel (
  kommune_id text not null references kommune(id),
  massnahme_id uuid not null,
  ziel_id uuid not null,
  primary key (massnahme_id, ziel_id),
  foreign key (massnahme_id, kommune_id) references massnahme (id, kommune_id) on delete cascade,
  foreign key (ziel_id, kommune_id) references wirkungsziel (id, kommune_id) on delete cascade
);
create index massnahme_ziel_ziel_idx on massnahme_ziel (ziel_id);

-- Elemente der Wirkungslogik eines Ziels (die Maßnahmen selbst stehen in massnahme).
create table wirkungslogik_element (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  ziel_id uuid not null,
  ebene text not null check (ebene in ('output', 'outcome', 'impact')),
  titel text not null check (length(titel) between 1 and 300),
  erstellt_am timestamptz not null default now(),
  unique (id, kommune_id),
  foreign key (ziel_id, kommune_id) references wirkungsziel (id, kommune_id) on delete cascade
);
create index wirkungslogik_element_ziel_idx on wirkungslogik_element (ziel_id);

-- Eine Verbindung führt von einer Maßnahme oder einem Element zu einem Element derselben Logik,
-- mit der Annahme, warum das eine zum anderen führt.
create table wirkungslogik_verbindung (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  ziel_id uuid not null,
  von_massnahme_id uuid,
  von_element_id uuid,
  nach_element_id uuid not null,
  annahme text not null default '' check (length(annahme) <= 1000),
  erstellt_am timestamptz not null default now(),
  check (num_nonnulls(von_massnahme_id, von_element_id) = 1),
  check (von_element_id is null or von_element_id <> nach_element_id),
  foreign key (ziel_id, kommune_id) references wirkungsziel (id, kommune_id) on delete cascade,
  foreign key (von_massnahme_id, kommune_id) references massnahme (id, kommune_id) on delete cascade,
  foreign key (von_element_id, kommune_id) references wirkungslogik_element (id, kommune_id) on delete cascade,
  foreign key (nach_element_id, kommune_id) references wirkungslogik_element (id, kommune_id) on delete cascade
);
create unique index wirkungslogik_verbindung_eindeutig_idx
  on wirkungslogik_verbindung (ziel_id, coalesce(von_massnahme_id, von_element_id), nach_element_id);
