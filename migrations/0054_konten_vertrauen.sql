-- Konten: Einstellungen der Installation, Postausgang, persönliche Admin-Einladungen, Aufräumen von Sitzungen.

-- Settings of this installation as name/value pairs (e.g. the generated demo password, one-off upgrade steps).
create table einstellung (
  name text primary key,
  wert text not null,
  geaendert_am timestamptz not null default now()
);

-- Outbox: messages Lotse wants to send by e-mail. Nothing is sent yet; a later step adds SMTP and a
-- job queue that fills versendet_am / versuche / fehler.
create table mail_ausgang (
  id bigint generated always as identity primary key,
  an text not null,
  art text not null,                 -- e.g. 'konto.willkommen'
  betreff text not null,
  text text not null,
  erstellt_am timestamptz not null default now(),
  versendet_am timestamptz,
  versuche int not null default 0,
  fehler text
);
create index mail_ausgang_offen_idx on mail_ausgang (id) where versendet_am is null;

-- Expired sessions are deleted at every login.
create index sitzung_ablauf_idx on sitzung (laeuft_ab_am);

-- Admin rights only by a personal invitation (bound to an e-mail address). Open shareable admin links
-- are withdrawn; accepted ones stay as history (hence NOT VALID: only new and changed rows are checked).
update einladung set laeuft_ab_am = now()
  where rolle = 'admin' and email is null and angenommen_am is null and laeuft_ab_am > now();
alter table einladung add constraint einladung_admin_persoenlich check (rolle = 'mitglied' or email is not null) not valid;
