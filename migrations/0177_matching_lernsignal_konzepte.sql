-- Issue 10, item 5 (docs/decisions/0139): learning signals keyed by the matcher's concepts instead of the raw stems
-- of the need's text, so that needs describing the same thing in other words („Knöllchen“ / „Strafzettel“) meet.
-- konzepte: every key of the need's concepts (stems of the word, its thesaurus synonyms and word family, the head of
-- a compound), for the indexed lookup; konzept_gewichte: the concepts as [{"s": [keys], "g": rarity weight}].
-- Signals written before this migration keep empty keys and are matched by their stems (lexeme) as before.
alter table matching_lernsignal add column konzepte text[] not null default '{}';
alter table matching_lernsignal add column konzept_gewichte jsonb not null default '[]';
create index matching_lernsignal_konzepte on matching_lernsignal using gin (konzepte);
