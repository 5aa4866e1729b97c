-- Kaizen: Prozesse und ihr Ereignisprotokoll (fall_id, schritt, zeitpunkt) je Kommune.
-- Für schnelle Kennzahlen hält Lotse je Fall eine Zusammenfassung und je Abstand zweier Ereignisse eine
-- Zeile; beide rechnet der Import in SQL neu, für die Fälle, die er berührt (Entscheidung 0090).

create table kaizen_prozess (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  name text not null check (length(name) between 1 and 200),
  erstellt_von uuid references konto(id) on delete set null,
  erstellt_am timestamptz not null default now(),
  ereignisse integer not null default 0,
  faelle integer not null default 0,
  erstes_ereignis timestamptz,
  letztes_ereignis timestamptz,
  unique (kommune_id, name),
  unique (id, kommune_id)
);

create table kaizen_ereignis (
  prozess_id uuid not null,
  kommune_id text not null references kommune(id),
  fall_id text not null,
  schritt text not null,
  zeitpunkt timestamptz not null,
  foreign key (prozess_id, kommune_id) references kaizen_prozess (id, kommune_id) on delete cascade,
  -- Dasselbe Ereignis zweimal eingelesen zählt einmal; der Index dient auch dem Neurechnen je Fall.
  primary key (prozess_id, fall_id, zeitpunkt, schritt)
);

create table kaizen_fall (
  prozess_id uuid not null,
  kommune_id text not null references kommune(id),
  fall_id text not null,
  erster timestamptz not null,
  letzter timestamptz not null,
  durchlauf_stunden double precision not null,
  ereignisse integer not null,
  nacharbeit boolean not null,
  -- Montag der ISO-Woche (Berliner Ortszeit) des letzten Ereignisses: Woche des Abschlusses.
  woche date not null,
  foreign key (prozess_id, kommune_id) references kaizen_prozess (id, kommune_id) on delete cascade,
  primary key (prozess_id, fall_id)
);
create index kaizen_fall_erster_idx on kaizen_fall (prozess_id, erster);

create table kaizen_wartezeit (
  prozess_id uuid not null,
  kommune_id text not null references kommune(id),
  fall_id text not null,
  fall_erster timestamptz not null,
  stunden double precision not null,
  foreign key (prozess_id, kommune_id) references kaizen_prozess (id, kommune_id) on delete cascade
);
create index kaizen_wartezeit_fall_idx on kaizen_wartezeit (prozess_id, fall_id);
