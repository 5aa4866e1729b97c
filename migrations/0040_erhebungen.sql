-- Erhebungen (Selbstchecks): versionierte Fragebögen, Runden einer Kommune, Antwortsätze,
-- Opt-in als „Vorreiter“ und die Dimensionswerte für den Vergleich mit Kommunen gleicher Größenklasse.
-- Jede Tabelle mit Daten einer Kommune trägt kommune_id (Mandant).

-- Fragebögen als Daten: eine Zeile je (id, version), geladen aus src/modules/erhebungen/frageboegen/*.json.
-- Eine Version wird nie geändert; Runden verweisen auf (fragebogen_id, version), damit alte Antworten
-- mit der Definition ausgewertet werden, mit der sie gegeben wurden.
create table fragebogen (
  id text not null check (id ~ '^[a-z0-9][a-z0-9_-]*$'),
  version integer not null check (version > 0),
  titel text not null,
  definition jsonb not null,
  geladen_am timestamptz not null default now(),
  primary key (id, version)
);

create table erhebungsrunde (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  fragebogen_id text not null,
  version integer not null,
  modus text not null check (modus in ('einzeln', 'team')),
  status text not null default 'offen' check (status in ('offen', 'abgeschlossen')),
  team_token_hash text,                      -- sha256 des anonymen Links (nur Team-Modus), nie der Link selbst
  schliesst_am timestamptz,                  -- Team-Modus: danach keine Antworten mehr
  erstellt_von uuid references konto(id) on delete set null,
  erstellt_am timestamptz not null default now(),
  aktualisiert_am timestamptz not null default now(),
  abgeschlossen_am timestamptz,
  ergebnis jsonb,                            -- beim Abschließen berechnet und hier abgelegt
  foreign key (fragebogen_id, version) references fragebogen (id, version),
  unique (id, kommune_id),
  check ((modus = 'team') = (team_token_hash is not null))
);
create unique index erhebungsrunde_team_token_idx on erhebungsrunde (team_token_hash) where team_token_hash is not null;
create index erhebungsrunde_kommune_idx on erhebungsrunde (kommune_id, fragebogen_id, erstellt_am);

-- Antworten: im Einzelmodus genau ein Satz je Runde (die Kommune füllt gemeinsam aus, konto_id = zuletzt
-- bearbeitet von); im Team-Modus ein Satz je Browser (browser_kennung_hash = sha256(Cookie + Runde)),
-- ohne Konto und ohne Namen.
create table antwortsatz (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  runde_id uuid not null,
  konto_id uuid references konto(id) on delete set null,
  browser_kennung_hash text,
  rollengruppe text check (rollengruppe in ('fuehrung', 'beschaeftigte')),
  antworten jsonb not null default '{}'::jsonb,
  eingereicht_am timestamptz,
  aktualisiert_am timestamptz not null default now(),
  foreign key (runde_id, kommune_id) references erhebungsrunde (id, kommune_id) on delete cascade
);
create unique index antwortsatz_einzeln_idx on antwortsatz (runde_id) where browser_kennung_hash is null;
create unique index antwortsatz_browser_idx on antwortsatz (runde_id, browser_kennung_hash) where browser_kennung_hash is not null;

-- Eine Kommune willigt ein, im Vergleich als „Vorreiter“ einer Dimension genannt zu werden.
create table vorreiter_optin (
  kommune_id text not null references kommune(id),
  fragebogen_id text not null,
  dimension text not null,
  erstellt_am timestamptz not null default now(),
  primary key (kommune_id, fragebogen_id, dimension)
);

-- Dimensionswerte abgeschlossener Runden, flach und mit Größenklasse/Art zum Zeitpunkt des Abschlusses,
-- damit der Vergleich eine einzige indizierte Abfrage ist. aktuell = jüngste abgeschlossene Runde der
-- Kommune für diesen Fragebogen (nur diese zählt im Vergleich).
create table dimension_score (
  kommune_id text not null references kommune(id),
  runde_id uuid not null,
  fragebogen_id text not null,
  dimension text not null,
  score real not null check (score between 0 and 100),
  art text not null check (art in ('gemeinde', 'kreis')),
  groessenklasse smallint not null check (groessenklasse between 1 and 7),
  aktuell boolean not null default true,
  abgeschlossen_am timestamptz not null default now(),
  primary key (runde_id, dimension),
  foreign key (runde_id, kommune_id) references erhebungsrunde (id, kommune_id) on delete cascade
);
create index dimension_score_vergleich_idx on dimension_score (fragebogen_id, art, groessenklasse, dimension, score)
  include (kommune_id) where aktuell;
create index dimension_score_kommune_idx on dimension_score (kommune_id, fragebogen_id);
