import {
  formatDuration,
  formatMinutes,
  lessonWords,
  minutesFor,
  readingMinutes,
  totalMinutes,
} from './readingTime';

const words = (n: number, word = 'insulin') => Array.from({ length: n }, () => word).join(' ');

describe('lessonWords', () => {
  it('splits core and "Go deeper" words and skips what is not prose', () => {
    const markdown = [
      '---',
      'title: Not counted',
      '---',
      "import X from '@site/x';",
      '',
      '# Four words here now {#top}',
      '',
      'Five words [@smith2001] in [a link](./other.md).',
      '',
      '```mermaid',
      'flowchart TD',
      '  A --> B',
      '```',
      '',
      '$$',
      'x = y',
      '$$',
      '',
      ':::deeper[Title words]',
      '',
      'Three deeper words.',
      '',
      ':::',
      '',
      ':::note[Evidence]',
      'Two kept.',
      ':::',
    ].join('\n');
    expect(lessonWords(markdown)).toEqual({ core: 4 + 5 + 2, deeper: 3 });
  });

  it('handles a four-colon deeper block that holds an admonition', () => {
    const markdown = `Core one.\n\n::::deeper[T]\n\nDeep one.\n\n:::note\nDeep two.\n:::\n\n::::\n\nCore two.\n`;
    expect(lessonWords(markdown)).toEqual({ core: 4, deeper: 4 });
  });
});

describe('minutes', () => {
  it('rounds to whole minutes at 200 words a minute, at least 1', () => {
    expect(minutesFor(0)).toBe(0);
    expect(minutesFor(30)).toBe(1);
    expect(minutesFor(1000)).toBe(5);
    expect(readingMinutes({ core: 1000, deeper: 400 })).toEqual({ core: 5, all: 7 });
  });

  it('sums words, not rounded minutes', () => {
    const lesson = lessonWords(words(250));
    expect(totalMinutes([lesson, lesson])).toEqual({ core: 3, all: 3 });
  });

  it('formats core and full times, and hours', () => {
    expect(formatMinutes({ core: 5, all: 7 })).toBe('5 min (7 with “Go deeper”)');
    expect(formatMinutes({ core: 5, all: 5 })).toBe('5 min');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(135)).toBe('2 h 15 min');
  });
});
