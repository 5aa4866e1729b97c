-- Second factor (TOTP, RFC 6238) for password accounts (issue 14, item 2; docs/decisions/0072).
-- The secret lives with the account; it becomes active only after the first correct code.
alter table konto add column totp_geheimnis text;
alter table konto add column totp_aktiv_seit timestamptz;
-- Last accepted 30-second step: a code is accepted once (no replay within its window).
alter table konto add column totp_letzter_schritt bigint;

-- One-time recovery codes (sha256 of a random 10-character code; shown once).
create table konto_wiederherstellungscode (
  konto_id uuid not null references konto(id) on delete cascade,
  code_hash text not null,
  verwendet_am timestamptz,
  primary key (konto_id, code_hash)
);

-- Between password and code: a short-lived token in a cookie, never a session.
create table anmeldung_ausstehend (
  id text primary key,
  konto_id uuid not null references konto(id) on delete cascade,
  laeuft_ab_am timestamptz not null,
  fehlversuche int not null default 0
);
create index anmeldung_ausstehend_konto on anmeldung_ausstehend (konto_id);
