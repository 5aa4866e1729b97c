-- Kern: Konten, Sitzungen, Rollen, Einladungen, Audit-Log.
-- Tenant-owned tables carry kommune_id (see docs/architecture.md).

-- Normalises names and texts for search: lower case, without diacritics (ä→a, ß→ss).
create or replace function lotse_norm(t text) returns text
  language sql immutable parallel safe
  as $$ select lower(public.unaccent('public.unaccent'::regdictionary, coalesce(t, ''))) $$;

create table konto (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  name text not null,
  passwort_hash text not null,
  erstellt_am timestamptz not null default now(),
  aktualisiert_am timestamptz not null default now()
);
create unique index konto_email_idx on konto (lower(email));

create table sitzung (
  id text primary key,                -- sha256 of the cookie token, never the token itself
  konto_id uuid not null references konto(id) on delete cascade,
  erstellt_am timestamptz not null default now(),
  laeuft_ab_am timestamptz not null
);
create index sitzung_konto_idx on sitzung (konto_id);

-- Platform-wide roles: lotse (for a region), transferstelle, plattform-admin.
create table plattform_rolle (
  konto_id uuid not null references konto(id) on delete cascade,
  rolle text not null check (rolle in ('lotse', 'transferstelle', 'plattform-admin')),
  primary key (konto_id, rolle)
);

-- Region of a Lotse: Kreis keys (5 digits) or Land keys (2 digits).
create table lotse_region (
  konto_id uuid not null references konto(id) on delete cascade,
  schluessel text not null check (schluessel ~ '^([0-9]{2}|[0-9]{5})$'),
  primary key (konto_id, schluessel)
);

-- Rate-limit and login-failure bookkeeping is in memory of @fastify/rate-limit; nothing here.
