// A build-time Mermaid diagram (written as a ```mermaid block in a lesson; the rehype plugin in
// plugins/rehype-mermaid-svg turns it into <Diagram id="…" />).
//
// The SVG is not in the React tree. On the first page load it is already in the static HTML and
// React keeps it as it is: an element whose dangerouslySetInnerHTML does not change is left
// alone during hydration and afterwards. After client-side navigation the element starts empty
// and the markup is fetched. On the dev server the markup comes inline, as `html`.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { loadDiagram } from './loadDiagram';
import styles from './styles.module.css';

interface Props {
  /** The diagram's cache key; names the file with its markup. */
  id: string;
  /** The markup itself, when the page carries it (dev server). */
  html?: string;
}

function DiagramFigure({ id, html }: Props): ReactNode {
  const renderings = useRef<HTMLDivElement>(null);
  const [markup, setMarkup] = useState(html ?? '');
  const [failed, setFailed] = useState(false);
  const url = useBaseUrl(`/assets/diagrams/${id}.json`);

  useEffect(() => {
    // Already there: put into the static page by the build, or passed inline.
    if (!renderings.current || renderings.current.childElementCount > 0) return undefined;
    const controller = new AbortController();
    loadDiagram(url, controller.signal).then(setMarkup, () => {
      if (!controller.signal.aborted) setFailed(true);
    });
    return () => controller.abort();
  }, [url]);

  return (
    <figure className={`diagram ${styles.diagram}`}>
      <div
        ref={renderings}
        data-diagram={id}
        dangerouslySetInnerHTML={{ __html: markup }}
        suppressHydrationWarning
      />
      {failed && (
        <figcaption className={styles.failed}>
          This diagram could not be loaded. The sentence after it says what it shows; reload the page to try
          again.
        </figcaption>
      )}
    </figure>
  );
}

/** One figure per diagram id, so navigating between two diagrams never shows the old one. */
export default function Diagram(props: Props): ReactNode {
  return <DiagramFigure key={props.id} {...props} />;
}
