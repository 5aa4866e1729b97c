-- Wirkung: Wirkungsdialoge – Sitzungen zu einem Ziel mit Teilnehmenden nach Rolle, Leitfragen,
-- Gesprächspunkten, Hypothesen, Entscheidungen und Aufgaben. Jede Tabelle trägt kommune_id.

create table wirkungsdialog (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  titel text not null check (length(titel) between 1 and 200),
  datum date not null,
  ort text not null default '' check (length(ort) <= 200),
  ziel_id uuid references wirkungsziel(id) on delete set null,
  erstellt_von uuid references konto(id) on delete set null,
  erstellt_am timestamptz not null default now(),
  unique (id, kommune_id)
);
create index wirkungsdialog_kommune_idx on wirkungsdialog (kommune_id, datum);

create table wirkungsdialog_teilnahme (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  dialog_id uuid not null,
  name text not null check (length(name) between 1 and 200),
  rolle text not null check (rolle in ('verwaltung', 'politik', 'traeger', 'zivilgesellschaft')),
  foreign key (dialog_id, kommune_id) references wirkungsdialog (id, kommune_id) on delete cascade
);
create index wirkungsdialog_teilnahme_dialog_idx on wirkungsdialog_teilnahme (dialog_id);

-- Einträge: Gesprächspunkte (z. B. Ausreißer, vorausgewählt), Antworten auf Leitfragen, Hypothesen,
-- Entscheidungen, Aufgaben. Eine Hypothese kann zu einem Bedarf werden (bedarf_id).
create table wirkungsdialog_eintrag (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  dialog_id uuid not null,
  art text not null check (art in ('gespraechspunkt', 'antwort', 'hypothese', 'entscheidung', 'aufgabe')),
  leitfrage text check (leitfrage in ('ueberrascht', 'deutung', 'unterschiede', 'hypothesen')),
  text text not null check (length(text) between 1 and 2000),
  verantwortlich text not null default '' check (length(verantwortlich) <= 200),
  faellig date,
  indikator_id uuid references eigener_indikator(id) on delete set null,
  bedarf_id uuid references bedarf(id) on delete set null,
  reihenfolge integer not null default 0,
  erstellt_am timestamptz not null default now(),
  foreign key (dialog_id, kommune_id) references wirkungsdialog (id, kommune_id) on delete cascade
);
create index wirkungsdialog_eintrag_dialog_idx on wirkungsdialog_eintrag (dialog_id, art, reihenfolge);
