-- Zähler der Ratenbegrenzung (src/core/http/ratelimit-store.ts), gemeinsam für alle Instanzen auf dieser
-- Datenbank (docs/decisions/0026). Schlüssel: sha256 aus Route und Client (Konto oder Adresse), nie die
-- Adresse selbst. Abgelaufene Zeilen räumt der Store selbst auf (Index auf ablauf).
-- UNLOGGED: kein WAL je Anfrage; nach einem Absturz beginnen die Zähler neu – für eine Minute Zählung genügt das.
create unlogged table rate_limit_zaehler (
  schluessel text primary key,
  anzahl integer not null check (anzahl > 0),
  ablauf timestamptz not null
);
create index rate_limit_zaehler_ablauf_idx on rate_limit_zaehler (ablauf);
