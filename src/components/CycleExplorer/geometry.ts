// The picture's geometry, worked out at build time: box sizes from the number of label lines,
// arrows as straight or gently curved lines from box edge to box edge, with a drawn arrowhead.

import type { Box } from './view.types';

export const BOX_WIDTH = 168;
const BOX_BASE_HEIGHT = 30;
const LINE_HEIGHT = 18;
/** Space left between a box's edge and the end of an arrow. */
const GAP = 5;
const HEAD_LENGTH = 11;
const HEAD_HALF_WIDTH = 5.5;

interface Point {
  x: number;
  y: number;
}

export function boxOf(at: Point, lines: number): Box {
  const height = BOX_BASE_HEIGHT + LINE_HEIGHT * lines;
  return { x: at.x - BOX_WIDTH / 2, y: at.y - height / 2, width: BOX_WIDTH, height };
}

function centre(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where the ray from the box's centre towards `toward` leaves the box, moved `GAP` further out. */
export function edgePoint(box: Box, toward: Point): Point {
  const c = centre(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return c;
  const t = Math.min(
    dx === 0 ? Infinity : box.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : box.height / 2 / Math.abs(dy),
  );
  return { x: c.x + dx * t + (dx / length) * GAP, y: c.y + dy * t + (dy / length) * GAP };
}

/** Boxes that overlap or come closer than `margin`. */
export function boxesOverlap(a: Box, b: Box, margin = 8): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  );
}

const round = (n: number) => Math.round(n * 10) / 10;
const pt = (p: Point) => `${round(p.x)} ${round(p.y)}`;

export interface ArrowGeometry {
  path: string;
  head: string;
  labelAt: Point;
}

/**
 * An arrow from one box to another. `bend` moves the curve's control point that far to the left
 * of the direction of travel (negative: to the right); 0 draws a straight line. The label goes
 * at `labelPosition` along the arrow (0 its start, 1 its tip).
 */
export function arrowBetween(from: Box, to: Box, bend = 0, labelPosition = 0.5): ArrowGeometry {
  const a = centre(from);
  const b = centre(to);
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const left = { x: (b.y - a.y) / length, y: -(b.x - a.x) / length };
  const control = { x: (a.x + b.x) / 2 + left.x * bend, y: (a.y + b.y) / 2 + left.y * bend };
  const start = edgePoint(from, control);
  const tip = edgePoint(to, control);
  // The arrowhead points along the curve's direction at its end (from the control point).
  const tx = tip.x - control.x;
  const ty = tip.y - control.y;
  const tLength = Math.hypot(tx, ty) || 1;
  const u = { x: tx / tLength, y: ty / tLength };
  const base = { x: tip.x - u.x * HEAD_LENGTH, y: tip.y - u.y * HEAD_LENGTH };
  const side = { x: -u.y * HEAD_HALF_WIDTH, y: u.x * HEAD_HALF_WIDTH };
  const head = [tip, { x: base.x + side.x, y: base.y + side.y }, { x: base.x - side.x, y: base.y - side.y }]
    .map((p) => `${round(p.x)},${round(p.y)}`)
    .join(' ');
  const lineEnd = { x: tip.x - u.x * (HEAD_LENGTH - 1), y: tip.y - u.y * (HEAD_LENGTH - 1) };
  const path = bend === 0 ? `M${pt(start)} L${pt(lineEnd)}` : `M${pt(start)} Q${pt(control)} ${pt(lineEnd)}`;
  // The point at `labelPosition` along the curve (t of the quadratic Bézier; 0.5 is the middle).
  const t = labelPosition;
  const labelAt = {
    x: round((1 - t) ** 2 * start.x + 2 * (1 - t) * t * control.x + t ** 2 * tip.x),
    y: round((1 - t) ** 2 * start.y + 2 * (1 - t) * t * control.y + t ** 2 * tip.y),
  };
  return { path, head, labelAt };
}
