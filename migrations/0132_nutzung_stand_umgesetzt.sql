-- Siegel-Kriterium „in mindestens zwei Kommunen umgesetzt“ (Entscheidung 0142): die Kommunen mit einem Projekt in
-- Betrieb (verstetigen, abgeschlossen) liegen mit im Stand der Lösung, statt bei jedem Aufruf der Lösungsseite live
-- über alle Projekte der Lösung gezählt zu werden. Gepflegt in derselben Transaktion wie die übrigen Zahlen.
alter table uebernahme_nutzung_stand add column umgesetzt_in text[] not null default '{}';
update uebernahme_nutzung_stand s set umgesetzt_in = coalesce((
  select array_agg(distinct u.kommune_id order by u.kommune_id) from uebernahme u
  where u.loesung_id = s.loesung_id and u.phase in ('verstetigen', 'abgeschlossen')
), '{}');
