-- Wirkung: eigene Indikatoren einer Kommune (neben den Referenzreihen) und ihre Werte.
-- Jede Tabelle trägt kommune_id. Entscheidung: docs/decisions/0087-eigene-indikatoren-import.md

create table eigener_indikator (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  name text not null check (length(name) between 1 and 200),
  einheit text not null default '' check (length(einheit) <= 50),
  richtung text not null check (richtung in ('hoch', 'niedrig')),                -- was ist besser
  rba text not null check (rba in ('wie_viel', 'wie_gut', 'besser_gestellt')),   -- Results-Based Accountability
  verantwortlich text not null default '' check (length(verantwortlich) <= 200), -- Organisationseinheit
  pflegt_konto_id uuid references konto(id) on delete set null,                  -- wer die Werte pflegt
  rhythmus text not null check (rhythmus in ('monatlich', 'quartalsweise', 'halbjaehrlich', 'jaehrlich')),
  basis_wert double precision,
  basis_jahr smallint check (basis_jahr between 1950 and 2100),
  ziel_wert double precision,
  ziel_jahr smallint check (ziel_jahr between 1950 and 2100),
  ziel_id uuid references wirkungsziel(id) on delete set null,
  stufe smallint check (stufe between 1 and 7),
  gegenindikator_id uuid references eigener_indikator(id) on delete set null,
  erstellt_von uuid references konto(id) on delete set null,
  erstellt_am timestamptz not null default now(),
  aktualisiert_am timestamptz not null default now(),
  unique (id, kommune_id)
);
create index eigener_indikator_kommune_idx on eigener_indikator (kommune_id);
create index eigener_indikator_ziel_idx on eigener_indikator (ziel_id);
create index eigener_indikator_pflegt_idx on eigener_indikator (pflegt_konto_id);

create table eigener_indikator_wert (
  id bigint generated always as identity primary key,
  kommune_id text not null references kommune(id),
  indikator_id uuid not null,
  jahr smallint not null check (jahr between 1950 and 2100),
  datum date,
  wert double precision not null,
  stadtteil text not null default '' check (length(stadtteil) <= 100),
  zielgruppe text not null default '' check (length(zielgruppe) <= 100),
  erfasst_am timestamptz not null default now(),
  check (datum is null or extract(year from datum) = jahr),
  foreign key (indikator_id, kommune_id) references eigener_indikator (id, kommune_id) on delete cascade
);
create index eigener_indikator_wert_indikator_idx on eigener_indikator_wert (indikator_id, jahr);
