-- Single sign-on: a provider can require a second factor at the provider (issue 14; decision 0137).
-- When mfa_verlangen is set, a login is accepted only if the ID token names one of the accepted `acr`
-- values or at least one of the accepted `amr` values (RFC 8176, e.g. mfa, otp, hwk).
alter table sso_anbieter add column mfa_verlangen boolean not null default false;
alter table sso_anbieter add column mfa_acr text[] not null default '{}';
alter table sso_anbieter add column mfa_amr text[] not null default '{}';
alter table sso_anbieter add constraint sso_anbieter_mfa_werte
  check (not mfa_verlangen or cardinality(mfa_acr) + cardinality(mfa_amr) > 0);
