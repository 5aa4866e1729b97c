/** The message a decision leaves at the top of the review page. */
export type Meldung = { typ: 'success' | 'danger'; text: string } | null;
