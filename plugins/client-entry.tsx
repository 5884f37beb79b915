// Stands in for @docusaurus/core's client/clientEntry.js in production builds (see
// plugins/bundle-tuning.ts). It does the same things in the same order: load React DOM and the
// app, preload the current route's modules, then hydrate the server-rendered page in a transition.
// The difference: the original did all of that in one task, which on a phone (Lighthouse's 4x
// slower CPU) held the main thread for ~250 ms, the longest task of a lesson's page load. Here
// each step starts in a new task, so the browser can handle input and paint between them.
import React, { startTransition } from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/** Resolves in a new task, after the browser has had a chance to do other work. */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

interface DocusaurusWindow {
  docusaurus?: unknown;
  docusaurusRoot?: { render(children: React.ReactNode): void };
}

async function start(): Promise<void> {
  const target = window as unknown as DocusaurusWindow;
  const container = document.getElementById('__docusaurus');
  if (!container) throw new Error('No #__docusaurus element in the page.');
  await nextTask();
  const { default: ReactDOM } = await import(/* webpackMode: "eager" */ 'react-dom/client');
  await nextTask();
  const [{ HelmetProvider }, { BrowserRouter, HashRouter }, { default: siteConfig }] = await Promise.all([
    import(/* webpackMode: "eager" */ 'react-helmet-async'),
    import(/* webpackMode: "eager" */ 'react-router-dom'),
    import(/* webpackMode: "eager" */ '@generated/docusaurus.config'),
  ]);
  await nextTask();
  const { default: App } = await import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/App');
  await nextTask();
  const [{ default: docusaurus }, { default: preload }] = await Promise.all([
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/docusaurus'),
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/preload'),
  ]);
  target.docusaurus = docusaurus;
  await preload(window.location.pathname);
  await nextTask();

  const Router = (
    siteConfig.future.experimental_router === 'hash' ? HashRouter : BrowserRouter
  ) as React.ComponentType<{
    children: React.ReactNode;
  }>;
  const app = (
    <HelmetProvider>
      <Router>
        <App />
      </Router>
    </HelmetProvider>
  );
  const onRecoverableError = (error: unknown, errorInfo: unknown) => {
    console.error('Docusaurus React Root onRecoverableError:', error, errorInfo);
  };
  startTransition(() => {
    if (process.env.HYDRATE_CLIENT_ENTRY) {
      target.docusaurusRoot = ReactDOM.hydrateRoot(container, app, { onRecoverableError });
    } else {
      const root = ReactDOM.createRoot(container, { onRecoverableError });
      root.render(app);
      target.docusaurusRoot = root;
    }
  });
}

if (ExecutionEnvironment.canUseDOM) {
  void start();
}
