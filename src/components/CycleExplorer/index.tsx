// The vicious-cycle explorer: the course's picture of the cycle, which a reader can select in,
// walk around and break. A line `::cycle` places it (plugins/remark-cycle passes the cycle, laid
// out and resolved at build time). The static page has the picture and the cycle in words; once
// scripts run, the picture's steps and arrows become buttons and the controls and panel work.
// The state is kept in the page address (`#cycle:…`, ./state.ts), so a link can open it as shared.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type { CycleView } from './view.types';
import Diagram from './Diagram';
import Panel from './Panel';
import Controls from './Controls';
import TextVersion from './TextVersion';
import { ActiveInterventions, Legend } from './Extras';
import {
  EMPTY,
  HASH_PREFIX,
  announcement,
  badgesByItem,
  focusOrder,
  formatHash,
  linkableHashes,
  loopArrow,
  parseHash,
  walkTo,
  type ExplorerState,
} from './state';
import styles from './styles.module.css';

const ID = 'cycle-explorer';

function writeHash(state: ExplorerState) {
  const hash = formatHash(state);
  const { pathname, search } = window.location;
  if (hash !== '') window.history.replaceState(window.history.state, '', `${pathname}${search}#${hash}`);
  else if (window.location.hash.startsWith(`#${HASH_PREFIX}`)) {
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }
}

export default function CycleExplorer({ cycle }: { cycle: CycleView }): ReactNode {
  const interactive = useIsBrowser();
  // Links to the explorer (`#cycle-explorer`) or to one thing in it (`#cycle:on=exercise`) pass the
  // build's broken-anchor check.
  const brokenLinks = useBrokenLinks();
  for (const anchor of [ID, ...linkableHashes(cycle)]) brokenLinks.collectAnchor(anchor);
  const root = useRef<HTMLElement>(null);
  const [state, setState] = useState<ExplorerState>(EMPTY);
  const [message, setMessage] = useState('');
  const [listOpen, setListOpen] = useState(false);
  const order = useMemo(() => focusOrder(cycle), [cycle]);
  const [focus, setFocus] = useState({ id: order[0] ?? '', move: false });

  const update = useCallback(
    (next: ExplorerState, said?: string) => {
      setState(next);
      writeHash(next);
      setMessage(said ?? announcement(cycle, next));
      if (next.selected !== null) setFocus((current) => ({ id: next.selected ?? current.id, move: false }));
    },
    [cycle],
  );

  // A shared address opens the explorer as it was shared; a link to another state on this page too.
  useEffect(() => {
    function fromAddress(scroll: boolean) {
      if (!window.location.hash.startsWith(`#${HASH_PREFIX}`)) return;
      const next = parseHash(window.location.hash, cycle);
      setState(next);
      if (next.selected !== null) setFocus({ id: next.selected, move: false });
      if (scroll) root.current?.scrollIntoView?.({ block: 'start' }); // (jsdom has none)
    }
    fromAddress(true);
    const onHashChange = () => fromAddress(true);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [cycle]);

  const select = (id: string) => {
    const position = cycle.loop.indexOf(id);
    if (state.walk !== null && position >= 0) update({ ...state, selected: id, walk: position });
    else update({ ...state, selected: id, walk: null });
  };
  const walk = (walking: boolean) => {
    if (!walking) return update({ ...state, walk: null, selected: null }, 'Stopped walking the loop');
    const start = Math.max(0, cycle.loop.indexOf(state.selected ?? ''));
    update({ ...state, walk: start, selected: cycle.loop[start] ?? null });
  };
  const moveWalk = (position: number, wrapped: boolean) => {
    const next = { ...state, walk: position, selected: cycle.loop[position] ?? null };
    const said = announcement(cycle, next);
    update(next, wrapped ? `${said}. Back where you started: the loop has no end.` : said);
  };
  const step = (steps: number) => {
    const from = state.walk ?? 0;
    const to = walkTo(cycle, from, steps);
    moveWalk(to, steps > 0 ? to < from : to > from);
  };
  const toggleIntervention = (id: string, on: boolean) => {
    const ids = cycle.interventions
      .map((item) => item.id)
      .filter((candidate) => (candidate === id ? on : state.on.includes(candidate)));
    const item = cycle.interventions.find((candidate) => candidate.id === id);
    const places = item?.actsOn.length ?? 0;
    update(
      { ...state, on: ids },
      `${item?.name ?? id} ${on ? `switched on: marked at ${places} ${places === 1 ? 'place' : 'places'} in the picture` : 'switched off'}`,
    );
  };
  // Escape anywhere in the explorer clears the selection and stops the walk.
  useEffect(() => {
    const element = root.current;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || (state.selected === null && state.walk === null)) return;
      update({ ...state, selected: null, walk: null });
    };
    element?.addEventListener('keydown', onKeyDown);
    return () => element?.removeEventListener('keydown', onKeyDown);
  }, [state, update]);

  const walkArrow = state.walk !== null ? loopArrow(cycle, state.walk)?.id : undefined;
  const badges = badgesByItem(cycle, state.on);
  return (
    <section
      ref={root}
      id={ID}
      className={styles.explorer}
      aria-label="Vicious-cycle explorer"
      data-cycle-explorer
      data-ready={interactive || undefined}
    >
      <div className={styles.stage}>
        <figure className={styles.figure}>
          <Diagram
            view={cycle}
            state={state}
            interactive={interactive}
            order={order}
            focusId={focus.id}
            moveFocus={focus.move}
            badges={badges}
            walkArrow={walkArrow}
            idPrefix={ID}
            onSelect={select}
            onFocusItem={(id) => setFocus({ id, move: true })}
          />
        </figure>
        <div className={styles.needsJs}>
          <Panel view={cycle} state={state} headingId={`${ID}-panel-title`} />
        </div>
        <div className={styles.needsJs}>
          <Controls
            view={cycle}
            state={state}
            enabled={interactive}
            idPrefix={ID}
            onWalk={walk}
            onStep={step}
            onStartAt={(position) => moveWalk(position, false)}
            onEvidence={(evidence) =>
              update(
                { ...state, evidence },
                evidence
                  ? 'Evidence view on: each arrow shows how strongly it is shown'
                  : 'Evidence view off',
              )
            }
            onIntervention={toggleIntervention}
          />
          {state.evidence && <Legend />}
          <ActiveInterventions view={cycle} on={state.on} />
        </div>
      </div>
      <p role="status" className={styles.status}>
        {message}
      </p>
      <div className={styles.needsJs}>
        <button
          type="button"
          className={`button button--link ${styles.listToggle}`}
          aria-expanded={listOpen}
          aria-controls={`${ID}-list`}
          disabled={!interactive}
          onClick={() => setListOpen(!listOpen)}
        >
          {listOpen
            ? 'Hide the cycle in words'
            : 'Show the cycle in words (every step, arrow and intervention)'}
        </button>
      </div>
      <TextVersion view={cycle} open={listOpen} id={`${ID}-list`} />
    </section>
  );
}
