import { printInLight } from './printInLight';

describe('printInLight', () => {
  afterEach(() => document.documentElement.removeAttribute('data-theme'));

  it('prints a dark page in the light theme and restores the dark one afterwards', () => {
    const root = document.documentElement;
    root.setAttribute('data-theme', 'dark');
    const stop = printInLight(root, window);
    window.dispatchEvent(new Event('beforeprint'));
    expect(root.getAttribute('data-theme')).toBe('light');
    window.dispatchEvent(new Event('afterprint'));
    expect(root.getAttribute('data-theme')).toBe('dark');
    stop();
    window.dispatchEvent(new Event('beforeprint'));
    expect(root.getAttribute('data-theme')).toBe('dark');
  });

  it('leaves a light page as it is, before and after', () => {
    const root = document.documentElement;
    root.setAttribute('data-theme', 'light');
    const stop = printInLight(root, window);
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    expect(root.getAttribute('data-theme')).toBe('light');
    stop();
  });
});
