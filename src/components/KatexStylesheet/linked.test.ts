import { isLinkedStatically } from './linked';

const URL = '/course/assets/katex-0.16.47/katex.min.css';

function documentWith(links: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.head.innerHTML = links;
  return doc;
}

describe('isLinkedStatically', () => {
  it('is true for a plain stylesheet link to the address', () => {
    expect(isLinkedStatically(documentWith(`<link rel="stylesheet" href="${URL}">`), URL)).toBe(true);
  });

  it('is false for a link Helmet manages, another address, or none', () => {
    expect(
      isLinkedStatically(documentWith(`<link data-rh="true" rel="stylesheet" href="${URL}">`), URL),
    ).toBe(false);
    expect(isLinkedStatically(documentWith('<link rel="stylesheet" href="/course/other.css">'), URL)).toBe(
      false,
    );
    expect(isLinkedStatically(documentWith(`<link rel="preload" href="${URL}">`), URL)).toBe(false);
    expect(isLinkedStatically(documentWith(''), URL)).toBe(false);
  });
});
