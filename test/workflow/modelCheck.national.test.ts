import { describe } from 'vitest';
import { modelCheckProfiles } from './_modelCheckSuite.js';

// The model check of issue 13 (see _modelCheck.ts), split over files so that each stays short.
describe('model check: national decrees, Hậu Giang, Quảng Nam, Thái Nguyên', () => {
  modelCheckProfiles([
    'nd43-2011',
    'nd42-2022',
    'nd224-2026',
    'hau-giang-1347-2020',
    'quang-nam-3069-2021',
    'thai-nguyen-40-2012',
  ]);
});
