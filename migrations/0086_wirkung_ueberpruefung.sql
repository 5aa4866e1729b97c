-- Wirkung: Stop-Doing-Review – Entscheidungen je Maßnahme (fortführen / anpassen / beenden) mit
-- Begründung und Datum; die Historie je Maßnahme. Entscheidung: docs/decisions/0088-stop-doing-zyklus.md

create table massnahme_pruefung (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  massnahme_id uuid not null,
  entscheidung text not null check (entscheidung in ('fortfuehren', 'anpassen', 'beenden')),
  begruendung text not null check (length(begruendung) between 1 and 4000),
  datum date not null,
  naechste_pruefung date,
  konto_id uuid references konto(id) on delete set null,
  erstellt_am timestamptz not null default now(),
  foreign key (massnahme_id, kommune_id) references massnahme (id, kommune_id) on delete cascade
);
create index massnahme_pruefung_massnahme_idx on massnahme_pruefung (massnahme_id, datum);
