-- Single sign-on with OpenID Connect (issue 14, item 1; docs/decisions/0133-sso-oidc.md).
-- An identity provider of one Kommune (kommune_id set) or of a Land (land set: the Kommune comes from a claim).
create table sso_anbieter (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  kommune_id text references kommune(id) on delete cascade,
  land text,
  issuer text not null,
  client_id text not null,
  -- AES-256-GCM (iv.tag.ciphertext, base64url); the key is LOTSE_SSO_SCHLUESSEL or einstellung 'sso.schluessel'.
  client_secret_verschluesselt text not null,
  -- Claim that names the Kommune (12-digit Regionalschlüssel), only for a Land's provider.
  kommune_claim text,
  gruppen_claim text not null default 'groups',
  -- {"<group>": "mitglied" | "admin"}
  rollen_zuordnung jsonb not null default '{}',
  -- E-mail domains this provider vouches for (the login page finds the provider by them).
  email_domains text[] not null,
  erstellt_am timestamptz not null default now(),
  check ((kommune_id is null) <> (land is null)),
  check (land is null or land ~ '^[0-9]{2}$'),
  check (kommune_id is not null or kommune_claim is not null)
);
create index sso_anbieter_kommune on sso_anbieter (kommune_id);
create index sso_anbieter_domains on sso_anbieter using gin (email_domains);

-- A login in progress: state, nonce and PKCE verifier kept on the server (any instance can finish it),
-- bound to the browser by the hash of a random value in a short-lived httpOnly cookie.
create table sso_anmeldung (
  state_hash text primary key,
  anbieter_id uuid not null references sso_anbieter(id) on delete cascade,
  bindung_hash text not null,
  nonce text not null,
  code_verifier text not null,
  redirect_uri text not null,
  laeuft_ab_am timestamptz not null
);
create index sso_anmeldung_ablauf on sso_anmeldung (laeuft_ab_am);

-- Which account a subject of a provider is (created just in time at the first login).
create table sso_identitaet (
  anbieter_id uuid not null references sso_anbieter(id) on delete cascade,
  subjekt text not null,
  konto_id uuid not null references konto(id) on delete cascade,
  erstellt_am timestamptz not null default now(),
  primary key (anbieter_id, subjekt)
);
create index sso_identitaet_konto on sso_identitaet (konto_id);

-- A session started through a provider: its second factor is the provider's business (decision 0134),
-- and signing out can continue at the provider (RP-initiated logout).
alter table sitzung add column sso_anbieter_id uuid references sso_anbieter(id) on delete cascade;
