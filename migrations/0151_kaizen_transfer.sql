-- Kaizen, Verbesserungen reisen: ein Experiment, das Standard wurde, kann als Lösungsentwurf an die
-- Transferstelle gehen (loesung_id); ein Experiment einer anderen Kommune kann ein geteiltes Vorbild haben
-- („Bei uns testen“, vorbild_id – bewusst über Kommunegrenzen hinweg, gezeigt wird nur, was geteilt ist).
alter table kaizen_experiment
  add column loesung_id uuid references loesung(id) on delete set null,
  add column vorbild_id uuid references kaizen_experiment(id) on delete set null,
  add column vorbild_eintrag_id uuid references kaizen_lerneintrag(id) on delete set null;
create index kaizen_experiment_vorbild_idx on kaizen_experiment (vorbild_id) where vorbild_id is not null;
