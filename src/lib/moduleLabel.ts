// A module's category label, "<N>. <Title>" (e.g. "2. The vicious cycle"): read by the course scan
// (plugins/course-structure) and by the module overview page, which is titled with that label.
const MODULE_LABEL = /^(\d+)\.\s+(\S.*)$/;

export function parseModuleLabel(label: string): { number: number; title: string } | undefined {
  const match = MODULE_LABEL.exec(label);
  return match ? { number: Number(match[1]), title: match[2] ?? '' } : undefined;
}
