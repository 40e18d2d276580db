/** One thing wrong with the content, located as precisely as the input allows. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the project root (or absolute when outside it). */
  file: string;
  line?: number;
  /** Dotted path of the field, e.g. `authors.0.orcid`. */
  field?: string;
  message: string;
}

/** `file:line: field: message`, the way editors and terminals link to it. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${p.severity === 'error' ? 'error' : 'warning'} ${where}${p.field ? ` [${p.field}]` : ''}: ${p.message}`;
}

/** An error thrown by content loaders (figures, data) that already knows where it is. */
export class ContentError extends Error {
  constructor(
    public readonly problem: Omit<Problem, 'severity'>,
    options?: ErrorOptions,
  ) {
    super(formatProblem({ ...problem, severity: 'error' }), options);
    this.name = 'ContentError';
  }
}
