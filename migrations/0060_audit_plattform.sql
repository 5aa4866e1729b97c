-- Audit log for platform-level actions (role grants, thesaurus edits, imports, seals without a Kommune).
-- audit_log stays a tenant table (primary key with kommune_id, the distribution key for a later move to
-- Citus); actions without a Kommune get their own table, read by the platform admin (GET /api/admin/audit).
create table plattform_audit_log (
  id bigint generated always as identity primary key,
  konto_id uuid references konto(id) on delete set null,
  aktion text not null,
  objekt_typ text not null,
  objekt_id text,
  details jsonb not null default '{}'::jsonb,
  zeitpunkt timestamptz not null default now()
);
create index plattform_audit_log_zeit_idx on plattform_audit_log (zeitpunkt desc);
