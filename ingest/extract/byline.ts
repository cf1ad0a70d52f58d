import type { Byline } from '../../model/extraction.ts';
import { PHOTO_CREDIT } from '../read/repair-lines.ts';

/** `本报讯（通讯员 张某 记者 李某）`: the credit in brackets after the dateline. */
const DATELINE_CREDIT = /^(?:本报讯|本报)\s*[（(]([^）)]{2,60})[）)]/;
const NAME = /^[\u3400-\u4dbf\u4e00-\u9fff]{2,4}$/;
const ROLE_WORD = /^(?:本报记者|摄影记者|记者|通讯员|实习生|摄影)$/;

function names(part: string): string[] {
  return (
    part
      .split(/[\s\u3000、，,]+/)
      .map((n) => n.replace(/^(?:通讯员|实习生|见习记者|特约记者)/, ''))
      // `通讯员 某某 记者 某某 摄`: a role word standing alone between names is no name.
      .filter((n) => NAME.test(n) && !ROLE_WORD.test(n))
  );
}

/**
 * Reads the byline: names after 记者 are reporters, names before it (or after 通讯员)
 * contributors; names before 摄 at the end of a caption are photographers.
 */
export function readByline(paragraphs: readonly string[], creditLine?: string): Byline {
  const byline: Byline = { reporters: [], contributors: [], photographers: [] };
  if (creditLine) readCreditLine(creditLine, byline);
  const credit = DATELINE_CREDIT.exec(paragraphs[0] ?? '');
  if (credit?.[1]) {
    const inner = credit[1];
    // Names before the first role word (`本报讯（某某 记者 某某）`) contributed; the rest are read by role.
    const first = inner.search(CREDIT_ROLE);
    if (first >= 0) {
      byline.contributors.push(...names(inner.slice(0, first)));
      readCreditLine(inner.slice(first), byline);
    } else {
      byline.contributors = names(inner);
    }
  }
  // `■ 近日，…。（记者 某某）`: a brief signs at its end.
  const signed = END_SIGNATURE.exec(paragraphs.at(-1) ?? '');
  if (signed?.[1] && !credit) readCreditLine(signed[1], byline);
  for (const p of paragraphs) {
    const m = PHOTO_CREDIT.exec(p);
    if (m?.[1]) byline.photographers.push(...names(m[1].replace(/^记者\s*/, '')));
  }
  const unique = (list: string[]): string[] => [...new Set(list)];
  return {
    reporters: unique(byline.reporters),
    contributors: unique(byline.contributors),
    photographers: unique(byline.photographers),
  };
}

/** `（记者 某某）` closing the last paragraph. */
const END_SIGNATURE = /[。！？!?][”’"]?[（(]((?:本报)?(?:记者|通讯员|实习生|见习记者)[^（）()]{2,24})[）)]$/;

/** Who each role word of a credit line names: `本报记者`, `通讯员`, `文/`, `图/`. */
const CREDIT_ROLE = /(本报记者|见习记者|特约记者|记者|通讯员|实习生|[文图]\s*[/／])/g;

/** `■ 本报记者 某某 通讯员 某某`, `文/某某 图/某某`: a credit printed on a line of its own. */
function readCreditLine(line: string, byline: Byline): void {
  const parts = line.replace(/^[■□●◆▲\s]+/, '').split(CREDIT_ROLE);
  // split with a capturing group alternates text and role words: [before, role, names, role, names…]
  for (let i = 1; i < parts.length; i += 2) {
    const role = (parts[i] ?? '').replace(/\s+/g, '');
    const found = names(parts[i + 1] ?? '');
    if (role.startsWith('图')) byline.photographers.push(...found);
    else if (role === '通讯员' || role === '实习生') byline.contributors.push(...found);
    else byline.reporters.push(...found);
  }
}

/** The dateline and credit, which later rules should not read as content. */
export function stripDateline(lead: string): string {
  return lead.replace(DATELINE_CREDIT, '').replace(/^\s+/, '');
}
