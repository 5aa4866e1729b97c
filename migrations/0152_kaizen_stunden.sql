-- Kaizen, Wirkung: eingesparte Stunden eines Experiments (laufend je Jahr oder einmalig) und die Funktion,
-- die sie bestätigt hat (z. B. Amtsleitung) – keine Person. Alle drei Angaben gehören zusammen.
alter table kaizen_experiment
  add column stunden_gespart double precision check (stunden_gespart is null or stunden_gespart between 0 and 1000000),
  add column stunden_art text check (stunden_art in ('laufend', 'einmalig')),
  add column stunden_bestaetigt_von text check (length(stunden_bestaetigt_von) <= 120),
  add constraint kaizen_experiment_stunden_vollstaendig check (
    (stunden_gespart is null and stunden_art is null and stunden_bestaetigt_von is null)
    or (stunden_gespart is not null and stunden_art is not null and length(stunden_bestaetigt_von) > 0)
  );
