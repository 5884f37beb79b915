// The picture: steps as boxes whose shape, colour and top word say their category, arrows as
// drawn paths. Rendered into the static page by the build. Once scripts run (`interactive`), each
// step and arrow is a button in one tab stop: arrow keys move between them, Enter or Space
// selects, and the explorer's Escape clears.
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import clsx from 'clsx';
import type { ArrowView, Box, CycleView, StepView } from './view.types';
import { CATEGORY_NAMES, STRENGTH_NAMES, STRENGTH_TAGS } from './labels';
import { arrowName, stepName, type ExplorerState } from './state';
import styles from './styles.module.css';

interface Props {
  view: CycleView;
  state: ExplorerState;
  interactive: boolean;
  /** Ids in keyboard order, and the one that holds the tab stop. */
  order: string[];
  focusId: string;
  /** Set when focus should move to `focusId` (after an arrow key). */
  moveFocus: boolean;
  badges: Map<string, string[]>;
  /** The arrow highlighted by the walk. */
  walkArrow: string | undefined;
  idPrefix: string;
  onSelect: (id: string) => void;
  onFocusItem: (id: string) => void;
}

const BADGE_CHAR = 6.4;
const BADGE_PAD = 8;

function shapeOf(step: StepView): ReactNode {
  const { x, y, width, height } = step.box;
  switch (step.category) {
    case 'immune': {
      // Cut corners: an octagon-like outline.
      const c = 12;
      const points = [
        [x + c, y],
        [x + width - c, y],
        [x + width, y + c],
        [x + width, y + height - c],
        [x + width - c, y + height],
        [x + c, y + height],
        [x, y + height - c],
        [x, y + c],
      ];
      return <polygon className={styles.shape} points={points.map((p) => p.join(',')).join(' ')} />;
    }
    case 'lifestyle':
      return <rect className={styles.shape} x={x} y={y} width={width} height={height} rx={height / 2} />;
    case 'organ':
      return (
        <rect
          className={clsx(styles.shape, styles.organShape)}
          x={x}
          y={y}
          width={width}
          height={height}
          rx={14}
        />
      );
    case 'metabolic':
      return <rect className={styles.shape} x={x} y={y} width={width} height={height} rx={2} />;
  }
}

