// Splitting a line of flags or directive words at blanks: what several readers need (Dockerfile heredoc lines,
// go.mod directives, `-ldflags` lists of skaffold and GoReleaser), in one place.

/** Words separated by blanks (spaces, tabs), and line breaks too when `lineBreaks` (a folded YAML block's lines). */
export function splitBlanks(text: string, lineBreaks = false): string[] {
  const out: string[] = [];
  let cur = '';
  for (const c of text) {
    if (c === ' ' || c === '\t' || (lineBreaks && (c === '\n' || c === '\r'))) {
      if (cur !== '') out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur !== '') out.push(cur);
  return out;
}
