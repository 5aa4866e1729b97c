-- Kaizen, Teil Experimente: PDCA-Experimente (aus einer Idee oder direkt) mit Messgröße, Ausgangswert, Ziel,
-- Testzeitraum, Ergebnis und Entscheidung samt „Was haben wir gelernt?“, und die von Hand gestoppten Fälle
-- einer Stichprobe (vorher/nachher). Jede Zeile trägt kommune_id.

create table kaizen_experiment (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  idee_id uuid,
  titel text not null check (length(titel) between 1 and 200),
  hypothese text not null check (length(hypothese) between 1 and 2000),
  messgroesse text not null check (messgroesse in ('durchlaufzeit', 'bearbeitungszeit', 'wartezeit', 'fehlerquote', 'anzahl', 'eigene')),
  einheit text not null default '' check (length(einheit) <= 40),
  baseline_methode text not null default 'stichprobe' check (baseline_methode in ('stichprobe', 'ereignisprotokoll', 'zaehlung')),
  baseline_wert double precision,
  ziel_wert double precision,
  test_von date,
  test_bis date,
  ergebnis text not null default '' check (length(ergebnis) <= 4000),
  ergebnis_wert double precision,
  entscheidung text check (entscheidung in ('standard', 'anpassen', 'beenden')),
  gelernt text not null default '' check (length(gelernt) <= 4000),
  erstellt_von uuid references konto(id) on delete set null,
  erstellt_am timestamptz not null default now(),
  entschieden_am timestamptz,
  check (messgroesse <> 'eigene' or length(einheit) > 0),
  check (test_bis is null or test_von is null or test_bis >= test_von),
  -- Ohne Lernen keine Entscheidung – auch nicht, wenn das Experiment gescheitert ist.
  check (entscheidung is null or length(gelernt) > 0),
  unique (id, kommune_id),
  foreign key (idee_id, kommune_id) references kaizen_idee (id, kommune_id) on delete set null (idee_id)
);
create index kaizen_experiment_kommune_idx on kaizen_experiment (kommune_id, erstellt_am);
create index kaizen_experiment_idee_idx on kaizen_experiment (idee_id) where idee_id is not null;

create table kaizen_stichprobe_fall (
  id bigint generated always as identity primary key,
  experiment_id uuid not null,
  kommune_id text not null references kommune(id),
  phase text not null check (phase in ('vorher', 'nachher')),
  beginn timestamptz not null,
  ende timestamptz not null,
  erfasst_am timestamptz not null default now(),
  check (ende >= beginn),
  foreign key (experiment_id, kommune_id) references kaizen_experiment (id, kommune_id) on delete cascade
);
create index kaizen_stichprobe_fall_experiment_idx on kaizen_stichprobe_fall (experiment_id, phase);
