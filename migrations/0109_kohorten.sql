-- Kohorten (Issue 11, Punkt 3): mehrere Kommunen übernehmen dieselbe Lösung gemeinsam (URBACT: bis zu 8).
-- Die Transferstelle bildet die Kohorte und lädt Kommunen ein; jede Kommune führt ihr eigenes Übernahmeprojekt
-- (uebernahme), das beim Annehmen verknüpft wird. Zeitplan: Transferplan nach 3, Review nach 12 Monaten.
create table kohorte (
  id uuid primary key default gen_random_uuid(),
  loesung_id uuid not null references loesung(id) on delete cascade,
  titel text not null check (length(titel) between 3 and 200),
  erstellt_von uuid references konto(id) on delete set null,
  max_mitglieder integer not null default 8 check (max_mitglieder between 2 and 40),
  start_am date not null default current_date,
  transferplan_bis date not null,
  review_am date not null,
  erstellt_am timestamptz not null default now()
);
create index kohorte_loesung_idx on kohorte (loesung_id);

create table kohorte_mitglied (
  kohorte_id uuid not null references kohorte(id) on delete cascade,
  kommune_id text not null references kommune(id),
  status text not null default 'eingeladen' check (status in ('eingeladen', 'dabei', 'abgelehnt')),
  uebernahme_id uuid references uebernahme(id) on delete set null,
  eingeladen_am timestamptz not null default now(),
  beantwortet_am timestamptz,
  primary key (kohorte_id, kommune_id)
);
create index kohorte_mitglied_kommune_idx on kohorte_mitglied (kommune_id);

-- Beiträge der Diskussion; kommune_id null = Beitrag der Transferstelle.
create table kohorte_beitrag (
  id uuid primary key default gen_random_uuid(),
  kohorte_id uuid not null references kohorte(id) on delete cascade,
  kommune_id text references kommune(id),
  konto_id uuid references konto(id) on delete set null,
  text text not null check (length(text) between 1 and 5000),
  erstellt_am timestamptz not null default now()
);
create index kohorte_beitrag_idx on kohorte_beitrag (kohorte_id, erstellt_am);

-- Gemeinsame Dokumente als Links (z. B. gemeinsame Ausschreibung); kommune_id null = von der Transferstelle.
create table kohorte_dokument (
  id uuid primary key default gen_random_uuid(),
  kohorte_id uuid not null references kohorte(id) on delete cascade,
  kommune_id text references kommune(id),
  konto_id uuid references konto(id) on delete set null,
  titel text not null check (length(titel) between 1 and 200),
  url text not null check (length(url) between 8 and 2000),
  erstellt_am timestamptz not null default now()
);
create index kohorte_dokument_idx on kohorte_dokument (kohorte_id);
