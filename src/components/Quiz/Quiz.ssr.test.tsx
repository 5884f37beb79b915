import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { makeQuiz } from '../../quiz/__fixtures__/quiz';
import { emptyProgress, serializeProgress, updateQuiz } from '../../quiz/progress';
import { clearProgressStores } from '../../quiz/progressStore';
import Quiz from './index';
import { must } from '../../test/must';

const KEY = 'irc:/course-under-test/:progress';
const quiz = makeQuiz();

beforeEach(() => {
  clearProgressStores();
  localStorage.clear();
  document.body.innerHTML = '';
});
afterEach(() => vi.restoreAllMocks());

function serverRender(): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Quiz quiz={quiz} />);
  document.body.append(container);
  return container;
}

describe('Quiz without JavaScript (server-rendered HTML)', () => {
  it('lists every question with its options, controls disabled, answers in <details>', () => {
    const container = serverRender();
    expect(container.querySelectorAll('fieldset')).toHaveLength(4);
    expect(container.textContent).toContain('Which organ makes insulin?');
    expect(container.textContent).toContain('Skeletal muscle');
    const inputs = Array.from(container.querySelectorAll('input, button'));
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.every((el) => (el as HTMLInputElement).disabled)).toBe(true);

    const details = Array.from(container.querySelectorAll('details'));
    expect(details.map((d) => d.querySelector('summary')?.textContent)).toEqual(Array(4).fill('Show answer'));
    expect(details[0]?.textContent).toContain('The correct answer:The pancreas: Yes, its beta cells.');
    expect(details[0]?.textContent).toContain('Beta cells in the pancreas make insulin.');
    expect(details[1]?.textContent).toContain('The correct answers:');
    expect(
      Array.from(must(details[3]).querySelectorAll('ol li')).map((li) => li.textContent?.split(':')[0]),
    ).toEqual([
      'Fat tissue enlarges',
      'Macrophages arrive',
      'Cytokines are released',
      'Insulin signalling is blocked',
    ]);
    expect(details[0]?.querySelector('a')?.getAttribute('href')).toBe(
      '/learn/demo/insulin#what-insulin-does',
    );
    expect(container.textContent).not.toContain('will not be kept');
  });

  it('hydrates without a mismatch, then restores saved answers and enables the controls', async () => {
    const saved = updateQuiz(emptyProgress(), quiz.id, (q) => ({
      ...q,
      answers: { 'q-single': ['liver'] },
      checked: ['q-single'],
    }));
    const container = serverRender(); // the server knows nothing of the learner's storage
    clearProgressStores();
    localStorage.setItem(KEY, serializeProgress(saved));
    const consoleError = vi.spyOn(console, 'error');
    const onRecoverableError = vi.fn();
    await act(async () => {
      hydrateRoot(container, <Quiz quiz={quiz} />, { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(container.querySelector<HTMLInputElement>('input[value="liver"]')?.checked).toBe(true);
    expect(container.textContent).toContain('Incorrect answer, your choice.');
    expect(container.querySelector<HTMLInputElement>('input[value="tnf"]')?.disabled).toBe(false);
    expect(container.querySelector('details')).toBeNull();
  });
});
