-- Verbünde (Issue 11, Punkt 3; Entscheidung 0140): Ein Landkreis, ein Amt oder eine Verbandsgemeinde (über die
-- Kommune, in der seine Verwaltung in Lotse geführt wird) öffnet eine Übernahme für seine Mitgliedsgemeinden.
-- Technisch eine Kohorte mit Träger: kommune_id ist der Träger; null = Kohorte der Transferstelle.
alter table kohorte add column kommune_id text references kommune(id);
create index kohorte_traeger_idx on kohorte (kommune_id) where kommune_id is not null;
-- Ein Verbund darf alle Gemeinden seines Gebiets umfassen (ein Landkreis hat bis gut 200 Gemeinden);
-- für Kohorten der Transferstelle bleibt es bei 2 bis 40.
alter table kohorte drop constraint kohorte_max_mitglieder_check;
alter table kohorte add constraint kohorte_max_mitglieder_check
  check (max_mitglieder between 1 and 400 and (kommune_id is not null or max_mitglieder between 2 and 40));
