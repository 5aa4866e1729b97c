-- Katalog bewährter Lösungen (öffentlich nach Veröffentlichung).
-- Eine Lösung gehört ihrer Herkunftskommune (kommune_id, kann bei importierten Fällen ohne
-- deutsche Herkunft leer sein); Entwürfe sieht nur diese Kommune und die Transferstelle.
create table loesung (
  id uuid primary key default gen_random_uuid(),
  external_id text unique,                     -- Schlüssel für Import/Export (Upsert)
  kommune_id text references kommune(id),      -- Herkunftskommune
  herkunft_text text,                          -- Herkunft, wenn nicht im Verzeichnis (z. B. europäische Fälle)
  status text not null default 'entwurf' check (status in ('entwurf', 'eingereicht', 'veroeffentlicht', 'zurueckgewiesen', 'archiviert')),
  sprache text not null default 'de' check (sprache in ('de', 'en')),
  titel text not null,
  zusammenfassung text not null,
  problem text not null,
  ansatz text not null default '',
  voraussetzungen text not null default '',
  aufwand_von integer,                         -- Personentage
  aufwand_bis integer,
  kosten_von integer,                          -- Euro
  kosten_bis integer,
  dauer_monate integer,                        -- typische Zeit bis zur Einführung
  kontakt text not null default '',
  handlungsfeld text,
  tags text[] not null default '{}',
  links jsonb not null default '[]'::jsonb,
  wirkungsstufe smallint check (wirkungsstufe between 1 and 7),  -- PHINEO-Wirkungstreppe
  wirkung_text text not null default '',
  wirkung_quellen jsonb not null default '[]'::jsonb,
  version integer not null default 1,
  erstellt_von uuid references konto(id) on delete set null,
  erstellt_am timestamptz not null default now(),
  aktualisiert_am timestamptz not null default now(),
  veroeffentlicht_am timestamptz
);
create index loesung_status_idx on loesung (status);
create index loesung_kommune_idx on loesung (kommune_id);
create index loesung_handlungsfeld_idx on loesung (handlungsfeld);

-- Jede Änderung als Version mit Autor*in und Zeit.
create table loesung_version (
  loesung_id uuid not null references loesung(id) on delete cascade,
  version integer not null,
  kommune_id text references kommune(id),
  daten jsonb not null,
  geaendert_von uuid references konto(id) on delete set null,
  geaendert_am timestamptz not null default now(),
  kommentar text not null default '',
  primary key (loesung_id, version)
);

-- Kommunen, die eine Lösung übernommen haben.
create table loesung_nutzung (
  loesung_id uuid not null references loesung(id) on delete cascade,
  kommune_id text not null references kommune(id),
  seit date,
  bericht text not null default '',
  erstellt_am timestamptz not null default now(),
  primary key (loesung_id, kommune_id)
);

-- Siegel "Bewährt", vergeben von der Transferstelle gegen ausdrückliche Kriterien.
create table loesung_siegel (
  loesung_id uuid primary key references loesung(id) on delete cascade,
  kriterien jsonb not null,                    -- [{kriterium, erfuellt, begruendung}]
  vergeben_von uuid references konto(id) on delete set null,
  vergeben_am timestamptz not null default now()
);
