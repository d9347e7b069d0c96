export { WORKFLOW_HG_1347_2020 } from './hau-giang-1347-2020.js';
export { WORKFLOW_ND_42_2022 } from './nd42-2022.js';
export { WORKFLOW_ND_43_2011 } from './nd43-2011.js';
export { WORKFLOW_ND_224_2026 } from './nd224-2026.js';
export { WORKFLOW_NX_2112_2022 } from './nhu-xuan-2112-2022.js';
export { WORKFLOW_QN_3069_2021 } from './quang-nam-3069-2021.js';
export { WORKFLOW_TN_40_2012 } from './thai-nguyen-40-2012.js';
export { WORKFLOW_VP_32_2023 } from './vinh-phuc-32-2023.js';
