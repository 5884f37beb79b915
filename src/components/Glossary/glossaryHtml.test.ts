import { glossaryHtml } from './glossaryHtml';

const classes = { entry: 'e', term: 't', aliases: 'a', definition: 'd', seeAlso: 's' };

describe('glossaryHtml', () => {
  it('writes each term as dt/dd with its anchor, aliases and see-also links by term name', () => {
    const html = glossaryHtml(
      [
        {
          id: 'crp',
          term: 'C-reactive protein',
          aliases: ['CRP'],
          definition: 'A marker.',
          seeAlso: ['il-6'],
        },
        { id: 'il-6', term: 'IL-6', definition: 'A cytokine.' },
      ],
      classes,
    );
    expect(html).toBe(
      '<div class="e"><dt id="crp" class="t">C-reactive protein<span class="a"> (CRP)</span></dt>' +
        '<dd class="d">A marker. <span class="s">See also: <a href="#il-6">IL-6</a>.</span></dd></div>' +
        '<div class="e"><dt id="il-6" class="t">IL-6</dt><dd class="d">A cytokine.</dd></div>',
    );
  });

  it('escapes text, so data can never inject markup', () => {
    const html = glossaryHtml(
      [{ id: 'x', term: '<b>x</b> & "y"', definition: "<script>alert('no')</script>" }],
      classes,
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;');
  });
});
