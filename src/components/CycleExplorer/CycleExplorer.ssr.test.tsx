// @vitest-environment node
// The explorer as the build renders it into the static page: the picture as an image and the whole
// cycle in words (what a reader without scripts, a printer or a search engine gets).
import { renderToString } from 'react-dom/server';
import { cycle } from '../../data/cycle';
import { bibliography } from '../../data/bibliography';
import { cycleView } from '../../../plugins/remark-cycle/view';
import CycleExplorer from './index';

const view = cycleView(cycle, bibliography);
const escaped = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('CycleExplorer in the static page', () => {
  it('is a picture with the cycle in words in the static page, with no buttons in the picture', () => {
    const html = renderToString(<CycleExplorer cycle={view} />);
    expect(html).toContain('role="img"');
    expect(html).not.toContain('role="button"');
    for (const step of view.steps) expect(html).toContain(escaped(step.text.slice(0, 40)));
    for (const item of view.interventions) expect(html).toContain(`data-intervention="${item.id}"`);
  });
});
