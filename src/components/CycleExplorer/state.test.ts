import { cycle } from '../../data/cycle';
import { must } from '../../test/must';
import { bibliography } from '../../data/bibliography';
import { cycleView } from '../../../plugins/remark-cycle/view';
import {
  EMPTY,
  announcement,
  badgesByItem,
  focusOrder,
  formatHash,
  linkableHashes,
  loopArrow,
  parseHash,
  walkTo,
} from './state';

const view = cycleView(cycle, bibliography);
const [first, second] = view.loop;
const intervention = must(view.interventions[0]);

describe('the explorer’s address', () => {
  it('records a state and reads it back', () => {
    const state = { selected: must(second), walk: null, on: [intervention.id], evidence: true };
    const hash = formatHash(state);
    expect(hash).toBe(`cycle:select=${second}&on=${intervention.id}&view=evidence`);
    expect(parseHash(`#${hash}`, view)).toEqual(state);
    expect(formatHash(EMPTY)).toBe('');
  });

  it('records a walk by its 1-based position, and reads the walk’s step from it', () => {
    const walking = { selected: must(view.loop[2]), walk: 2, on: [], evidence: false };
    expect(formatHash(walking)).toBe('cycle:walk=3');
    expect(parseHash('#cycle:walk=3', view)).toEqual(walking);
  });

  it('drops what it does not know, and ignores other anchors and malformed text', () => {
    expect(parseHash('#cycle:select=nowhere&on=magic,' + intervention.id + '&walk=99', view)).toEqual({
      ...EMPTY,
      on: [intervention.id],
    });
    expect(parseHash('#the-loop', view)).toEqual(EMPTY);
    expect(parseHash('#cycle:%E0%A4%A', view)).toEqual(EMPTY);
    expect(parseHash('#cycle:walk=0', view).walk).toBeNull();
  });

  it('keeps the interventions in the cycle’s order whatever the address says', () => {
    const ids = view.interventions.map((item) => item.id);
    expect(parseHash(`#cycle:on=${[...ids].reverse().join(',')}`, view).on).toEqual(ids);
  });
});

describe('walking and the keyboard order', () => {
  it('goes round the loop in both directions without an end', () => {
    const n = view.loop.length;
    expect(walkTo(view, n - 1, 1)).toBe(0);
    expect(walkTo(view, 0, -1)).toBe(n - 1);
    for (let position = 0; position < n; position += 1) {
      const arrow = loopArrow(view, position);
      expect(arrow?.from).toBe(view.loop[position]);
      expect(arrow?.to).toBe(view.loop[(position + 1) % n]);
    }
  });

  it('reaches every step and arrow once, starting around the loop', () => {
    const order = focusOrder(view);
    expect(order.slice(0, 2)).toEqual([first, loopArrow(view, 0)?.id]);
    expect([...order].sort()).toEqual([...view.steps, ...view.arrows].map((item) => item.id).sort());
  });

  it('announces the walk’s position and the selection’s title', () => {
    const step = must(view.steps.find((candidate) => candidate.id === view.loop[2]));
    expect(announcement(view, { ...EMPTY, walk: 2, selected: step.id })).toBe(
      `Step 3 of ${view.loop.length}: ${step.title}`,
    );
    expect(announcement(view, { ...EMPTY, selected: step.id })).toBe(step.title);
    expect(announcement(view, { ...EMPTY, selected: must(view.arrows[0]).id })).toMatch(/^From “.+” to “.+”/);
  });

  it('puts a badge on every place an intervention switched on acts', () => {
    const badges = badgesByItem(view, [intervention.id]);
    expect([...badges.keys()].sort()).toEqual([...intervention.actsOn].sort());
    expect(badgesByItem(view, []).size).toBe(0);
  });
});

describe('links into the explorer', () => {
  it('offers one address per step, arrow and intervention, each of which opens that state', () => {
    const hashes = linkableHashes(view);
    expect(hashes).toContain(`cycle:on=${intervention.id}`);
    expect(hashes).toContain('cycle:view=evidence');
    for (const hash of hashes) expect(formatHash(parseHash(`#${hash}`, view))).toBe(hash);
  });
});
