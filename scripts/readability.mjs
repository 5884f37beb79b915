// Readability of each lesson's core text: the Flesch–Kincaid grade level (flesch-kincaid, with
// syllable counts from `syllable`), the US school grade a reader needs. The core is the prose a
// reader meets without opening anything: headings, paragraphs and lists, without front matter,
// imports, code, diagrams, formulas, "Go deeper" blocks (`:::deeper`) and the admonitions' markers.
// A measurement, not a test: the course aims at a median grade of 10 or less for the core.
// Usage: npm run readability [-- --json]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fleschKincaid } from 'flesch-kincaid';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { syllable } from 'syllable';
import { unified } from 'unified';

const DOCS = path.resolve(import.meta.dirname, '..', 'docs');

/** The core prose of a lesson's Markdown, one block of text per paragraph, heading or list item. */
export function coreText(markdown) {
  const body = markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    .replace(/^import .*$/gm, '') // MDX imports
    .replace(/^(:{3,})deeper\b[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '') // "Go deeper" blocks
    .replace(/<details[\s\S]*?<\/details>/g, '') // raw <details> blocks
    .replace(/^:::.*$/gm, '') // admonition fences (their text is kept)
    .replace(/<[A-Z][^>]*\/>/g, '') // self-closing components (<Quiz … />)
    .replace(/\$\$[\s\S]*?\$\$/g, '') // display formulas
    .replace(/\$[^$\n]+\$/g, 'the formula') // inline formulas read as a phrase
    .replace(/\[@[^\]]+\]/g, '') // citation markers
    .replace(/\{#[\w-]+\}/g, '') // heading anchors
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ''); // MDX comments (heading anchors in .mdx)
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body);
  const blocks = [];
  const visit = (node) => {
    if (node.type === 'code' || node.type === 'html' || node.type === 'table') return;
    if (node.type === 'paragraph' || node.type === 'heading') {
      blocks.push(toString(node));
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return blocks.map((block) => block.trim()).filter((block) => block !== '');
}

/** Sentences, words and syllables of the blocks, and their Flesch–Kincaid grade. */
export function grade(blocks) {
  let sentence = 0;
  let word = 0;
  let syllables = 0;
  for (const block of blocks) {
    // A heading or list item without final punctuation still ends a sentence.
    const sentences = block.split(/[.!?]+(?=\s|$)/).filter((part) => /\w/.test(part));
    sentence += Math.max(1, sentences.length);
    const words = block.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    word += words.length;
    for (const w of words) syllables += Math.max(1, syllable(w));
  }
  const level = word === 0 ? 0 : fleschKincaid({ sentence, word, syllable: syllables });
  return { sentences: sentence, words: word, grade: Math.round(level * 10) / 10 };
}

function lessons() {
  return readdirSync(DOCS, { recursive: true })
    .map(String)
    .filter((file) => /\.mdx?$/.test(file) && !path.basename(file).startsWith('_'))
    .filter((file) => !/quiz\.mdx$|final-assessment|glossary|references|evidence-map/.test(file))
    .sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = lessons().map((file) => ({
    lesson: file,
    ...grade(coreText(readFileSync(path.join(DOCS, file), 'utf8'))),
  }));
  const grades = rows.map((row) => row.grade).sort((a, b) => a - b);
  const median = grades[Math.floor(grades.length / 2)];
  if (process.argv.includes('--json')) console.log(JSON.stringify({ rows, median }, null, 2));
  else {
    console.table(rows);
    console.log(`Median Flesch–Kincaid grade of the lessons' core text: ${median} (target: 10 or less)`);
  }
}
