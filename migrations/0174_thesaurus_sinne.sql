-- Issue 10, item 4: senses of thesaurus groups (docs/decisions/0127). A group can be marked ambiguous
-- (an expansion through it counts clearly less) or given a domain, a Handlungsfeld (it counts only when the
-- query or the solution is in that field). The API checks the domain against the Handlungsfelder; the table
-- only bounds its length. The marks of the seed come with version 2 of the reference data (daten/thesaurus.v2.json).
alter table thesaurus_eintrag
  add column mehrdeutig boolean not null default false,
  add column domaene text check (domaene is null or length(domaene) between 1 and 100);
