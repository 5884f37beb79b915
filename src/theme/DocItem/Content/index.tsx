import type { ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import Disclaimer from '@site/src/components/Disclaimer';

type Props = WrapperProps<typeof ContentType>;

/** Wraps the lesson body so every lesson page shows the same disclaimer. */
export default function ContentWrapper(props: Props): ReactNode {
  return (
    <>
      <Disclaimer />
      <Content {...props} />
    </>
  );
}
