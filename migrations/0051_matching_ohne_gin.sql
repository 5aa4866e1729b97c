-- Der Matcher sucht Kandidaten über matching_posting (siehe docs/decisions/0025); keine Abfrage nutzt
-- den GIN-Index auf loesung_suchindex.tsv. Er kostete nur Zeit bei jedem Indexieren.
drop index if exists loesung_suchindex_tsv_idx;
