import { describe } from 'vitest';
import { modelCheckProfiles } from './_modelCheckSuite.js';

// The model check of issue 13 (see _modelCheck.ts) on the two boards with a Head, Deputy and members, topic
// routing (Như Xuân) and delegation (both).
describe('model check: Vĩnh Phúc, Như Xuân', () => {
  modelCheckProfiles(['vinh-phuc-32-2023', 'nhu-xuan-2112-2022']);
});
