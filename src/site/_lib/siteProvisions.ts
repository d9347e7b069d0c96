/**
 * Provisions the live-portal checks cite that the profiles do not (the rest are in the profiles' national
 * provision list): what each says, and the confidence of the requirement as read (facts/portal-technical.md:
 * `text` read in the legal text, `reported` from secondary reports, `open` not confirmed).
 */
export const SITE_PROVISIONS: Readonly<
  Record<string, { readonly says: string; readonly confidence: 'text' | 'reported' | 'open' }>
> = {
  'TT-32-2017/15.4': { says: 'IPv6 and DNSSEC for the portal’s domain', confidence: 'text' },
  'TT-32-2017/16.2': {
    says: 'the mandatory categories reachable from the homepage or main menu',
    confidence: 'text',
  },
  'TT-32-2017/16.3': {
    says: 'the homepage has a header, a main content zone and a footer',
    confidence: 'text',
  },
  'TT-32-2017/16.3.a': {
    says: 'header: national emblem or logo, the agency’s full name; menu with Trang chủ, Giới thiệu, Dịch vụ công trực tuyến, Sơ đồ cổng',
    confidence: 'text',
  },
  'TT-32-2017/16.3.c': {
    says: 'footer: copyright line, owner unit, responsible person, address, phone, e-mail',
    confidence: 'text',
  },
  'TT-32-2017/16.4.a': {
    says: 'search, links to other sites, print/save a page, questions and answers',
    confidence: 'text',
  },
  'TT-32-2017/20': {
    says: 'HTTPS (level 3–4 online services; general under the 2025 criteria)',
    confidence: 'text',
  },
  'ND-43-2011/7.1': { says: 'Unicode TCVN 6909 text', confidence: 'text' },
  'ND-224-2026/11.3': {
    says: 'the provincial portal connects to the Government portal and the monitoring platform',
    confidence: 'text',
  },
  'TT-22-2023': {
    says: 'EMC monitoring code and visible label; homepage links to component sites (2024 evaluation)',
    confidence: 'reported',
  },
  'DGCQ-2025': {
    says: '2025 evaluation criteria of the Ministry of Science and Technology: HTTPS with HSTS, load performance, security',
    confidence: 'reported',
  },
};
