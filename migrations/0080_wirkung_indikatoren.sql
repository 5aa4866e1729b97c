-- Referenzindikatoren (INKAR/BBSR, Deutschlandatlas und Gemeindeverzeichnis von Destatis) für alle Kreise
-- und Gemeinden: gemeinsame, nur lesbare Zeilen ohne kommune_id (offene Daten, kein Mandantenbezug).
-- Eingespielt von der Hintergrund-Aufgabe des Moduls wirkung (docs/decisions/0080, 0081); der Stand steht in
-- referenzdaten_stand (bereich 'wirkung.indikatoren').
create table wirkung_indikator (
  id text primary key check (id ~ '^[a-z0-9_]{2,60}$'),
  name text not null check (length(name) between 1 and 300),
  einheit text not null check (length(einheit) <= 100),
  richtung text not null check (richtung in ('hoeher_besser', 'niedriger_besser', 'neutral')),
  thema text not null check (length(thema) between 1 and 100),
  quelle text not null,
  lizenz text not null,
  stand text not null check (length(stand) between 1 and 200),
  beschreibung text not null default ''
);

-- Werte in Langform; ags 5-stellig = Kreis, 8-stellig = Gemeinde. Der Primärschlüssel beginnt mit ags:
-- Die Seite einer Kommune liest ihre Reihen (eigene und die ihres Kreises) mit einem Indexbereich.
create table wirkung_indikator_wert (
  ags text not null check (ags ~ '^([0-9]{5}|[0-9]{8})$'),
  indikator_id text not null references wirkung_indikator (id) on delete cascade,
  jahr smallint not null check (jahr between 1990 and 2100),
  wert double precision not null,
  primary key (ags, indikator_id, jahr)
);

-- Vergleichswerte je Indikator, Ebene und Gruppe (Größenklasse oder Land) im jüngsten Jahr, beim Laden
-- berechnet. gruppe: 'gk:<klasse>' oder 'land:<2-stelliger Schlüssel>'.
create table wirkung_indikator_vergleich (
  indikator_id text not null references wirkung_indikator (id) on delete cascade,
  ebene text not null check (ebene in ('gemeinde', 'kreis')),
  gruppe text not null check (gruppe ~ '^(gk:[1-7]|land:[0-9]{2})$'),
  jahr smallint not null,
  n integer not null check (n >= 1),
  median double precision not null,
  p25 double precision not null,
  p75 double precision not null,
  primary key (indikator_id, ebene, gruppe)
);

-- Lage eines Wertes (jüngstes Jahr) in seiner Verteilung: Anteil der Einheiten derselben Gruppe mit
-- niedrigerem Wert, in Prozent (0–100). Nie eine Rangliste: gespeichert wird nur der Anteil.
create table wirkung_indikator_lage (
  ags text not null check (ags ~ '^([0-9]{5}|[0-9]{8})$'),
  indikator_id text not null references wirkung_indikator (id) on delete cascade,
  anteil_niedriger_gk real,
  anteil_niedriger_land real,
  primary key (ags, indikator_id)
);

-- Die Seite einer Kommune liest die Vergleichszeilen ihrer Gruppen (Ebene + Größenklasse bzw. Land).
create index wirkung_indikator_vergleich_gruppe on wirkung_indikator_vergleich (ebene, gruppe);
