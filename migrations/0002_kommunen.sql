-- Verzeichnis der Kommunen: Gemeinden (Zensus 2022), Kreise (landkreise-deutschland), Länder.
-- id = 12-stelliger Amtlicher Regionalschlüssel (ARS). Kreise: 5-stelliger Kreisschlüssel + '0000000',
-- Länder: 2-stelliger Landesschlüssel + '0000000000'. Eine kreisfreie Stadt ist eine Kommune (eine Zeile).
create table kommune (
  id text primary key check (id ~ '^[0-9]{12}$'),
  ags text not null,                 -- 8 Stellen (Gemeinde), 5 (Kreis), 2 (Land)
  name text not null,                -- amtlicher Name mit Zusatz, z. B. "Gießen, Universitätsstadt"
  kurzname text not null,            -- ohne Zusatz, z. B. "Gießen"
  typ text not null check (typ in ('Gemeinde', 'Stadt', 'kreisfreie Stadt', 'Landkreis', 'Land', 'Stadtstaat')),
  einwohner integer not null check (einwohner >= 0),
  land text not null,                -- Kürzel, z. B. 'HE'
  land_id text references kommune(id),
  kreis_id text references kommune(id),
  groessenklasse smallint check (groessenklasse between 1 and 7),
  such_name text not null            -- lotse_norm(kurzname), für Präfix- und Trigrammsuche
);
create index kommune_such_name_trgm_idx on kommune using gin (such_name gin_trgm_ops);
create index kommune_such_name_prefix_idx on kommune (such_name text_pattern_ops);
create index kommune_ags_idx on kommune (ags);
create index kommune_kreis_idx on kommune (kreis_id);
create index kommune_land_typ_idx on kommune (land, typ);
