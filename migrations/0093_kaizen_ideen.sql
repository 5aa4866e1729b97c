-- Kaizen, Teil Ideen: Organisationseinheiten (Teams) einer Kommune, Ideen der Beschäftigten mit
-- Verantwortung und Entscheidungsfrist, ihr Statusverlauf und die Einstellung „keine Namen an Ideen“.
-- Anonyme Ideen speichern keine einreichende Person – weder hier noch im Audit-Log (Entscheidung 0093).

create table kaizen_einheit (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  name text not null check (length(name) between 1 and 120),
  -- Zahl der Beschäftigten (für Ideen je 100 Beschäftigte; Teamzahlen erst ab 5 Personen).
  beschaeftigte integer check (beschaeftigte is null or beschaeftigte between 0 and 1000000),
  erstellt_am timestamptz not null default now(),
  unique (kommune_id, name),
  unique (id, kommune_id)
);

create table kaizen_einstellung (
  kommune_id text primary key references kommune(id),
  -- Personalrat: an Ideen werden keine Namen gespeichert (jede Idee geht wie eine anonyme ein).
  namen_aus boolean not null default false,
  -- Zahl der Beschäftigten der ganzen Kommune (für Ideen je 100 Beschäftigte).
  beschaeftigte integer check (beschaeftigte is null or beschaeftigte between 0 and 10000000),
  geaendert_am timestamptz not null default now()
);

create table kaizen_idee (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  einheit_id uuid,
  problem text not null check (length(problem) between 1 and 4000),
  vorschlag text not null check (length(vorschlag) between 1 and 4000),
  prozess text not null default '' check (length(prozess) <= 200),
  nutzen text not null default '' check (length(nutzen) <= 2000),
  anonym boolean not null default false,
  eingereicht_von uuid references konto(id) on delete set null,
  status text not null default 'neu' check (status in ('neu', 'in_pruefung', 'im_test', 'standard', 'verworfen', 'zurueckgestellt')),
  grund text not null default '' check (length(grund) <= 2000),
  wiedervorlage_am date,
  verantwortlich_id uuid references konto(id) on delete set null,
  verantwortlich_seit timestamptz,
  entscheiden_bis date not null,
  entschieden_am timestamptz,
  erstellt_am timestamptz not null default now(),
  status_geaendert_am timestamptz not null default now(),
  -- Eine anonyme Idee kennt niemanden, der sie eingereicht hat.
  check (not anonym or eingereicht_von is null),
  check (status <> 'verworfen' or length(grund) > 0),
  check (status <> 'zurueckgestellt' or wiedervorlage_am is not null),
  unique (id, kommune_id),
  foreign key (einheit_id, kommune_id) references kaizen_einheit (id, kommune_id)
);
create index kaizen_idee_kommune_status_idx on kaizen_idee (kommune_id, status);
create index kaizen_idee_verantwortlich_idx on kaizen_idee (verantwortlich_id) where verantwortlich_id is not null;
create index kaizen_idee_einheit_idx on kaizen_idee (einheit_id) where einheit_id is not null;

-- Statusverlauf; konto_id ist die Person, die den Status geändert hat (nie die einreichende einer anonymen Idee:
-- der erste Eintrag einer anonymen Idee hat konto_id = null).
create table kaizen_idee_verlauf (
  id bigint generated always as identity primary key,
  idee_id uuid not null,
  kommune_id text not null references kommune(id),
  von text,
  nach text not null,
  grund text not null default '',
  konto_id uuid references konto(id) on delete set null,
  zeitpunkt timestamptz not null default now(),
  foreign key (idee_id, kommune_id) references kaizen_idee (id, kommune_id) on delete cascade
);
create index kaizen_idee_verlauf_idee_idx on kaizen_idee_verlauf (idee_id, zeitpunkt);