function Badges({ names, at }: { names: string[]; at: { x: number; y: number } }): ReactNode {
  const widths = names.map((name) => name.length * BADGE_CHAR + BADGE_PAD * 2);
  const total = widths.reduce((sum, width) => sum + width, 0) + 4 * (names.length - 1);
  // Each badge starts where the ones before it (and a 4-unit gap each) end.
  const lefts = widths.map((_, index) =>
    widths.slice(0, index).reduce((sum, width) => sum + width + 4, at.x - total / 2),
  );
  return (
    <g className={styles.badges}>
      {names.map((name, index) => {
        const width = widths[index] ?? 0;
        const x = lefts[index] ?? at.x;
        return (
          <g key={name}>
            <rect x={x} y={at.y - 10} width={width} height={20} rx={10} />
            <text x={x + width / 2} y={at.y + 4}>
              {name}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function StepLabel({ step }: { step: StepView }): ReactNode {
  const { x, y, width } = step.box;
  const cx = x + width / 2;
  return (
    <>
      <text className={styles.category} x={cx} y={y + 17}>
        {CATEGORY_NAMES[step.category].toUpperCase()}
      </text>
      <text className={styles.label} x={cx} y={y + 36}>
        {step.label.map((line, index) => (
          <tspan key={line} x={cx} dy={index === 0 ? 0 : 18}>
            {line}
          </tspan>
        ))}
      </text>
    </>
  );
}

function topCentre(box: Box) {
  return { x: box.x + box.width / 2, y: box.y - 4 };
}

export default function Diagram(props: Props): ReactNode {
  const { view, state, interactive, focusId, moveFocus, badges, walkArrow, idPrefix } = props;
  const items = useRef(new Map<string, SVGGElement>());
  useEffect(() => {
    if (moveFocus) items.current.get(focusId)?.focus();
  }, [focusId, moveFocus]);

  function onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
    const index = props.order.indexOf(focusId);
    const last = props.order.length - 1;
    const next: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowDown: index === last ? 0 : index + 1,
      ArrowLeft: index <= 0 ? last : index - 1,
      ArrowUp: index <= 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = next[event.key];
    if (target !== undefined) {
      event.preventDefault();
      props.onFocusItem(props.order[target] ?? focusId);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onSelect(focusId);
    }
  }

  const control = (id: string, name: string) =>
    interactive
      ? {
          role: 'button',
          tabIndex: id === focusId ? 0 : -1,
          'aria-pressed': state.selected === id,
          'aria-label': name,
          ref: (element: SVGGElement | null) => {
            if (element) items.current.set(id, element);
            else items.current.delete(id);
          },
          onClick: () => props.onSelect(id),
          onFocus: () => props.onFocusItem(id),
        }
      : {};

  const arrowItem = (arrow: ArrowView) => {
    const names = badges.get(arrow.id) ?? [];
    const tag = STRENGTH_TAGS[arrow.strength];
    const name = `${arrowName(view, arrow)}${state.evidence ? ` (${STRENGTH_NAMES[arrow.strength].toLowerCase()})` : ''}`;
    return (
      <g
        key={arrow.id}
        className={clsx(
          styles.arrow,
          styles[`strength-${arrow.strength}`],
          state.selected === arrow.id && styles.selected,
          walkArrow === arrow.id && styles.walkCurrent,
          names.length > 0 && styles.targeted,
        )}
        data-item={arrow.id}
        data-strength={arrow.strength}
        {...control(arrow.id, name)}
      >
        <path className={styles.hit} d={arrow.path} />
        <path className={styles.line} d={arrow.path} />
        <polygon className={styles.head} points={arrow.head} />
        {(arrow.label || state.evidence) && (
          <text className={styles.arrowLabel} x={arrow.labelAt.x} y={arrow.labelAt.y + 4}>
            {arrow.label && <tspan>{arrow.label}</tspan>}
            {state.evidence && (
              <tspan className={styles.strengthTag} x={arrow.labelAt.x} dy={arrow.label ? 14 : 0}>
                {tag}
              </tspan>
            )}
          </text>
        )}
        {names.length > 0 && <Badges names={names} at={{ x: arrow.labelAt.x, y: arrow.labelAt.y - 16 }} />}
      </g>
    );
  };

  const stepItem = (step: StepView) => {
    const names = badges.get(step.id) ?? [];
    const where = step.loopIndex >= 0 ? '' : ', feeds the loop from outside';
    return (
      <g
        key={step.id}
        className={clsx(
          styles.step,
          styles[`category-${step.category}`],
          state.selected === step.id && styles.selected,
          state.walk !== null && state.selected === step.id && styles.walkCurrent,
          names.length > 0 && styles.targeted,
        )}
        data-item={step.id}
        data-category={step.category}
        {...control(
          step.id,
          `${stepName(step)} (${CATEGORY_NAMES[step.category].toLowerCase()} step${where})`,
        )}
      >
        {shapeOf(step)}
        <StepLabel step={step} />
        {names.length > 0 && <Badges names={names} at={topCentre(step.box)} />}
      </g>
    );
  };

  return (
    <svg
      className={clsx(
        styles.picture,
        state.walk !== null && styles.walking,
        state.evidence && styles.evidenceView,
      )}
      viewBox={`0 0 ${view.size.width} ${view.size.height}`}
      role={interactive ? 'group' : 'img'}
      aria-labelledby={`${idPrefix}-title`}
      aria-describedby={`${idPrefix}-desc`}
      onKeyDown={interactive ? onKeyDown : undefined}
    >
      <title id={`${idPrefix}-title`}>{view.title}</title>
      <desc id={`${idPrefix}-desc`}>{view.description}</desc>
      <g>{view.arrows.map(arrowItem)}</g>
      <g>{view.steps.map(stepItem)}</g>
    </svg>
  );
}
