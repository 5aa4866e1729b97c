-- Wirkung: eigene, von Hand gesetzte Prognose eines eigenen Indikators (Werte je künftigem Jahr) über der
-- berechneten „weiter so“-Prognose. Nur zur Anzeige; Hinweise rechnen weiter mit der berechneten Prognose.
-- Entscheidung: docs/decisions/0151-handprognose.md

create table eigene_handprognose (
  kommune_id text not null references kommune(id),
  indikator_id uuid not null,
  jahr integer not null check (jahr between 1950 and 2100),
  wert double precision not null,
  konto_id uuid references konto(id) on delete set null,
  erfasst_am timestamptz not null default now(),
  primary key (indikator_id, jahr),
  foreign key (indikator_id, kommune_id) references eigener_indikator (id, kommune_id) on delete cascade
);
