/**
 * The department labels Bà Rịa–Vũng Tàu used before the 2025 merger (observed on its portals), as an override table
 * for `planHostnames` (keyed by name): real practice mixes abbreviations (`sotttt`) and whole words
 * (`sonoivu`, `songoaivu`), and labels outlive renames, so a province that keeps its sites pins them.
 *
 * @example
 * ```ts
 * import { planHostnames } from 'vn-portal-kit/domains';
 * import { BA_RIA_VUNG_TAU_DEPARTMENT_LABELS, HOSTNAMES_ND_224_2026 } from 'vn-portal-kit/profiles';
 * const plan = planHostnames([{ name: 'Sở Tư pháp', kind: 'department' }], {
 *   scheme: HOSTNAMES_ND_224_2026,
 *   parents: [{ name: 'Thành phố Hồ Chí Minh', kind: 'province' }],
 *   overrides: BA_RIA_VUNG_TAU_DEPARTMENT_LABELS,
 * });
 * plan.assignments[0]?.hostname //=> 'sotp.hochiminhcity.gov.vn'
 * ```
 */
export const BA_RIA_VUNG_TAU_DEPARTMENT_LABELS: Readonly<Record<string, string>> = {
  'Sở Thông tin và Truyền thông': 'sotttt',
  'Sở Kế hoạch và Đầu tư': 'sokhdt',
  'Sở Khoa học và Công nghệ': 'sokhcn',
  'Sở Nội vụ': 'sonoivu',
  'Sở Giao thông vận tải': 'sogtvt',
  'Sở Nông nghiệp và Phát triển nông thôn': 'sonnptnt',
  'Sở Y tế': 'soyte',
  'Sở Lao động - Thương binh và Xã hội': 'soldtbxh',
  'Sở Tư pháp': 'sotp',
  'Sở Ngoại vụ': 'songoaivu',
  'Sở Công Thương': 'soct',
  'Sở Văn hóa, Thể thao và Du lịch': 'sovhttdl',
  'Sở Xây dựng': 'soxd',
  'Sở Giáo dục và Đào tạo': 'sogddt',
  'Sở Tài nguyên và Môi trường': 'sotnmt',
  'Sở Du lịch': 'sodl',
  'Ban Quản lý các Khu công nghiệp': 'banqlkcn',
  'Ban Dân tộc': 'bandt',
};
