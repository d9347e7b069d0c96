// Generates docs/coverage.md: every provision id of test/fixtures/docs/provisions.md, where the library encodes it
// (profile field paths, and src modules that cite it), or why it does not.
// Run: node --import tsx scripts/generate-coverage.ts        (writes docs/coverage.md)
//      node --import tsx scripts/generate-coverage.ts --check (exits 1 when docs/coverage.md is stale)
// Never imported by src/: it reads the vendored catalogue test/fixtures/docs/provisions.md at build time only.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Profile } from '../src/profiles/index.js';
import { profiles } from '../src/profiles/index.js';

/** Point letters of Vietnamese legal texts (no f, j, w, z), and the Latin ones Thái Nguyên also uses. */
const VI_POINTS = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
];
const LATIN_POINTS = 'abcdefghijklmnopqrstuvwxyz'.split('');
const pointsOf = (reg: string): string[] => (reg.startsWith('TN-') ? LATIN_POINTS : VI_POINTS);

const FULL_ID = /^([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\/([0-9][0-9A-Za-zđ.#-]*)$/;
const BARE_ID = /^[0-9]+(?:\.[0-9a-zđ]+)*(?:#[a-z0-9-]+)?$/;
const BARE_POINT = /^[a-zđ]$/;
const SHORT_REG: Readonly<Record<string, string>> = {
  TN: 'TN-40-2012',
  VP: 'VP-32-2023',
  QN: 'QN-3069-2021',
  HG: 'HG-1347-2020',
  NX: 'NX-2112-2022',
};

/** Expands `<reg>/<start>` to `<end>` (end: a bare id with the same prefix, or a single point letter). */
function expandRange(reg: string, start: string, end: string): string[] {
  const s = start.split('.');
  const last = s[s.length - 1] ?? '';
  const prefix = s.slice(0, -1);
  let endLast = end;
  if (end.includes('.')) {
    const e = end.split('.');
    if (e.slice(0, -1).join('.') !== prefix.join('.'))
      throw new Error(`range ${reg}/${start}–${end}: prefixes differ`);
    endLast = e[e.length - 1] ?? '';
  }
  const out: string[] = [];
  if (/^\d+$/.test(last) && /^\d+$/.test(endLast)) {
    for (let n = Number(last); n <= Number(endLast); n++) out.push([...prefix, String(n)].join('.'));
  } else {
    const letters = pointsOf(reg);
    const a = letters.indexOf(last);
    const b = letters.indexOf(endLast);
    if (a === -1 || b === -1 || b < a) throw new Error(`range ${reg}/${start}–${end}: bad letters`);
    for (let i = a; i <= b; i++) out.push([...prefix, letters[i]].join('.'));
  }
  return out.map((x) => `${reg}/${x}`);
}

/**
 * Every provision id of provisions.md, in order of first appearance, ranges expanded: backticked ids (a bare
 * id takes the regulation of the last full id on its line), and the prose ids of the indented sub-bullets
 * (`5.1.a`, `5.13.a–e`, `TN 4.2`), which belong to their parent bullet's regulation.
 */
export function parseProvisionIds(markdown: string): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  const add = (id: string): void => {
    if (!seen.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  };
  let parentReg: string | undefined;
  for (const line of markdown.split('\n')) {
    const isSub = /^\s{2,}-\s/.test(line);
    let reg: string | undefined = isSub ? parentReg : undefined;
    const tokens: { text: string; start: number; end: number }[] = [];
    for (const m of line.matchAll(/`([^`]+)`/g))
      tokens.push({ text: m[1] ?? '', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    let lastFull: string | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      let id: string | undefined;
      const full = FULL_ID.exec(t.text);
      if (full) {
        reg = full[1]!;
        id = t.text;
      } else if (BARE_ID.test(t.text) && reg !== undefined) {
        id = `${reg}/${t.text}`;
      }
      if (id === undefined) continue;
      lastFull = id;
      const next = tokens[i + 1];
      if (
        next !== undefined &&
        line.slice(t.end, next.start) === '–' &&
        (BARE_ID.test(next.text) || BARE_POINT.test(next.text))
      ) {
        const r = id.slice(0, id.indexOf('/'));
        for (const x of expandRange(r, id.slice(id.indexOf('/') + 1), next.text)) add(x);
        i++;
        continue;
      }
      add(id);
    }
    if (isSub && parentReg !== undefined) {
      const prose = line.replace(/`[^`]*`/g, ' ');
      const re =
        /(?:^\s*-\s+|[.;]\s+|\(\s*)(?:(TN|VP|QN|HG|NX)\s+)?(\d+\.\d+(?:\.[a-zđ])?)(?:–([a-zđ]))?(?=[\s:,)])/g;
      for (const m of prose.matchAll(re)) {
        const r = m[1] !== undefined ? SHORT_REG[m[1]]! : parentReg;
        if (m[3] !== undefined) for (const x of expandRange(r, m[2]!, m[3])) add(x);
        else add(`${r}/${m[2]}`);
      }
    }
    if (!isSub) {
      parentReg =
        lastFull !== undefined
          ? lastFull.slice(0, lastFull.indexOf('/'))
          : /^\s*-\s/.test(line)
            ? undefined
            : parentReg;
    }
  }
  return ids;
}

/** A readable path of each citation in a profile: `deadlines[legal-documents:normative].citation`. */
export function profileCitations(list: readonly Profile[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const keyOf = (v: Record<string, unknown>, i: number): string => {
    const parts = ['category', 'variant', 'trigger', 'feature', 'duty', 'kind', 'unit']
      .map((k) => v[k])
      .filter((x): x is string => typeof x === 'string');
    return parts.length > 0 ? parts.join(':') : String(i);
  };
  const walk = (profileId: string, v: unknown, path: string, depth: number): void => {
    if (depth > 12 || typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(
          profileId,
          x,
          `${path}[${typeof x === 'object' && x !== null ? keyOf(x as Record<string, unknown>, i) : i}]`,
          depth + 1,
        );
      });
      return;
    }
    const o = v as Record<string, unknown>;
    if (
      typeof o.id === 'string' &&
      path
        .split('.')
        .pop()
        ?.match(/^(citation|via|tested|dailyUpdate|archive|approvalRequired\[.*\]|separationOfDuties)$/)
    ) {
      const entry = `\`${profileId}\`: ${path}`;
      const list2 = out.get(o.id) ?? [];
      if (!list2.includes(entry)) list2.push(entry);
      out.set(o.id, list2);
      return;
    }
    for (const [k, x] of Object.entries(o)) walk(profileId, x, path === '' ? k : `${path}.${k}`, depth + 1);
  };
  for (const p of list) walk(p.id, p, '', 0);
  return out;
}

function walkFiles(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walkFiles(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** The src modules whose code (outside the shipped profile files) cites each id as a string literal. */
export function moduleCitations(srcDir: string, ids: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const wanted = new Set(ids);
  for (const file of walkFiles(srcDir, [])) {
    const rel = relative(srcDir, file).split('\\').join('/');
    const mod = rel.split('/')[0] ?? '';
    if (mod === 'profiles' && !rel.startsWith('profiles/hostnames/') && !rel.startsWith('profiles/workflow/'))
      continue;
    const where = rel.startsWith('profiles/') ? rel.split('/').slice(0, 2).join('/') : mod;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/['"`]([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\/[0-9][0-9A-Za-zđ.#-]*)['"`]/g)) {
      const id = m[1]!;
      if (!wanted.has(id)) continue;
      const list = out.get(id) ?? [];
      if (!list.includes(where)) list.push(where);
      out.set(id, list.sort());
    }
  }
  return out;
}

/**
 * Why an id is not (or not only) machine-encoded. Keys are exact ids; a value starting with "—" is shown as
 * the reason when nothing encodes the id.
 */
export const REASONS: Readonly<Record<string, string>> = {
  // National provisions (test/fixtures/docs/national-provisions.md) the code does not encode, and why.
  'ND-224-2026/12.2':
    'what is measured (completeness, timeliness, reachability, usage) by the ministry’s platform: not a check of one portal',
  'ND-224-2026/19.2': 'metrics of online services reported by the State: not a portal check',
  'ND-224-2026/16':
    'proactive online services (levels 1–4): a service design rule, not a portal content check',
  'ND-224-2026/20.3': 'royalties: see 20.3.a (ND 287/2026 regime) and 20.3.b (the head sets rates)',
  'HG-1347-2020/3.3': 'attribution of reused items: workflow editorial policy (author and source)',
  'QN-3069-2021/6.3': 'attribution of reused items: workflow editorial policy',
  'VP-32-2023/4.4':
    'attribution of reused items: workflow editorial policy (source and author or source agency)',
  'VP-32-2023/5.1.a':
    'field list of the local-government introduction: categories module (IntroductionSchema)',
  'VP-32-2023/5.1.b': 'field list of the department introduction: categories module',
  'VP-32-2023/5.8.a': 'project lists: categories module (projects)',
  'VP-32-2023/5.8.b': 'project fields: categories module (projects)',
  'VP-32-2023/5.11.a': 'S&T programme fields: categories module',
  'VP-32-2023/5.11.b': 'S&T results: categories module',
  'VP-32-2023/5.13.a': 'epidemic content: categories module (epidemics); content judgment by the approver',
  'VP-32-2023/5.13.b': 'epidemic content: categories module; content judgment by the approver',
  'VP-32-2023/5.13.c': 'epidemic content: categories module; content judgment by the approver',
  'VP-32-2023/5.13.d': 'epidemic content: categories module; content judgment by the approver',
  'VP-32-2023/5.13.đ':
    'the audience field is required (categories: epidemics); whether the content suits it is the approver’s judgment',
  'VP-32-2023/5.13.e': 'not machine-checkable: accuracy and clarity of content (approver’s judgment)',
  'VP-32-2023/5.16':
    'catalogue fields (location, form, time, duration): categories module; feeds (catalogue XML)',
  'QN-3069-2021/4.1': 'content forms (text, audio, image, video, graphics): no constraint to check',
  'TN-40-2012/10.4': 'duty to re-supply changed information: profile update policy (on-change)',
  'TN-40-2012/14.2': 'answer channels (portal or e-mail): workflow question policy',
  'TN-40-2012/14.3': 'who answers (head or delegate): workflow question policy',
  'TN-40-2012/14.5': 'disclaimer (answers are guidance): workflow question policy',
  'TN-40-2012/6.3':
    'approval by the Editor-in-Chief is modelled (workflow editorial policy); the alternative "or the sub-portal’s board" is not modelled',
  'VP-32-2023/4.6': 'approval before publication: workflow editorial policy',
  'QN-3069-2021/6.4': 'approval before publication: workflow editorial policy',
  'NX-2112-2022/9': 'not machine-checkable: personal responsibility of the signer for content',
  'QN-3069-2021/10.2.a': 'members research and edit: workflow editorial policy',
  'QN-3069-2021/10.2.b': 'the Head approves publication: workflow editorial policy',
  'NX-2112-2022/14.1': 'Head approves Party topics: workflow editorial policy (topic routing)',
  'NX-2112-2022/14.2': 'Deputy approves government topics, acts for the Head: workflow editorial policy',
  'NX-2112-2022/14.3': 'members do what the Head assigns: workflow editorial policy (roles)',
  'TN-40-2012/17.2': 'access levels (administrator, moderator, updater): workflow editorial policy (roles)',
  'QN-3069-2021/21.4':
    'account kinds (quản trị, biên tập, cập nhật) are access rights of a CMS, not content rules; the workflow roles model who may approve and publish',
  'QN-3069-2021/7.2': 'per-category accounts of supplying agencies: profile category suppliers (7.2.a–n)',
  'QN-3069-2021/17.4': 'not machine-checkable: duty of a person (keep credentials safe)',
  'TN-40-2012/21.4': 'not machine-checkable: duty of a person (keep credentials safe)',
  'TN-40-2012/15.1': 'organisation of the Editorial Council: not a portal rule (who chairs it)',
  'TN-40-2012/18.1': 'organisation of the Editorial Council: not a portal rule',
  'TN-40-2012/16.2': 'the Information Centre director is editor-in-chief: workflow editorial policy (roles)',
  'VP-32-2023/12.3':
    'board composition (head, deputy, members): workflow roles. 12.3 sets the members’ working regime only: it is no basis for delegating approval to a member',
  'NX-2112-2022/12': 'board composition: workflow editorial policy (roles)',
  'QN-3069-2021/19.1': 'board composition: workflow editorial policy (roles)',
  'QN-3069-2021/19.4': 'not machine-checkable: members answer to the head',
  'HG-1347-2020/7.1': 'organisation of the board (set up by the chair, part-time): not a portal rule',
  'QN-3069-2021/12.2': 'admin password held by the Head, delegable: workflow editorial policy (delegation)',
  'QN-3069-2021/12.3': 'not machine-checkable: no destructive programs (a security duty of operators)',
  'VP-32-2023/3.3':
    'Vĩnh Phúc’s own www and english addresses (its host-name scheme only; national schemes cite their decree)',
  'HG-1347-2020/6.1.a': 'prohibited content: workflow moderation checklist; not machine-checkable (meaning)',
  'HG-1347-2020/6.1.b': 'prohibited content: workflow moderation checklist; not machine-checkable (meaning)',
  'HG-1347-2020/6.1.c': 'prohibited content: workflow moderation checklist; not machine-checkable (meaning)',
  'HG-1347-2020/6.2': 'other unlawful acts: not machine-checkable',
  'TN-40-2012/5.1.a': 'prohibited content: workflow moderation checklist; not machine-checkable (meaning)',
  'TN-40-2012/5.1.b': 'state secrets: workflow moderation checklist and classification marks',
  'TN-40-2012/5.1.c': 'defamation: workflow moderation checklist; not machine-checkable (meaning)',
  'TN-40-2012/5.1.d': 'press/publishing violations: workflow moderation checklist; not machine-checkable',
  'TN-40-2012/5.1.e': 'links to unlawful content: workflow moderation checklist; not machine-checkable',
  'TN-40-2012/5.2': 'unlawful advertising: workflow moderation checklist; not machine-checkable',
  'TN-40-2012/5.3': 'not machine-checkable: sabotage of the system (operators’ duty)',
  'TN-40-2012/5.4': 'not machine-checkable: stealing passwords, malware (operators’ duty)',
  'TN-40-2012/5.5': 'misuse of personal images: workflow moderation checklist; not machine-checkable',
  'TN-40-2012/5.6': 'IP violations: workflow moderation checklist; not machine-checkable',
  'NX-2112-2022/7#mat': 'classification marks never published: workflow editorial policy (classification)',
  'NX-2112-2022/7.5': 'nothing classified among socio-economic news: workflow classification check',
  'QN-3069-2021/7.2.a':
    'the supplier of the introduction items: profile categories (supplier); the Chair’s approval of other items is not modelled',
  'VP-32-2023/3.4.a': 'department host names: host-name scheme (domains)',
  'VP-32-2023/3.4.b': 'district host names: host-name scheme (domains)',
  'VP-32-2023/3.4.c': 'commune host names: host-name scheme (domains)',
  'TN-40-2012/7.2': 'portal address and sub-portal host names: profile domain; host-name scheme (domains)',
  'TN-40-2012/2.6.a':
    'online-service level 1: categories ProcedureSchema levels, cited as ND-43-2011/3.4, which TN 2.6 restates',
  'TN-40-2012/2.6.b': 'online-service level 2: categories ProcedureSchema levels (ND-43-2011/3.4)',
  'TN-40-2012/2.6.c': 'online-service level 3: categories ProcedureSchema levels (ND-43-2011/3.4)',
  'TN-40-2012/2.6.d': 'online-service level 4: categories ProcedureSchema levels (ND-43-2011/3.4)',
  'QN-3069-2021/2.5':
    'definition of nhuận bút: the royalty module computes it (ND 18/2014 Art. 6); noted on the profile royalty basis',
  'QN-3069-2021/2.6':
    'definition of thù lao: the royalty module’s calculateRemuneration (ND 18/2014 Art. 6); noted on the profile royalty basis',
  'QN-3069-2021/21.5': 'the IT Centre pays: profile royalty payer',
  'QN-3069-2021/21.1': 'the IT Centre manages the domain: profile domain (note)',
  'VP-32-2023/7.4': 'drafting agencies send drafts: profile submission channels',
  'TN-40-2012/8.5': 'drafts sent, comments received online: profile features (comment-submission)',
  'HG-1347-2020/15.2': 'units answer in their field: profile categories (qa, feedback)',
  'HG-1347-2020/2.3.d': 'post drafts for comment: profile categories (consultation)',
  'QN-3069-2021/11': 'feedback routing: profile features (feedback); workflow question policy',
  'VP-32-2023/9.1.a': 'ask and track status: profile features; workflow question policy',
  'VP-32-2023/9.1.b': 'social sharing: profile features',
  'VP-32-2023/9.1.c': 'law-making participation: profile features',
  'VP-32-2023/9.1.d': 'rating: profile features',
  'VP-32-2023/9.1.đ': 'publish interactions: profile features',
  'TN-40-2012/14.1': 'intake 24/7: profile features (qa); workflow question policy',
  'TN-40-2012/14.4.a': '5 working days from 08:00: profile deadlines (qa); workflow question policy',
  'TN-40-2012/14.4.b': '10 working days from 08:00: profile deadlines (qa); workflow question policy',
  'TN-40-2012/14.4.c': '15 working days with appointment: profile deadlines (qa); workflow question policy',
};

/** The national decrees whose provisions the coverage table lists (from the national catalogue). */
const NATIONAL_IN_COVERAGE = ['ND-43-2011/', 'ND-42-2022/', 'ND-224-2026/', 'ND-287-2026/'];

/** The national provision ids of test/fixtures/docs/national-provisions.md that the table lists. */
export function parseNationalIds(markdown: string): string[] {
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    const m = /^\| `([^`]+)` \|/.exec(line);
    if (m && NATIONAL_IN_COVERAGE.some((p) => m[1]!.startsWith(p))) out.push(m[1]!);
  }
  return out;
}

/** Tests that walk every citation (they exercise no rule), left out of the "tests" column. */
const WALKERS = /(citations|citationExistence|coverage)\.test\.ts$/;
/** Profile field paths whose citation test/profiles/exercise.test.ts checks through the engine. */
const EXERCISED = /^`[^`]+`: (categories|deadlines)\[/;

/**
 * The tests that exercise each id: test files that name it, and test/profiles/exercise.test.ts when a profile
 * category or deadline (which that test runs through requiredFieldsFor / deadlineFor) is what encodes it.
 */
export function testCitations(
  testDir: string,
  ids: readonly string[],
  fromProfiles: Map<string, string[]>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const files = walkFiles(testDir, []).filter((f) => f.endsWith('.test.ts') && !WALKERS.test(f));
  const texts = files.map(
    (f) => [relative(join(testDir, '..'), f).split('\\').join('/'), readFileSync(f, 'utf8')] as const,
  );
  for (const id of ids) {
    const re = new RegExp(`['"\`]${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`);
    const list = texts.filter(([, t]) => re.test(t)).map(([f]) => f);
    if (
      (fromProfiles.get(id) ?? []).some((w) => EXERCISED.test(w)) &&
      !list.includes('test/profiles/exercise.test.ts')
    )
      list.push('test/profiles/exercise.test.ts');
    if (list.length > 0) out.set(id, list.sort());
  }
  return out;
}

/** The coverage table as Markdown. */
export function renderCoverage(
  ids: readonly string[],
  fromProfiles: Map<string, string[]>,
  fromModules: Map<string, string[]>,
  fromTests: Map<string, string[]> = new Map(),
): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  const direct = (id: string): boolean =>
    (fromProfiles.get(id)?.length ?? 0) > 0 || (fromModules.get(id)?.length ?? 0) > 0;
  const rows = ids.map((id) => {
    let inProfiles = (fromProfiles.get(id) ?? []).slice().sort();
    const inModules = fromModules.get(id) ?? [];
    if (inProfiles.length === 0 && inModules.length === 0) {
      const points = ids.filter((x) => x.startsWith(`${id}.`) && direct(x));
      if (points.length > 0)
        inProfiles = [`through its points: ${points.map((x) => x.slice(x.indexOf('/') + 1)).join(', ')}`];
    }
    const reason = REASONS[id];
    const pointTests = ids.filter((x) => x.startsWith(`${id}.`)).flatMap((x) => fromTests.get(x) ?? []);
    const tests = [...new Set([...(fromTests.get(id) ?? []), ...pointTests])].sort();
    // "encoded" only when code or data cites it AND a test exercises it; cited but untested says so.
    const cited = inProfiles.length > 0 || inModules.length > 0;
    const status = cited
      ? tests.length > 0
        ? 'encoded'
        : 'cited, untested'
      : reason !== undefined
        ? 'by reason'
        : 'not encoded';
    const shown =
      inProfiles.length > 6 ? [...inProfiles.slice(0, 6), `… ${inProfiles.length - 6} more`] : inProfiles;
    const shownTests = tests.length > 3 ? [...tests.slice(0, 3), `… ${tests.length - 3} more`] : tests;
    return `| \`${id}\` | ${status} | ${esc(shown.join('<br>')) || '—'} | ${esc(inModules.join(', ')) || '—'} | ${esc(shownTests.join('<br>')) || '—'} | ${esc(reason ?? '') || '—'} |`;
  });
  const encoded = rows.filter((r) => r.includes('| encoded |')).length;
  const untested = rows.filter((r) => r.includes('| cited, untested |')).length;
  const byReason = rows.filter((r) => r.includes('| by reason |')).length;
  return [
    '---',
    'title: Provision coverage',
    '---',
    '',
    '# Provision coverage',
    '',
    '<!-- Generated by scripts/generate-coverage.ts from test/fixtures/docs/provisions.md, test/fixtures/docs/national-provisions.md, the profiles and the tests. Do not edit. -->',
    '',
    `Every provision id of the seed catalogue and of the national portal and royalty decrees (ND 43/2011, ND 42/2022, ND 224/2026, ND 287/2026; ${ids.length} ids, ranges expanded), where the library encodes it, or why not.`,
    `${encoded} are encoded (cited by code or data and exercised by a test), ${untested} are cited but no test exercises them, ${byReason} are explained, ${ids.length - encoded - untested - byReason} are not encoded.`,
    '"Profiles" lists the profile field paths whose citation is the id; "modules" lists the src modules (outside the',
    'profile files) that cite it as a string literal; "tests" lists the tests that name it, or that run the profile',
    'categories and deadlines through their engines (test/profiles/exercise.test.ts); "reason" says how the rest of',
    'the rule is handled, or why a library cannot check it.',
    '',
    '| id | status | profiles | modules | tests | reason |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** Builds the coverage document from the provisions catalogue text and the src directory. */
export function buildCoverage(provisionsMarkdown: string, srcDir: string, nationalMarkdown = ''): string {
  const ids = [...parseProvisionIds(provisionsMarkdown), ...parseNationalIds(nationalMarkdown)];
  const fromProfiles = profileCitations(profiles);
  const testDir = join(srcDir, '..', 'test');
  return renderCoverage(
    ids,
    fromProfiles,
    moduleCitations(srcDir, ids),
    testCitations(testDir, ids, fromProfiles),
  );
}

const root = fileURLToPath(new URL('..', import.meta.url));
/** Path of the provisions catalogue, relative to the repository root. */
export const PROVISIONS_PATH: string = join(root, 'test', 'fixtures', 'docs', 'provisions.md');
/** Path of the national catalogue. */
export const NATIONAL_PATH: string = join(root, 'test', 'fixtures', 'docs', 'national-provisions.md');
/** Path of the generated document. */
export const COVERAGE_PATH: string = join(root, 'docs', 'coverage.md');

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(PROVISIONS_PATH)) {
    console.error(`provisions catalogue not found at ${PROVISIONS_PATH}`);
    process.exit(2);
  }
  const text = buildCoverage(
    readFileSync(PROVISIONS_PATH, 'utf8'),
    join(root, 'src'),
    readFileSync(NATIONAL_PATH, 'utf8'),
  );
  if (process.argv.includes('--check')) {
    const current = existsSync(COVERAGE_PATH) ? readFileSync(COVERAGE_PATH, 'utf8') : '';
    if (current !== text) {
      console.error('docs/coverage.md is stale: run node --import tsx scripts/generate-coverage.ts');
      process.exit(1);
    }
    console.log('docs/coverage.md is up to date');
  } else {
    writeFileSync(COVERAGE_PATH, text);
    console.log(`wrote ${relative(process.cwd(), COVERAGE_PATH)}`);
  }
}
