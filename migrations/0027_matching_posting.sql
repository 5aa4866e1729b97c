-- Matching: eigener invertierter Index (Lexem → Lösung, bestes Feld) für die Kandidatensuche.
-- ts_rank über tausende Treffer eines ODER-Suchausdrucks ist zu langsam (jede tsvector-Zeile wird
-- entpackt); die Vorbewertung summiert stattdessen Gewichte je Lexem über einen B-Baum (Index-only-Scan).
create table matching_posting (
  lexem text not null,
  loesung_id uuid not null,
  feld smallint not null check (feld between 1 and 4),   -- 1 = A (Titel) … 4 = D
  primary key (lexem, loesung_id) include (feld)
);
create index matching_posting_loesung_idx on matching_posting (loesung_id);

insert into matching_posting (lexem, loesung_id, feld)
  select u.lexeme, s.loesung_id, (select ascii(min(w)) - 64 from unnest(u.weights) w)
  from loesung_suchindex s, unnest(s.tsv) u;

create or replace function matching_entferne(p_id uuid) returns void language plpgsql as $$
declare
  r record;
begin
  delete from loesung_suchindex where loesung_id = p_id returning tsv, woerter into r;
  if found then
    delete from matching_posting where loesung_id = p_id;
    update matching_lexem set df = df - 1 where lexem = any(tsvector_to_array(r.tsv));
    update matching_vokabular set df = df - 1 where schluessel = any(r.woerter);
    update matching_stand set dokumente = dokumente - 1, version = version + 1;
  end if;
end $$;

-- Tippfehler werden über einen Trigrammindex im Prozess gesucht (gleiche Ähnlichkeit wie pg_trgm, ohne Roundtrip).
drop index if exists matching_vokabular_trgm_idx;
