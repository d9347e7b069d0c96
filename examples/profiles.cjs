// CommonJS: encode a fictional province's portal regulation as plain data, validate it, and ask it for deadlines;
// then ask the shipped profiles what applies on a date.

const assert = require('node:assert/strict');
const {
  deadlineFor,
  defineProfile,
  extendProfile,
  getProfile,
  nationalProfileAt,
  profileStatusAt,
} = require('vn-portal-kit/profiles');

const cite = (id, note) => (note === undefined ? { id } : { id, note });
const L = (vi, en) => ({ vi, en });

// A fictional Quyết định 12/2026/QĐ-UBND of "tỉnh Lạc Việt", in force 10 days after signing, under ND 224/2026.
const lacViet = defineProfile({
  id: 'lac-viet-12-2026',
  regulationId: 'LV-12-2026',
  title: L('Quy chế Cổng thông tin điện tử tỉnh Lạc Việt', 'Regulation of the Lạc Việt provincial portal'),
  documentNumber: '12/2026/QĐ-UBND',
  level: 'province',
  issuer: L('Ủy ban nhân dân tỉnh Lạc Việt', 'People’s Committee of Lạc Việt province'),
  territory: { province: L('Tỉnh Lạc Việt', 'Lạc Việt province') },
  signedOn: '2026-08-03',
  effectiveFrom: '2026-08-13',
  effectiveRule: { kind: 'days-after-signing', days: 10, citation: cite('LV-12-2026', 'Decision Art. 2') },
  replaces: [],
  nationalBasis: { profileId: 'nd224-2026', citation: cite('LV-12-2026/1') },
  categories: [
    {
      category: 'legal-documents',
      appliesTo: ['province', 'department', 'commune'],
      mandatory: true,
      citation: cite('LV-12-2026/5.1'),
    },
    {
      category: 'news',
      appliesTo: ['province', 'department', 'commune'],
      mandatory: true,
      citation: cite('LV-12-2026/5.2'),
    },
  ],
  updatePolicies: [],
  deadlines: [
    {
      category: 'legal-documents',
      trigger: 'administrative',
      label: L('Văn bản hành chính', 'Administrative document'),
      startsAt: L('Ngày ký', 'Signing'),
      rule: { kind: 'working-days', days: 3 },
      citation: cite('LV-12-2026/6.1'),
      isDefault: true,
    },
    {
      category: 'legal-documents',
      trigger: 'normative',
      label: L('Văn bản quy phạm pháp luật', 'Normative document'),
      startsAt: L('Ngày ký', 'Signing'),
      rule: { kind: 'working-days', days: 5 },
      citation: cite('LV-12-2026/6.1'),
    },
    {
      category: 'news',
      trigger: 'event',
      label: L('Tin tức', 'News'),
      startsAt: L('Khi diễn ra sự kiện', 'The event'),
      rule: { kind: 'working-hours', hours: 4 },
      citation: cite('LV-12-2026/6.2'),
    },
  ],
  languages: {
    official: ['vi'],
    citation: cite('LV-12-2026/3.1'),
    encoding: { standard: 'TCVN 6909:2001', citation: cite('LV-12-2026/3.1') },
    english: { status: 'encouraged', items: [], citation: cite('LV-12-2026/3.2') },
  },
  operations: {
    backup: { frequency: 'daily', maxIntervalDays: 1, citation: cite('LV-12-2026/9.1') },
    reporting: [{ kind: 'activity-report', everyMonths: 3, adHoc: true, citation: cite('LV-12-2026/10.1') }],
    yearlyDuties: [],
  },
  quotas: [{ category: 'news', per: 'month', unit: 'commune', minimum: 2, citation: cite('LV-12-2026/7.3') }],
  features: [{ feature: 'search', citation: cite('LV-12-2026/8.1') }],
  submissionChannels: [],
  timeline: [],
  readings: [],
});
assert.equal(lacViet.ok, true, JSON.stringify(lacViet.issues));
const profile = lacViet.value;

// A normative document signed on Friday 2026-11-20: 5 working days → Friday 2026-11-27.
const normative = deadlineFor(profile, 'legal-documents', '2026-11-20', { trigger: 'normative' });
assert.equal(normative.ok && normative.value.deadline.dueDate, '2026-11-27');
// News of an event on Friday 15:00: 4 office hours → Monday 10:00 (+07:00).
const news = deadlineFor(profile, 'news', '2026-11-20T15:00:00+07:00');
assert.equal(news.ok && news.value.deadline.dueAt.toISOString(), '2026-11-23T03:00:00.000Z');
// Anything the regulation does not time: the national decree in force (ND 224/2026 → LTCTT-2016/18.4).
const other = deadlineFor(profile, 'treaties', '2026-11-20');
assert.equal(other.ok && other.value.citation.id, 'LTCTT-2016/18.4');

// A bad regulation is rejected with coded, bilingual issues and paths.
const bad = defineProfile({ ...profile, effectiveFrom: '2026-08-01' });
assert.equal(bad.ok, false);
assert.deepEqual(bad.issues[0].path, ['effectiveFrom']);

// An amendment as overrides of the base.
const amended = extendProfile(profile, {
  id: 'lac-viet-12-2026-amended',
  quotas: [
    {
      category: 'news',
      per: 'month',
      unit: 'commune',
      minimum: 4,
      citation: cite('LV-12-2026/7.3', 'amended'),
    },
  ],
});
assert.equal(amended.ok && amended.value.quotas[0].minimum, 4);

// The shipped regulations on a date.
const national = nationalProfileAt('2022-08-15');
assert.equal(national.ok && national.value.id, 'nd42-2022');
const qn = profileStatusAt(getProfile('quang-nam-3069-2021'), '2026-11-25');
assert.equal(qn.ok && qn.value.nationalBasis.supersededOn, '2022-08-15');

console.log(
  'profiles (CJS):',
  normative.ok && normative.value.deadline.dueDate,
  qn.ok && qn.value.notices[0].message.en,
);
