-- DSGVO: Löschauftrag einer Kommune mit Wartefrist; Einladungen überleben das Löschen eines Kontos.
--
-- Ein Kommune-Admin beantragt das Löschen aller Daten der Kommune; ausgeführt wird es frühestens zum
-- Fälligkeitsdatum durch den Aufräumlauf (npm run lotse -- aufraeumen). Bis dahin kann jede Administration
-- der Kommune den Auftrag widerrufen. Nach der Ausführung bleibt die Zeile als Nachweis (ohne Person).
create table kommune_loeschung (
  id uuid primary key default gen_random_uuid(),
  kommune_id text not null references kommune(id),
  beantragt_von uuid references konto(id) on delete set null,
  beantragt_am timestamptz not null default now(),
  faellig_am timestamptz not null,
  status text not null default 'offen' check (status in ('offen', 'widerrufen', 'ausgefuehrt')),
  widerrufen_am timestamptz,
  ausgefuehrt_am timestamptz,
  geloeschte_zeilen jsonb
);
-- Höchstens ein offener Auftrag je Kommune.
create unique index kommune_loeschung_offen_idx on kommune_loeschung (kommune_id) where status = 'offen';
create index kommune_loeschung_faellig_idx on kommune_loeschung (faellig_am) where status = 'offen';

-- Wer eine Einladung erstellt oder angenommen hat, darf sein Konto löschen: der Verweis wird leer,
-- die Einladung (und ihre Geschichte im Audit-Log) bleibt.
alter table einladung alter column erstellt_von drop not null;
alter table einladung drop constraint einladung_erstellt_von_fkey;
alter table einladung add constraint einladung_erstellt_von_fkey foreign key (erstellt_von) references konto(id) on delete set null;
alter table einladung drop constraint einladung_angenommen_von_fkey;
alter table einladung add constraint einladung_angenommen_von_fkey foreign key (angenommen_von) references konto(id) on delete set null;
