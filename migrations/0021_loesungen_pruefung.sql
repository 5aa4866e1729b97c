-- Prüfung durch die Transferstelle: Entscheidung mit Kommentar (die Kommune sieht, warum zurückgewiesen wurde).
alter table loesung add column pruefung_kommentar text not null default '';
alter table loesung add column geprueft_von uuid references konto(id) on delete set null;
alter table loesung add column geprueft_am timestamptz;

-- Filter im öffentlichen Katalog und "Kommunen, die diese Lösung nutzen".
create index loesung_wirkungsstufe_idx on loesung (wirkungsstufe);
create index loesung_nutzung_kommune_idx on loesung_nutzung (kommune_id);
