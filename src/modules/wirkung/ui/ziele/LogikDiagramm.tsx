import type { ZielDetail } from '../../ziele/ziele.schemas.ts';
import { EBENE_TEXT, ziele as t } from './texte.ts';

interface Knoten { id: string; ebene: 'massnahme' | 'output' | 'outcome' | 'impact'; titel: string }

const RANG = { massnahme: 0, output: 1, outcome: 2, impact: 3 } as const;
const B = 200;
const H = 56;
const ABSTAND_X = 60;
const ABSTAND_Y = 16;
const kuerzen = (s: string, n = 30) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function knotenVon(z: ZielDetail): Knoten[] {
  return [...z.massnahmen.map((m) => ({ id: m.id, ebene: 'massnahme' as const, titel: m.titel })), ...z.elemente];
}

/**
 * The logic as an SVG in four columns (Maßnahmen, Outputs, Outcomes, Impact) with arrows. The SVG is one image
 * with a summary label; the same content is in the tables beside it (screen readers use those).
 */
export function LogikDiagramm({ ziel }: { ziel: ZielDetail }) {
  const knoten = knotenVon(ziel);
  const spalten: Knoten[][] = [[], [], [], []];
  for (const k of knoten) spalten[RANG[k.ebene]]!.push(k);
  const pos = new Map<string, { x: number; y: number }>();
  spalten.forEach((s, i) => s.forEach((k, j) => pos.set(k.id, { x: i * (B + ABSTAND_X), y: 30 + j * (H + ABSTAND_Y) })));
  const hoehe = 40 + Math.max(1, ...spalten.map((s) => s.length)) * (H + ABSTAND_Y);
  const breite = 4 * B + 3 * ABSTAND_X;
  return (
    <svg role="img" aria-label={t.detail.diagramm(knoten.length, ziel.verbindungen.length)} viewBox={`0 0 ${breite} ${hoehe}`} className="lotse-wirkungslogik" style={{ width: '100%', maxWidth: breite, height: 'auto' }}>
      <defs>
        <marker id="pfeil" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#1d3a5c" />
        </marker>
      </defs>
      {(['massnahme', 'output', 'outcome', 'impact'] as const).map((e, i) => (
        <text key={e} x={i * (B + ABSTAND_X) + B / 2} y={16} textAnchor="middle" fontSize="14" fontWeight="bold" fill="#1b1b1b">{EBENE_TEXT[e]}</text>
      ))}
      {ziel.verbindungen.map((v) => {
        const a = pos.get(v.von);
        const b = pos.get(v.nach);
        if (!a || !b) return null;
        return <line key={v.id} x1={a.x + B} y1={a.y + H / 2} x2={b.x} y2={b.y + H / 2} stroke="#1d3a5c" strokeWidth="2" markerEnd="url(#pfeil)" />;
      })}
      {knoten.map((k) => {
        const p = pos.get(k.id)!;
        return (
          <g key={k.id}>
            <rect x={p.x} y={p.y} width={B} height={H} rx="6" fill={k.ebene === 'massnahme' ? '#e8eef7' : '#ffffff'} stroke="#1d3a5c" />
            <text x={p.x + 8} y={p.y + H / 2 + 5} fontSize="13" fill="#1b1b1b">{kuerzen(k.titel)}</text>
          </g>
        );
      })}
    </svg>
  );
}
