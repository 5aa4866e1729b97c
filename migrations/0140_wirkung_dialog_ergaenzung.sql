-- Wirkung: Wirkungsdialog ergänzt (Entscheidung 0150). Namen der Teilnehmenden sind freiwillig, die Rolle
-- bleibt Pflicht; ein Dialog kann statt eines Ziels (oder zusätzlich) eine Auswahl eigener Indikatoren haben;
-- Gesprächspunkte merken sich, woher sie kommen (Ausreißer-Regel oder von Hand).

alter table wirkungsdialog_teilnahme drop constraint wirkungsdialog_teilnahme_name_check;
alter table wirkungsdialog_teilnahme alter column name set default '';
alter table wirkungsdialog_teilnahme add constraint wirkungsdialog_teilnahme_name_laenge check (length(name) <= 200);

alter table wirkungsdialog_eintrag add column herkunft text not null default 'hand'
  check (herkunft in ('hand', 'stadtteil', 'gegenindikator', 'ziel_band', 'referenz'));

create table wirkungsdialog_indikator (
  kommune_id text not null references kommune(id),
  dialog_id uuid not null,
  indikator_id uuid not null,
  primary key (dialog_id, indikator_id),
  foreign key (dialog_id, kommune_id) references wirkungsdialog (id, kommune_id) on delete cascade,
  foreign key (indikator_id, kommune_id) references eigener_indikator (id, kommune_id) on delete cascade
);
