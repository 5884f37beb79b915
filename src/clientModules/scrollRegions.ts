// Docusaurus client module: tables and formulas that scroll sideways can be scrolled with the
// keyboard (src/lib/scrollRegions.ts), on every page, watched again after each navigation.
import type { ClientModule } from '@docusaurus/types';
import { watchScrollRegions } from '../lib/scrollRegions';

let stop: (() => void) | undefined;

export const onRouteDidUpdate: NonNullable<ClientModule['onRouteDidUpdate']> = () => {
  stop?.();
  stop = typeof ResizeObserver === 'undefined' ? undefined : watchScrollRegions(document, ResizeObserver);
};
