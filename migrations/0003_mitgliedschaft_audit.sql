-- Zugehörigkeit eines Kontos zu einer Kommune (Tenant) mit Rolle.
create table mitgliedschaft (
  kommune_id text not null references kommune(id),
  konto_id uuid not null references konto(id) on delete cascade,
  rolle text not null check (rolle in ('mitglied', 'admin')),
  erstellt_am timestamptz not null default now(),
  primary key (kommune_id, konto_id)
);
create index mitgliedschaft_konto_idx on mitgliedschaft (konto_id);

-- Einladung per Link durch einen Kommune-Admin. Gespeichert wird nur der Hash des Tokens.
create table einladung (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  token_hash text not null unique,
  rolle text not null check (rolle in ('mitglied', 'admin')),
  email text,
  erstellt_von uuid not null references konto(id),
  erstellt_am timestamptz not null default now(),
  laeuft_ab_am timestamptz not null,
  angenommen_von uuid references konto(id),
  angenommen_am timestamptz
);
create index einladung_kommune_idx on einladung (kommune_id);

-- Audit-Log: wer hat wann was an Daten einer Kommune geändert.
create table audit_log (
  id bigint generated always as identity,
  kommune_id text not null references kommune(id),
  konto_id uuid references konto(id) on delete set null,
  aktion text not null,              -- z. B. 'bedarf.erstellt'
  objekt_typ text not null,
  objekt_id text,
  details jsonb not null default '{}'::jsonb,
  zeitpunkt timestamptz not null default now(),
  primary key (kommune_id, id)
);
create index audit_log_zeit_idx on audit_log (kommune_id, zeitpunkt desc);
