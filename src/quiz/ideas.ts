// "Ideas to revisit": the misconceptions a learner has shown, each with how often, where the course
// corrects it, and whether it is cleared: a question on it (one with an option tagged with it) was
// since answered right, and not marked as a guess.
import { isMisconceptionId, misconceptions as descriptions } from '../data/misconceptions';
import type { CatalogEntry } from './catalog';
import { misconceptionsShown } from './learning';
import type { Progress } from './progress';
import { currentItem } from './review';
import type { Answers, Question } from './types';

export interface Idea {
  tag: string;
  /** The misconception in one line, as the learner might have thought it. */
  description: string;
  count: number;
  at: number;
  /** The lesson section that corrects it: the one the question where it was last shown links to. */
  lesson: string;
  cleared: boolean;
}

const tagsOf = (entry: CatalogEntry): string[] =>
  entry.question.kind === 'order'
    ? []
    : entry.question.options.flatMap((o) => (o.misconception ? [o.misconception] : []));

export function ideasToRevisit(
  progress: Progress,
  catalog: readonly CatalogEntry[],
): { open: Idea[]; cleared: Idea[] } {
  const ideas: Idea[] = [];
  for (const [tag, seen] of Object.entries(progress.misconceptions)) {
    if (!isMisconceptionId(tag)) continue; // a tag an older course had: nothing to show for it
    const onIt = catalog.filter((entry) => tagsOf(entry).includes(tag));
    const where = catalog.find((entry) => entry.key === seen.question) ?? onIt[0];
    if (!where) continue;
    const cleared = onIt.some((entry) => {
      const item = currentItem(progress.review, entry);
      return item !== undefined && item.last === 'right' && item.at > seen.at;
    });
    ideas.push({
      tag,
      description: descriptions[tag],
      count: seen.count,
      at: seen.at,
      lesson: where.question.lesson,
      cleared,
    });
  }
  ideas.sort((a, b) => b.count - a.count || b.at - a.at);
  return { open: ideas.filter((i) => !i.cleared), cleared: ideas.filter((i) => i.cleared) };
}

export interface AttemptIdea {
  tag: string;
  description: string;
  /** The lesson section of the first question where the learner showed it. */
  lesson: string;
}

/** The misconceptions the wrong answers of one quiz attempt show, once each, in question order. */
export function attemptIdeas(questions: readonly Question[], answers: Answers): AttemptIdea[] {
  const ideas = new Map<string, AttemptIdea>();
  for (const question of questions) {
    for (const tag of misconceptionsShown(question, answers[question.id])) {
      if (!ideas.has(tag) && isMisconceptionId(tag)) {
        ideas.set(tag, { tag, description: descriptions[tag], lesson: question.lesson });
      }
    }
  }
  return [...ideas.values()];
}
