-- Überarbeitung einer veröffentlichten Lösung (Entscheidung 0022).
-- Ändert eine Kommune eine veröffentlichte Lösung, landet die Änderung hier und nicht in `loesung`:
-- Öffentlichkeit, Katalog, Export und Suchindex (Trigger auf `loesung`) sehen weiter die geprüfte
-- Version, bis die Transferstelle die Überarbeitung freigibt. Höchstens eine offene Überarbeitung je Lösung.
create table loesung_ueberarbeitung (
  loesung_id uuid primary key references loesung(id) on delete cascade,
  kommune_id text references kommune(id),
  status text not null default 'entwurf' check (status in ('entwurf', 'eingereicht', 'zurueckgewiesen')),
  basis_version integer not null,              -- die geprüfte Version, von der die Überarbeitung ausgeht
  daten jsonb not null,                        -- vollständiger Inhalt wie loesung_version.daten
  kommentar text not null default '',          -- "Was wurde geändert?" (erscheint nach Freigabe in der Versionsliste)
  erstellt_von uuid references konto(id) on delete set null,
  erstellt_am timestamptz not null default now(),
  geaendert_von uuid references konto(id) on delete set null,
  aktualisiert_am timestamptz not null default now(),
  pruefung_kommentar text not null default '',
  geprueft_von uuid references konto(id) on delete set null,
  geprueft_am timestamptz
);
create index loesung_ueberarbeitung_status_idx on loesung_ueberarbeitung (status);
