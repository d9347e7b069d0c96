// A QA team's Playwright test of a portal page against the Vietnamese portal rules. It serves two small pages
// on 127.0.0.1 so it runs anywhere; point `page.goto` at your portal instead.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect as baseExpect, test } from '@playwright/test';
import { checkPortalPage, portalMatchers } from 'vn-portal-kit/playwright';

const expect = baseExpect.extend(portalMatchers);

const HEAD =
  '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<meta name="description" content="Cổng thông tin điện tử tỉnh Phú Thọ"><style>body{font:16px/1.5 sans-serif;color:#111}</style>';
const PAGES: Record<string, string> = {
  '/thong-bao': `<!DOCTYPE html><html lang="vi"><head>${HEAD}<title>Thông báo – Cổng thông tin điện tử tỉnh Phú Thọ</title></head>
    <body><main><h1>Thông báo</h1><p>Lịch tiếp công dân tháng 12 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh.</p></main></body></html>`,
  '/thong-bao-loi': `<!DOCTYPE html><html lang="vi"><head>${HEAD}<title>Thông báo – Cổng thông tin điện tử tỉnh Phú Thọ</title></head>
    <body><main><h1>Thông báo</h1><p style="color:#ccc">Lịch tiếp công dân tháng 12 năm 2026.</p>
    <a id="lich" href="/lich"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40"></a></main></body></html>`,
};

let server: Server;
let origin = '';
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const body = PAGES[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the notice page meets the accessibility and mobile rules of ND 224/2026', async ({ page }) => {
  await page.goto(`${origin}/thong-bao`);
  await expect(page).toMeetPortalRules({
    profile: 'nd224-2026',
    rules: ['site.a11y', 'site.mobile'],
    mobile: true,
  });
});

test('a page with faint text and an unnamed image link fails, citing TT 32/2017 Art. 18.1', async ({
  page,
}) => {
  await page.goto(`${origin}/thong-bao-loi`);
  await expect(page).not.toMeetPortalRules({ profile: 'nd224-2026', rules: ['site.a11y'] });
  const findings = await checkPortalPage(page, { profile: 'nd224-2026', home: false });
  const contrast = findings.find((f) => f.ruleId === 'site.a11y.contrast');
  expect(contrast?.citation?.id).toBe('TT-32-2017/18.1.a');
  expect(findings.find((f) => f.evidence?.axeRule === 'link-name')?.location.field).toBe('#lich');
});
