import { render, screen, within } from '@testing-library/react';
import { must } from '../../test/must';
import userEvent from '@testing-library/user-event';
import { cycle } from '../../data/cycle';
import { bibliography } from '../../data/bibliography';
import { cycleView } from '../../../plugins/remark-cycle/view';
import CycleExplorer from './index';

const view = cycleView(cycle, bibliography);
const stepAt = (position: number) => must(view.steps.find((step) => step.id === view.loop[position]));
const picture = () => screen.getByRole('group', { name: view.title });

beforeEach(() => window.history.replaceState(null, '', '/learn/x'));

describe('CycleExplorer', () => {
  it('shows the cycle in words when asked, and hides them again', async () => {
    const user = userEvent.setup();
    render(<CycleExplorer cycle={view} />);
    const toggle = screen.getByRole('button', { name: /Show the cycle in words/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    for (const step of view.steps) expect(screen.getByText(step.title)).toBeInTheDocument();
    await user.click(toggle);
    expect(screen.queryByText(stepAt(0).text, { exact: false })).toBeNull();
  });

  it('is used by keyboard: one tab stop, arrow keys move, Enter selects, Escape clears', async () => {
    const user = userEvent.setup();
    render(<CycleExplorer cycle={view} />);
    const first = within(picture()).getByRole('button', { name: /^Enlarged, strained fat tissue \(/ });
    first.focus();
    await user.keyboard('{ArrowRight}');
    const arrow = within(picture()).getByRole('button', { name: /^From “Enlarged, strained fat tissue”/ });
    expect(arrow).toHaveFocus();
    expect(arrow).toHaveAttribute('tabindex', '0');
    expect(first).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{ArrowRight}{Enter}');
    const second = stepAt(1);
    expect(screen.getByRole('heading', { level: 3, name: second.title })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(second.title);
    expect(window.location.hash).toBe(`#cycle:select=${second.id}`);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { level: 3, name: 'Explore the cycle' })).toBeInTheDocument();
    expect(window.location.hash).toBe('');
  });

  it('walks the whole loop and says when it is back at the start', async () => {
    const user = userEvent.setup();
    render(<CycleExplorer cycle={view} />);
    await user.click(screen.getByRole('button', { name: 'Walk the loop' }));
    expect(screen.getByRole('status')).toHaveTextContent(`Step 1 of ${view.loop.length}: ${stepAt(0).title}`);
    for (let position = 1; position < view.loop.length; position += 1) {
      await user.click(screen.getByRole('button', { name: 'Next' }));
      expect(screen.getByRole('status')).toHaveTextContent(`Step ${position + 1} of ${view.loop.length}`);
    }
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('status')).toHaveTextContent(/Step 1 of \d+: .+ Back where you started/);
    expect(window.location.hash).toBe('#cycle:walk=1');
  });

  it('opens as a shared address says, and switches interventions on and off', async () => {
    const [one, two] = view.interventions;
    window.history.replaceState(null, '', `/learn/x#cycle:on=${must(one).id}&view=evidence`);
    const user = userEvent.setup();
    render(<CycleExplorer cycle={view} />);
    expect(screen.getByRole('checkbox', { name: must(one).name })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Evidence view/ })).toBeChecked();
    expect(screen.getByText('How strongly each arrow is shown')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: must(two).name }));
    expect(window.location.hash).toBe(`#cycle:on=${must(one).id},${must(two).id}&view=evidence`);
    expect(screen.getByRole('status')).toHaveTextContent(`${must(two).name} switched on`);
    await user.click(screen.getByRole('checkbox', { name: must(one).name }));
    expect(window.location.hash).toBe(`#cycle:on=${must(two).id}&view=evidence`);
  });
});
