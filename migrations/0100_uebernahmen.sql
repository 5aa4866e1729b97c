-- Übernahmeprojekte (Issue 11): eine Kommune übernimmt eine veröffentlichte Lösung einer anderen Kommune.
-- Phasen nur vorwärts: verstehen → anpassen → uebernehmen → verstetigen → abgeschlossen; jederzeit
-- abgebrochen (mit Grund). Abgebrochene Projekte bleiben erhalten (die Transferstelle lernt aus ihnen).
create table uebernahme (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),          -- die übernehmende Kommune
  loesung_id uuid not null references loesung(id) on delete cascade,
  loesung_version integer not null,                          -- die übernommene Version
  herkunft_kommune_id text references kommune(id),           -- Herkunftskommune der Lösung (zum Start)
  herkunft_kontakt text not null default '',
  bedarf_id uuid references bedarf(id) on delete set null,
  phase text not null default 'verstehen' check (phase in ('verstehen', 'anpassen', 'uebernehmen', 'verstetigen', 'abgeschlossen', 'abgebrochen')),
  abbruch_grund text,
  verantwortlich_id uuid references konto(id) on delete set null,
  golive_am date,                                            -- Beginn der Phase „verstetigen“ (in Betrieb)
  erstellt_von uuid references konto(id) on delete set null,
  erstellt_am timestamptz not null default now(),
  aktualisiert_am timestamptz not null default now(),
  check (phase <> 'abgebrochen' or abbruch_grund is not null)
);
create index uebernahme_loesung_idx on uebernahme (loesung_id, phase);
create index uebernahme_kommune_idx on uebernahme (kommune_id);
create index uebernahme_herkunft_idx on uebernahme (herkunft_kommune_id);
create index uebernahme_verantwortlich_idx on uebernahme (verantwortlich_id);

-- Verlauf der Phasen (Zeitleiste im Übernahmebericht).
create table uebernahme_verlauf (
  id uuid primary key default gen_random_uuid(),
  uebernahme_id uuid not null references uebernahme(id) on delete cascade,
  kommune_id text not null references kommune(id),
  phase text not null,
  grund text,
  konto_id uuid references konto(id) on delete set null,
  am timestamptz not null default now()
);
create index uebernahme_verlauf_idx on uebernahme_verlauf (uebernahme_id, am);

-- Checkliste je Phase (beim Start aus der Vorlage der Lösung bzw. der Standardvorlage kopiert).
create table uebernahme_punkt (
  id uuid primary key default gen_random_uuid(),
  uebernahme_id uuid not null references uebernahme(id) on delete cascade,
  kommune_id text not null references kommune(id),
  phase text not null check (phase in ('verstehen', 'anpassen', 'uebernehmen', 'verstetigen')),
  position integer not null,
  text text not null,
  erledigt boolean not null default false
);
create index uebernahme_punkt_idx on uebernahme_punkt (uebernahme_id, phase, position);

-- Meilensteine mit Verantwortlichen und Fälligkeit; quelle 'check' = aus dem Übertragbarkeits-Check.
create table uebernahme_meilenstein (
  id uuid primary key default gen_random_uuid(),
  uebernahme_id uuid not null references uebernahme(id) on delete cascade,
  kommune_id text not null references kommune(id),
  phase text not null check (phase in ('verstehen', 'anpassen', 'uebernehmen', 'verstetigen')),
  titel text not null,
  verantwortlich text not null default '',
  faellig_am date,
  erledigt boolean not null default false,
  quelle text not null default 'manuell' check (quelle in ('manuell', 'check'))
);
create index uebernahme_meilenstein_idx on uebernahme_meilenstein (uebernahme_id);

-- Dokumente als Links.
create table uebernahme_dokument (
  id uuid primary key default gen_random_uuid(),
  uebernahme_id uuid not null references uebernahme(id) on delete cascade,
  kommune_id text not null references kommune(id),
  titel text not null,
  url text not null,
  erstellt_am timestamptz not null default now()
);
create index uebernahme_dokument_idx on uebernahme_dokument (uebernahme_id);

-- Checklisten-Vorlage einer Lösung (pflegt die Herkunftskommune); ohne Zeile gilt die Standardvorlage.
create table loesung_uebernahme_vorlage (
  loesung_id uuid primary key references loesung(id) on delete cascade,
  kommune_id text references kommune(id),
  punkte jsonb not null,                                      -- {"verstehen": ["…"], "anpassen": […], …}
  aktualisiert_am timestamptz not null default now()
);
