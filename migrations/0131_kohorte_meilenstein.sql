-- Gemeinsame Meilensteine einer Kohorte (Issue 11, Punkt 3; Entscheidung 0141): der gemeinsame Plan neben den
-- Meilensteinen der einzelnen Übernahmeprojekte. kommune_id = Kommune, die ihn angelegt hat; null = Transferstelle
-- oder Zeitplan. Die beiden Stichtage des Zeitplans (Transferplan, Review) stehen als Meilensteine mit quelle 'zeitplan'.
create table kohorte_meilenstein (
  id uuid primary key default gen_random_uuid(),
  kohorte_id uuid not null references kohorte(id) on delete cascade,
  kommune_id text references kommune(id),
  konto_id uuid references konto(id) on delete set null,
  titel text not null check (length(titel) between 3 and 200),
  verantwortlich text not null default '' check (length(verantwortlich) <= 200),
  faellig_am date,
  erledigt boolean not null default false,
  quelle text not null default 'manuell' check (quelle in ('zeitplan', 'manuell')),
  erstellt_am timestamptz not null default now()
);
create index kohorte_meilenstein_idx on kohorte_meilenstein (kohorte_id, faellig_am);

insert into kohorte_meilenstein (kohorte_id, titel, faellig_am, quelle)
  select id, 'Transferplan der Kohorte steht', transferplan_bis, 'zeitplan' from kohorte;
insert into kohorte_meilenstein (kohorte_id, titel, faellig_am, quelle)
  select id, 'Gemeinsames Review nach 12 Monaten', review_am, 'zeitplan' from kohorte;
