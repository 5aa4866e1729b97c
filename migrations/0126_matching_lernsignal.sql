-- Issue 10, item 5: decisions of the Lotsen as learning signals for the ranking (docs/decisions/0124).
-- One row per decision about one solution for one need text: accepted proposal / „hilfreich“ (+1),
-- „nicht hilfreich“ / „keine passende Lösung“ (−1), with the German stems of the need's text.
create table matching_lernsignal (
  id uuid primary key default gen_random_uuid(),
  kommune_id text references kommune(id) on delete cascade,
  bedarf_id uuid references bedarf(id) on delete cascade,
  loesung_id uuid not null references loesung(id) on delete cascade,
  quelle text not null check (quelle in ('vorschlag_angenommen', 'hilfreich', 'nicht_hilfreich', 'keine_passende_loesung')),
  gewicht real not null check (gewicht between -1 and 1),
  lexeme text[] not null,
  erstellt_am timestamptz not null default now()
);
create index matching_lernsignal_lexeme on matching_lernsignal using gin (lexeme);
create index matching_lernsignal_loesung on matching_lernsignal (loesung_id);
create index matching_lernsignal_kommune on matching_lernsignal (kommune_id);
