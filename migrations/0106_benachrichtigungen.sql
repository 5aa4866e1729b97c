-- Mails: HTML-Teil neben dem vollständigen Textteil, und eine Frist für die Instanz, die gerade sendet
-- (so sendet keine zweite Instanz dieselbe Mail, auch nicht nach einem Neustart).
alter table mail_ausgang add column html text;
alter table mail_ausgang add column gesperrt_bis timestamptz;

-- Benachrichtigungen je Person: Einwilligung und Art (sofort, wöchentliche Zusammenfassung, aus).
-- Ohne Zeile gilt: keine Einwilligung, also keine Benachrichtigungs-Mails (docs/decisions/0116).
create table benachrichtigung_einstellung (
  konto_id uuid primary key references konto(id) on delete cascade,
  einwilligung boolean not null default false,
  modus text not null default 'woche' check (modus in ('sofort', 'woche', 'aus')),
  einwilligung_am timestamptz,
  geaendert_am timestamptz not null default now()
);

-- Was eine Person erfahren soll (neue Frage zu ihrer Lösung, fälliger Meilenstein …). Gruppe = Projekt oder
-- Lösung, nach der die Wochenzusammenfassung gliedert; handeln = die Person muss etwas tun (steht zuerst).
create table benachrichtigung (
  id bigint generated always as identity primary key,
  konto_id uuid not null references konto(id) on delete cascade,
  kommune_id text references kommune(id) on delete cascade,
  art text not null,
  gruppe text not null,
  titel text not null,
  text text not null default '',
  link text not null,
  handeln boolean not null default false,
  erstellt_am timestamptz not null default now(),
  -- gesetzt, sobald die Benachrichtigung in einer Mail steht (sofort oder in der Zusammenfassung) oder
  -- nicht gemailt wird (Einstellung „aus“, keine Einwilligung)
  erledigt_am timestamptz
);
create index benachrichtigung_offen_idx on benachrichtigung (konto_id, id) where erledigt_am is null;
