// Docusaurus client module: pages print in the light theme (src/lib/printInLight.ts).
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { printInLight } from '../lib/printInLight';

if (ExecutionEnvironment.canUseDOM) printInLight(document.documentElement, window);
