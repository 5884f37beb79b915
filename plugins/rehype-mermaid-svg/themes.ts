// Mermaid settings for the two site themes. Each diagram is rendered once per theme
// and CSS shows the one matching `html[data-theme]` (light when JavaScript is off).
import type { MermaidConfig } from 'mermaid';

const shared: MermaidConfig = {
  theme: 'base',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  // SVG-text labels, not HTML in a foreignObject: valid markup (HTML labels put <p> inside <span>),
  // and text that prints and scales with the drawing.
  htmlLabels: false,
  flowchart: { htmlLabels: false, curve: 'basis', useMaxWidth: true, padding: 12 },
  securityLevel: 'strict',
};

export const diagramThemes = {
  light: {
    ...shared,
    themeVariables: {
      darkMode: false,
      fontSize: '16px',
      background: '#ffffff',
      primaryColor: '#e6f0fa',
      primaryTextColor: '#1c1e21',
      primaryBorderColor: '#2b5f8a',
      secondaryColor: '#fdeee4',
      tertiaryColor: '#f2f5f8',
      lineColor: '#3d4b5c',
      textColor: '#1c1e21',
      edgeLabelBackground: '#ffffff',
      clusterBkg: '#f4f7fa',
      clusterBorder: '#6b7c8f',
    },
  },
  dark: {
    ...shared,
    themeVariables: {
      darkMode: true,
      fontSize: '16px',
      background: '#1b1b1d',
      primaryColor: '#1e3246',
      primaryTextColor: '#f2f4f7',
      primaryBorderColor: '#8bbbe6',
      secondaryColor: '#3b2a20',
      tertiaryColor: '#242526',
      lineColor: '#b4c2d1',
      textColor: '#f2f4f7',
      edgeLabelBackground: '#1b1b1d',
      clusterBkg: '#242526',
      clusterBorder: '#8d9bab',
    },
  },
} satisfies Record<string, MermaidConfig>;

export type DiagramTheme = keyof typeof diagramThemes;
export const themeNames = Object.keys(diagramThemes) as DiagramTheme[];
