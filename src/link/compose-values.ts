// Compose interpolates `$VAR`, `${VAR}`, `${VAR:-default}` ... in every value of a compose file from the shell that
// runs `docker compose` and the project's `.env` file; `$$` is a literal `$`. Neither is known statically, so a value
// that interpolates anything is not known: no finding is built on it.

/** A Compose value as Compose passes it on, when it interpolates nothing (`$$` -> `$`); else undefined. */
export function composeLiteral(text: string): string | undefined {
  if (!text.includes('$')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '$') out += text[i];
    else if (text[i + 1] === '$') {
      out += '$';
      i++;
    } else return undefined;
  }
  return out;
}
