// Two course-specific block types on top of Docusaurus's admonitions, so lessons in plain Markdown
// can use them: `:::deeper[Title]` (a collapsed "Go deeper" block) and `:::case[Title]` (a part of
// the running case). Their keywords are registered in docusaurus.config.ts (`admonitions`).
import type { ReactNode } from 'react';
import DefaultAdmonitionTypes from '@theme-original/Admonition/Types';
import GoDeeper from '@site/src/components/GoDeeper';
import CaseBox from '@site/src/components/CaseBox';

interface BlockProps {
  title?: ReactNode;
  children?: ReactNode;
}

const AdmonitionTypes = {
  ...DefaultAdmonitionTypes,
  deeper: ({ title, children }: BlockProps): ReactNode => <GoDeeper title={title}>{children}</GoDeeper>,
  case: ({ title, children }: BlockProps): ReactNode => <CaseBox title={title}>{children}</CaseBox>,
};

export default AdmonitionTypes;
