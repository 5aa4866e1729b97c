-- „Bei uns testen“ on the solution page looks up the experiment behind a solution (decision 0163), and deleting a
-- solution sets kaizen_experiment.loesung_id to null: both read by loesung_id, which had no index.
create index kaizen_experiment_loesung_idx on kaizen_experiment (loesung_id) where loesung_id is not null;
