// Docusaurus's DocCard (the lesson cards of each module's overview page), without its leading-emoji
// detection. That detection compiles a `\p{RGI_Emoji}` regular expression and an Intl.Segmenter
// on first use: one ~300 ms task on a 4x-throttled phone (measured), to find emoji the course's
// titles do not have. The cards look the same: the same layout and fallback icons. A lesson's card
// starts its description with the lesson's reading time (computed at build time).
import type { ReactNode } from 'react';
import { findFirstSidebarItemLink, useDocById } from '@docusaurus/plugin-content-docs/client';
import { useDocCardDescriptionCategoryItemsPlural } from '@docusaurus/theme-common/internal';
import isInternalUrl from '@docusaurus/isInternalUrl';
import Layout from '@theme/DocCard/Layout';
import type { Props } from '@theme/DocCard';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useLessonReadingTime } from '@site/src/hooks/useCourseModules';
import { lessonPath } from '@site/src/quiz/visits';

type Item = Props['item'];
type LinkItem = Extract<Item, { type: 'link' }>;
type CategoryItem = Extract<Item, { type: 'category' }>;

function CardLink({ item }: { item: LinkItem }): ReactNode {
  const doc = useDocById(item.docId ?? undefined);
  const readingTime = useLessonReadingTime(lessonPath(item.href, useBaseUrl('/')));
  const description = item.description ?? doc?.description;
  // The time first, because the card cuts its description to one line.
  const withTime = readingTime ? `${readingTime.core} min · ${description ?? ''}` : description;
  return (
    <Layout
      item={item}
      className={item.className}
      href={item.href}
      icon={isInternalUrl(item.href) ? '📄️' : '🔗'}
      title={item.label}
      description={withTime}
    />
  );
}

function CardCategory({ item }: { item: CategoryItem }): ReactNode {
  const href = findFirstSidebarItemLink(item);
  const itemsPlural = useDocCardDescriptionCategoryItemsPlural();
  if (!href) return null; // Docusaurus filters out categories without a link beforehand
  return (
    <Layout
      item={item}
      className={item.className}
      href={href}
      icon="🗃"
      title={item.label}
      description={item.description ?? itemsPlural(item.items.length)}
    />
  );
}

export default function DocCard({ item }: Props): ReactNode {
  switch (item.type) {
    case 'link':
      return <CardLink item={item} />;
    case 'category':
      return <CardCategory item={item} />;
    default:
      throw new Error(`unknown item type ${JSON.stringify(item)}`);
  }
}
