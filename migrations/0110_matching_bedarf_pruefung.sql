-- Issue 10: best calibrated fit the matcher found for a need („gut“/„moeglich“/„schwach“/„keine“).
-- A need without a „gut“ hit counts as unmet demand in the Transferstelle's demand view.
create table matching_bedarf_pruefung (
  bedarf_id uuid primary key references bedarf(id) on delete cascade,
  kommune_id text not null references kommune(id) on delete cascade,
  beste_passung text not null check (beste_passung in ('gut', 'moeglich', 'schwach', 'keine')),
  treffer_gut integer not null default 0,
  treffer_moeglich integer not null default 0,
  geprueft_am timestamptz not null default now()
);
create index matching_bedarf_pruefung_kommune on matching_bedarf_pruefung (kommune_id);
