/** Questions answered by choosing: a scale or one option (radios), several options (checkboxes). */
import { FrageRahmen, WeissNicht, type FrageProps } from './teile.tsx';

function Option({ p, i, label, typ, an, waehlen }: { p: FrageProps; i: number; label: string; typ: 'radio' | 'checkbox'; an: boolean; waehlen: () => void }) {
  const id = `frage-${p.item.id}-${i}`;
  return (
    <div className={`kern-form-check${p.fehler ? ' kern-form-check--error' : ''}`}>
      <input className={`kern-form-check__${typ}`} type={typ} id={id} name={typ === 'radio' ? `frage-${p.item.id}` : undefined} checked={an} disabled={p.nurLesen} onChange={waehlen} />
      <label className="kern-label" htmlFor={id}>{label}</label>
    </div>
  );
}

export function Einfach(p: FrageProps) {
  const optionen = p.item.typ === 'zustimmung5'
    ? p.fb.zustimmungsskala.map((s) => ({ wert: s.wert as number | string, label: `${s.wert} – ${s.label}` }))
    : (p.item.optionen ?? []).map((o) => ({ wert: o.wert as number | string, label: o.label }));
  return (
    <FrageRahmen p={p} koerperKlasse={p.item.typ === 'zustimmung5' ? ' lotse-skala' : ''}>
      {optionen.map((o, i) => <Option key={String(o.wert)} p={p} i={i} label={o.label} typ="radio" an={p.wert === o.wert} waehlen={() => p.aendern(o.wert)} />)}
      <WeissNicht p={p} als="radio" />
    </FrageRahmen>
  );
}

export function Mehrfach(p: FrageProps) {
  const gewaehlt = Array.isArray(p.wert) ? p.wert : [];
  const umschalten = (w: string, exklusiv: boolean) => {
    if (gewaehlt.includes(w)) return p.aendern(gewaehlt.filter((x) => x !== w));
    if (exklusiv) return p.aendern([w]);
    p.aendern([...gewaehlt.filter((x) => !p.item.optionen?.find((o) => o.wert === x)?.exklusiv), w]);
  };
  return (
    <FrageRahmen p={p}>
      {(p.item.optionen ?? []).map((o, i) => <Option key={o.wert} p={p} i={i} label={o.label} typ="checkbox" an={gewaehlt.includes(o.wert)} waehlen={() => umschalten(o.wert, !!o.exklusiv)} />)}
      <WeissNicht p={p} als="checkbox" />
    </FrageRahmen>
  );
}
