-- Bedarfe: Anliegen einer Kommune in ihren eigenen Worten, ihr Statusverlauf und die
-- Lösungsvorschläge von Lotsen und Transferstelle. Jede Tabelle trägt kommune_id (Mandant).
-- Statusfluss und Rollen: docs/decisions/0030-bedarf-statusfluss.md

create table bedarf (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  titel text not null check (length(titel) between 1 and 200),
  beschreibung text not null check (length(beschreibung) <= 10000),
  handlungsfeld text,
  dringlichkeit text not null check (dringlichkeit in ('niedrig', 'mittel', 'hoch')),
  status text not null default 'neu' check (status in
    ('neu', 'in_klaerung', 'loesungen_vorgeschlagen', 'in_umsetzung', 'erledigt', 'keine_passende_loesung')),
  quelle text check (quelle in ('erhebung', 'demo')),   -- null = direkt erfasst
  quelle_ref text,                                       -- z. B. Id der Erhebung, aus der der Bedarf entstand
  erstellt_von uuid references konto(id) on delete set null,
  erstellt_am timestamptz not null default now(),
  aktualisiert_am timestamptz not null default now(),
  status_geaendert_am timestamptz not null default now(),
  -- Ziel der zusammengesetzten Fremdschlüssel unten: Verlauf und Vorschläge gehören immer zur Kommune des Bedarfs.
  unique (id, kommune_id)
);
create index bedarf_kommune_status_idx on bedarf (kommune_id, status);
create index bedarf_status_erstellt_idx on bedarf (status, erstellt_am);
create index bedarf_erstellt_idx on bedarf (erstellt_am);

-- Jede Statusänderung mit Kommentar und Autor*in. Die Erfassung selbst ist der erste Eintrag (von = null).
create table bedarf_status_aenderung (
  id bigint generated always as identity primary key,
  bedarf_id uuid not null,
  kommune_id text not null references kommune(id),
  von text,
  nach text not null,
  kommentar text not null default '',
  konto_id uuid references konto(id) on delete set null,
  zeitpunkt timestamptz not null default now(),
  foreign key (bedarf_id, kommune_id) references bedarf (id, kommune_id) on delete cascade
);
create index bedarf_status_aenderung_bedarf_idx on bedarf_status_aenderung (bedarf_id, zeitpunkt);

-- Lösungen, die Lotse oder Transferstelle für einen Bedarf vorgeschlagen haben (je Lösung einmal).
create table bedarf_vorschlag (
  bedarf_id uuid not null,
  kommune_id text not null references kommune(id),
  loesung_id uuid not null references loesung(id) on delete cascade,
  notiz text not null default '',
  vorgeschlagen_von uuid references konto(id) on delete set null,
  zeitpunkt timestamptz not null default now(),
  primary key (bedarf_id, loesung_id),
  foreign key (bedarf_id, kommune_id) references bedarf (id, kommune_id) on delete cascade
);
create index bedarf_vorschlag_loesung_idx on bedarf_vorschlag (loesung_id);
create index bedarf_vorschlag_kommune_idx on bedarf_vorschlag (kommune_id);
