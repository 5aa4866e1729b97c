-- Warteschlange für Hintergrundarbeit (Mails senden, Zusammenfassungen, Erinnerungen), in der Datenbank,
-- damit sie Neustarts übersteht und mehrere Instanzen sich die Arbeit teilen (docs/decisions/0115).
-- Eine Instanz holt sich einen Job mit FOR UPDATE SKIP LOCKED und setzt status = 'laeuft' mit einer
-- Frist (gesperrt_bis); stirbt sie, holt nach Ablauf der Frist eine andere den Job erneut.
create table job (
  id bigint generated always as identity primary key,
  art text not null check (length(art) between 1 and 100),     -- z. B. 'mail.senden', 'benachrichtigung.wochenzusammenfassung'
  daten jsonb not null default '{}'::jsonb,
  -- Bei geplanten Läufen der Zeitraum, für den der Lauf gilt (z. B. '2026-W49', '2026-11-30'): mit art eindeutig,
  -- so legen zwei Instanzen denselben Lauf nur einmal an.
  faellig_fuer text,
  status text not null default 'offen' check (status in ('offen', 'laeuft', 'erledigt', 'fehlgeschlagen')),
  ausfuehren_ab timestamptz not null default now(),
  versuche int not null default 0,
  max_versuche int not null default 5 check (max_versuche between 1 and 50),
  gesperrt_bis timestamptz,
  fehler text,
  erstellt_am timestamptz not null default now(),
  erledigt_am timestamptz
);
create unique index job_lauf_uq on job (art, faellig_fuer) where faellig_fuer is not null;
create index job_faellig_idx on job (ausfuehren_ab, id) where status in ('offen', 'laeuft');
create index job_erledigt_idx on job (erledigt_am) where status = 'erledigt';
