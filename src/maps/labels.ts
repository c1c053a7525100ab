/**
 * Deterministic label placement: each label tries a fixed list of positions
 * around its point (right, left, above, below, then the diagonals) and takes
 * the first that overlaps no placed label, no other point and stays inside the
 * frame; if none is free, the one with the least overlap. Labels are placed in
 * the order given (the most important first), so the same input always gives
 * the same picture.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The point the label belongs to. */
  x: number;
  y: number;
  /** Radius of the point's marker: the label keeps clear of it. */
  r: number;
  width: number;
  height: number;
}

interface PlacedLabel extends Box {
  id: string;
  /** Where the text is anchored (for SVG text-anchor). */
  anchor: 'start' | 'middle' | 'end';
  /** Baseline position for the text. */
  tx: number;
  ty: number;
  /** Whether the label had to overlap something. */
  overlaps: boolean;
}

const GAP = 3;

type Candidate = { dx: number; dy: number; anchor: PlacedLabel['anchor'] };

function candidates(r: number, w: number, h: number): Candidate[] {
  const d = r + GAP;
  const diag = d * Math.SQRT1_2;
  return [
    { dx: d, dy: -h / 2, anchor: 'start' },
    { dx: -d - w, dy: -h / 2, anchor: 'end' },
    { dx: -w / 2, dy: -d - h, anchor: 'middle' },
    { dx: -w / 2, dy: d, anchor: 'middle' },
    { dx: diag, dy: -diag - h, anchor: 'start' },
    { dx: -diag - w, dy: -diag - h, anchor: 'end' },
    { dx: diag, dy: diag, anchor: 'start' },
    { dx: -diag - w, dy: diag, anchor: 'end' },
  ];
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(box: Box, frame: Box): number {
  const inside = overlapArea(box, frame);
  return box.width * box.height - inside;
}

/** Places every label; `obstacles` are extra boxes to avoid (legend, scale bar). */
export function placeLabels(requests: LabelRequest[], frame: Box, obstacles: Box[] = []): PlacedLabel[] {
  const points: Box[] = requests.map((q) => ({ x: q.x - q.r, y: q.y - q.r, width: 2 * q.r, height: 2 * q.r }));
  const placed: PlacedLabel[] = [];
  requests.forEach((q, i) => {
    let best: { box: Box; c: Candidate; cost: number } | undefined;
    for (const c of candidates(q.r, q.width, q.height)) {
      const box = { x: q.x + c.dx, y: q.y + c.dy, width: q.width, height: q.height };
      const cost =
        placed.reduce((s, p) => s + overlapArea(box, p), 0) +
        points.reduce((s, p, j) => s + (j === i ? 0 : overlapArea(box, p)), 0) +
        obstacles.reduce((s, o) => s + overlapArea(box, o), 0) +
        outside(box, frame) * 4;
      if (!best || cost < best.cost) best = { box, c, cost };
      if (cost === 0) break;
    }
    const { box, c, cost } = best!;
    const tx = c.anchor === 'start' ? box.x : c.anchor === 'end' ? box.x + box.width : box.x + box.width / 2;
    placed.push({ id: q.id, ...box, anchor: c.anchor, tx, ty: box.y + box.height * 0.8, overlaps: cost > 0 });
  });
  return placed;
}
