// How deeply a TypeScript program nests brackets, measured with TypeScript's own scanner before the program is parsed.
//
// TypeScript's parser, typescript-estree's converter and the walks over the tree are recursive: object literals
// nested ~300 deep exhaust the stack. That is more than an exception to catch: V8 aborts the whole process
// ("RegExpCompiler Allocation failed") when a regular expression is compiled with the stack nearly full, and the
// parser does use them. So a program nested deeper than MAX_TS_NESTING is not parsed. The scanner is a loop, not a
// recursion. (Long chains without brackets, such as 1,000 `a ? b :` in one expression, still exhaust the stack; the
// caller catches that.)

type Ts = typeof import('typescript');

/** Real programs (cdk8s, Pulumi) nest object literals ~10-20 deep; the parser fails between 200 and 400. */
export const MAX_TS_NESTING = 100;

/**
 * The offset of the first bracket nested deeper than `limit` (`(`, `[`, `{` and a template's `${`), or undefined.
 * A `/` is read as the start of a regular expression where an expression cannot have ended, as a parser would.
 */
export function tooDeeplyNested(ts: Ts, text: string, limit = MAX_TS_NESTING): number | undefined {
  const K = ts.SyntaxKind;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  // true: a template's `${`, whose `}` continues the template.
  const open: boolean[] = [];
  let prev: number = K.Unknown;
  for (let kind: number = scanner.scan(); kind !== K.EndOfFileToken; kind = scanner.scan()) {
    if ((kind === K.SlashToken || kind === K.SlashEqualsToken) && !endsExpression(K, prev)) kind = scanner.reScanSlashToken();
    if (kind === K.OpenParenToken || kind === K.OpenBracketToken || kind === K.OpenBraceToken || kind === K.TemplateHead) {
      open.push(kind === K.TemplateHead);
      if (open.length > limit) return scanner.getTokenStart();
    } else if (kind === K.CloseParenToken || kind === K.CloseBracketToken) open.pop();
    else if (kind === K.CloseBraceToken) {
      if (open[open.length - 1] === true) {
        kind = scanner.reScanTemplateToken(false);
        if (kind !== K.TemplateMiddle) open.pop();
      } else open.pop();
    }
    prev = kind;
  }
  return undefined;
}

/** Whether a token can end an expression (then a `/` after it divides). */
function endsExpression(K: Ts['SyntaxKind'], kind: number): boolean {
  switch (kind) {
    case K.Identifier:
    case K.PrivateIdentifier:
    case K.ThisKeyword:
    case K.SuperKeyword:
    case K.NullKeyword:
    case K.TrueKeyword:
    case K.FalseKeyword:
    case K.NumericLiteral:
    case K.BigIntLiteral:
    case K.StringLiteral:
    case K.NoSubstitutionTemplateLiteral:
    case K.TemplateTail:
    case K.RegularExpressionLiteral:
    case K.CloseParenToken:
    case K.CloseBracketToken:
    case K.CloseBraceToken:
    case K.PlusPlusToken:
    case K.MinusMinusToken:
      return true;
    default:
      return false;
  }
}
