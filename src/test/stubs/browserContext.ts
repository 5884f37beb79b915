// Test stand-in for `@docusaurus/core/lib/client/browserContext` (shipped as JSX in a .js file,
// which the test bundler does not parse): the same context, false until a provider says true.
import { createContext } from 'react';

export const Context = createContext(false);
