-- Issue 10, item 5 (docs/decisions/0139): learning signals keyed by the matcher's concepts instead of the raw stems
-- of the need's text, so that needs describing the same thing in other words („Knöllchen“ / „Strafzettel“) meet.
-- konzepte: every key of the need's concepts (stems of the word, its thesaurus synonyms and word family, the head of
-- a compound), for the indexed lookup; konzept_gewichte: the concepts as [{"s": [keys], "g": rarity weight}].
-- Null in both = a signal written before this migration: it is still matched by its stems (lexeme), through a partial
-- index that holds only those rows. A newer signal whose need has no weighty concept has empty keys and teaches nothing.
alter table matching_lernsignal add column konzepte text[];
alter table matching_lernsignal add column konzept_gewichte jsonb;
create index matching_lernsignal_konzepte on matching_lernsignal using gin (konzepte);
drop index matching_lernsignal_lexeme;
create index matching_lernsignal_lexeme_alt on matching_lernsignal using gin (lexeme) where konzepte is null;
