-- Rückmeldungen zur Barrierefreiheit (Feedback-Mechanismus der Erklärung zur Barrierefreiheit, BITV 2.0 § 7).
-- Jede Rückmeldung bleibt hier erhalten, auch wenn der Betreiber noch keine E-Mail-Adresse eingetragen hat;
-- mit Adresse legt Lotse in derselben Transaktion eine Mail in mail_ausgang ab.
create table rueckmeldung (
  id uuid primary key default gen_random_uuid(),
  art text not null check (art in ('barrierefreiheit')),
  name text check (char_length(name) <= 200),
  email text check (char_length(email) <= 254),
  nachricht text not null check (char_length(nachricht) between 1 and 5000),
  seite text check (char_length(seite) <= 2000),
  erstellt_am timestamptz not null default now()
);
create index rueckmeldung_erstellt_idx on rueckmeldung (erstellt_am);
