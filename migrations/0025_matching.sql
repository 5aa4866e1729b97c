-- Matching: Suchindex der veröffentlichten Lösungen, Vokabular (Lexikon für die Kompositazerlegung
-- und die Tippfehlerkorrektur), Dokumenthäufigkeiten der Lexeme (IDF), Thesaurus, Feedback.
-- Den Suchtext baut Lotse in TypeScript (Kompositazerlegung), die tsvector-Berechnung macht PostgreSQL
-- ('german' bzw. 'english' je nach loesung.sprache). Ein Trigger auf loesung stellt geänderte Lösungen
-- in die Warteschlange; sie wird vor der nächsten Suche (und beim Start) abgearbeitet.

create table loesung_suchindex (
  loesung_id uuid primary key,                  -- bewusst ohne FK: Löschen erledigt matching_entferne()
  sprache text not null,
  tsv tsvector not null,                        -- A Titel, B Zusammenfassung/Problem/Tags, C Ansatz, D Rest
  woerter text[] not null default '{}',         -- Schlüssel der Wörter des Dokuments (für df in matching_vokabular)
  teile text[] not null default '{}',           -- Wortteile aus der Kompositazerlegung (zur Erklärung)
  aktualisiert_am timestamptz not null default now()
);
create index loesung_suchindex_tsv_idx on loesung_suchindex using gin (tsv);

-- Wörter des Katalogs. schluessel = kleingeschrieben, ä→ae, ö→oe, ü→ue, ß→ss; wort = Schreibweise (mit Umlaut, wenn vorhanden).
create table matching_vokabular (
  schluessel text primary key,
  wort text not null,
  df integer not null default 0
);
create index matching_vokabular_trgm_idx on matching_vokabular using gin (schluessel gin_trgm_ops);

-- Dokumenthäufigkeit je Lexem (für die Gewichtung seltener Wörter).
create table matching_lexem (
  lexem text primary key,
  df integer not null default 0
);

-- Ein Zeile: Anzahl indexierter Dokumente und ein Versionszähler (Caches im Prozess laden neu, wenn er sich ändert).
create table matching_stand (
  id smallint primary key default 1 check (id = 1),
  dokumente integer not null default 0,
  version bigint not null default 0
);
insert into matching_stand default values;

create table matching_warteschlange (
  loesung_id uuid primary key,
  seit timestamptz not null default now()
);

create function matching_entferne(p_id uuid) returns void language plpgsql as $$
declare
  r record;
begin
  delete from loesung_suchindex where loesung_id = p_id returning tsv, woerter into r;
  if found then
    update matching_lexem set df = df - 1 where lexem = any(tsvector_to_array(r.tsv));
    update matching_vokabular set df = df - 1 where schluessel = any(r.woerter);
    update matching_stand set dokumente = dokumente - 1, version = version + 1;
  end if;
end $$;

create function matching_loesung_geaendert() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    perform matching_entferne(old.id);
    delete from matching_warteschlange where loesung_id = old.id;
    return old;
  end if;
  insert into matching_warteschlange (loesung_id) values (new.id) on conflict do nothing;
  return new;
end $$;

create trigger loesung_matching_trg after insert or update or delete on loesung
  for each row execute function matching_loesung_geaendert();

-- Thesaurus: eine Zeile = eine Gruppe gleichbedeutender Begriffe (Alltagswort ↔ Verwaltungsbegriff, Deutsch ↔ Englisch).
create table thesaurus_eintrag (
  id uuid primary key default gen_random_uuid(),
  begriff text not null check (length(begriff) between 1 and 100),
  synonyme text[] not null default '{}',
  hinweis text not null default '',
  erstellt_am timestamptz not null default now(),
  aktualisiert_am timestamptz not null default now(),
  aktualisiert_von uuid references konto(id) on delete set null
);
create unique index thesaurus_eintrag_begriff_idx on thesaurus_eintrag (lower(begriff));

create function matching_thesaurus_geaendert() returns trigger language plpgsql as $$
begin
  update matching_stand set version = version + 1;
  return null;
end $$;

create trigger thesaurus_matching_trg after insert or update or delete on thesaurus_eintrag
  for each statement execute function matching_thesaurus_geaendert();

-- Rückmeldungen zu Vorschlägen ("hilfreich" / "nicht hilfreich"); bedarf_id ohne FK (Tabelle des Bedarfe-Moduls).
create table matching_feedback (
  id uuid primary key default gen_random_uuid(),
  bedarf_id uuid,
  kommune_id text references kommune(id),
  loesung_id uuid not null references loesung(id) on delete cascade,
  konto_id uuid references konto(id) on delete set null,
  text text,
  hilfreich boolean not null,
  erstellt_am timestamptz not null default now()
);
create index matching_feedback_loesung_idx on matching_feedback (loesung_id);
create index matching_feedback_bedarf_idx on matching_feedback (bedarf_id);
