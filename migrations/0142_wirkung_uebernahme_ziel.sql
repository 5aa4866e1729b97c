-- Wirkung: ein Transferprojekt (Modul uebernahmen) trägt Wirkungsziele der übernehmenden Kommune; die Rückmeldung
-- übernimmt daraus die erreichte Stufe und die Veränderung der Indikatoren. Entscheidung 0152.

create table uebernahme_wirkungsziel (
  kommune_id text not null references kommune(id),
  uebernahme_id uuid not null references uebernahme(id) on delete cascade,
  ziel_id uuid not null,
  primary key (uebernahme_id, ziel_id),
  foreign key (ziel_id, kommune_id) references wirkungsziel (id, kommune_id) on delete cascade
);
create index uebernahme_wirkungsziel_ziel_idx on uebernahme_wirkungsziel (ziel_id);
