-- Kaizen, Teil Lernlog: was versucht wurde, was passiert ist, was wir gelernt haben – auch Fehlschläge.
-- Von Hand oder aus einem entschiedenen Experiment (höchstens ein Eintrag je Experiment). Sichtbarkeit:
-- nur die eigene Kommune, alle Kommunen, oder anonymisiert für alle (andere sehen weder Kommune noch Person).
-- Volltextsuche über eine berechnete tsvector-Spalte (deutsche Wortstämme).

create table kaizen_lerneintrag (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  experiment_id uuid,
  titel text not null check (length(titel) between 1 and 200),
  versucht text not null check (length(versucht) between 1 and 4000),
  passiert text not null check (length(passiert) between 1 and 4000),
  gelernt text not null check (length(gelernt) between 1 and 4000),
  ausgang text not null check (ausgang in ('gelungen', 'teilweise', 'gescheitert')),
  sichtbarkeit text not null check (sichtbarkeit in ('kommune', 'alle', 'anonym')),
  erstellt_von uuid references konto(id) on delete set null,
  erstellt_am timestamptz not null default now(),
  suchtext tsvector generated always as (
    to_tsvector('german'::regconfig, titel || ' ' || versucht || ' ' || passiert || ' ' || gelernt)
  ) stored,
  unique (experiment_id),
  foreign key (experiment_id, kommune_id) references kaizen_experiment (id, kommune_id) on delete set null (experiment_id)
);
create index kaizen_lerneintrag_kommune_idx on kaizen_lerneintrag (kommune_id, erstellt_am);
create index kaizen_lerneintrag_geteilt_idx on kaizen_lerneintrag (erstellt_am) where sichtbarkeit <> 'kommune';
create index kaizen_lerneintrag_suche_idx on kaizen_lerneintrag using gin (suchtext);
