-- Erhebungen: Antwortsätze einer Runde unabhängig vom Modus finden (Zählen abgeschickter Team-Antworten,
-- Laden der Antworten). Die Teilindizes aus 0040 passen nur, wenn die Abfrage ihre Bedingung wiederholt.
create index antwortsatz_runde_idx on antwortsatz (runde_id, eingereicht_am);
