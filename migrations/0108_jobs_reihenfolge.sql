-- Die Warteschlange holt Jobs in der Reihenfolge ihrer Nummer (wer zuerst kam); fällig sein (ausfuehren_ab)
-- ist nur noch Bedingung. So findet der Index den nächsten Job ohne alle offenen zu sortieren (bench jobs).
drop index if exists job_faellig_idx;
create index job_warteschlange_idx on job (id) where status in ('offen', 'laeuft');
