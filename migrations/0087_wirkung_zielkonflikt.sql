-- Wirkung: Zielkonflikte zwischen zwei Zielen einer Kommune, mit Beschreibung und Auflösung.

create table zielkonflikt (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  ziel_a_id uuid not null,
  ziel_b_id uuid not null,
  beschreibung text not null check (length(beschreibung) between 1 and 2000),
  aufloesung text not null default '' check (length(aufloesung) <= 2000),
  erstellt_von uuid references konto(id) on delete set null,
  erstellt_am timestamptz not null default now(),
  check (ziel_a_id <> ziel_b_id),
  foreign key (ziel_a_id, kommune_id) references wirkungsziel (id, kommune_id) on delete cascade,
  foreign key (ziel_b_id, kommune_id) references wirkungsziel (id, kommune_id) on delete cascade
);
create unique index zielkonflikt_paar_idx on zielkonflikt (least(ziel_a_id, ziel_b_id), greatest(ziel_a_id, ziel_b_id));
