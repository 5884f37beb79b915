import { TEST_MODULES } from '../../test/stubs/useGlobalData';
import { moduleAtOverview } from './moduleAtOverview';

describe('moduleAtOverview', () => {
  it('finds the module by the number in the category label', () => {
    expect(moduleAtOverview(TEST_MODULES, '2. More')?.id).toBe('more');
  });

  it('finds nothing for an unnumbered or unknown label', () => {
    expect(moduleAtOverview(TEST_MODULES, 'Wrap-up')).toBeUndefined();
    expect(moduleAtOverview(TEST_MODULES, '9. Missing')).toBeUndefined();
  });
});
