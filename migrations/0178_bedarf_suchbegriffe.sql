-- Issue 10, Punkt 3 (Entscheidung 0144): Ein Bedarf, der aus einer Lücke im Selbstcheck angelegt wird, behält die
-- kuratierten Suchbegriffe der Lücke (mit Handlungsfeld). Die Prüfung auf ungedeckte Nachfrage sucht mit ihnen wie die
-- Lückenanzeige, damit ein Bedarf nicht als ungedeckt zählt, zu dem die Lücke gut passende Lösungen gezeigt hat.
alter table bedarf add column suchbegriffe jsonb;
