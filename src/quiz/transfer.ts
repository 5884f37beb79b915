// Moving progress between devices as a JSON file. Import is strict where storage reading is lenient:
// a file that is wrong or damaged in any part is refused whole, with a message, and nothing changes.
import { COURSE_ID, PROGRESS_VERSION, parseProgress, type Progress } from './progress';

export const EXPORT_FORMAT = 'irc-progress';
/** Far more than any real progress file; refuses to parse something that is clearly not one. */
const MAX_IMPORT_CHARS = 2_000_000;

export function exportProgress(progress: Progress, exportedAt: number): string {
  const file = {
    format: EXPORT_FORMAT,
    course: COURSE_ID,
    version: PROGRESS_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    ...progress,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(exportedAt: number): string {
  return `${COURSE_ID}-progress-${new Date(exportedAt).toISOString().slice(0, 10)}.json`;
}

export type ImportResult = { ok: true; progress: Progress } | { ok: false; message: string };

const UNCHANGED = 'Your progress was not changed.';

function refuse(reason: string): ImportResult {
  return { ok: false, message: `${reason} ${UNCHANGED}` };
}

export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return refuse('This file is too large to be a progress file.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('This file is not a progress file (it is not valid JSON).');
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return refuse('This file is not a progress file exported from this course.');
  }
  const { course } = data as { course?: unknown };
  if (course !== COURSE_ID) {
    return refuse(`This file holds progress for another course (${JSON.stringify(course) ?? 'unnamed'}).`);
  }
  const parsed = parseProgress(text);
  if (parsed.status === 'newer') {
    return refuse(`This file comes from a newer version of the course (format ${parsed.version}).`);
  }
  if (parsed.status === 'unreadable') return refuse(`This progress file cannot be read (${parsed.reason}).`);
  if (parsed.dropped > 0) {
    const parts = parsed.dropped === 1 ? '1 part' : `${parsed.dropped} parts`;
    return refuse(`This progress file is damaged (${parts} could not be read).`);
  }
  return { ok: true, progress: parsed.progress };
}
