/** UI text of the People's Congress package: Simplified Chinese and English side by side (gathered in src/app/messages.ts). */
export const disclosureZh = {
  'disclosure.pageTitle': '绩效信息公开',
  'disclosure.allDepartments': '全部部门',
  'disclosure.targets': '绩效目标',
  'disclosure.results': '评价结果',
  'disclosure.targetsHint': '随预算同步公开：经批复、现行有效的绩效目标（调整后以最新版本为准）。',
  'disclosure.resultsHint': '随决算公开：已确定的评价结果（纳入重点评价的以财政评价结果为准）及其应用。',
  'disclosure.version': '目标版本',
  'disclosure.indicatorCount': '指标数',
  'disclosure.source': '评价方式',
  'disclosure.sourceKey': '重点评价',
  'disclosure.sourceSelf': '自评',
  'disclosure.linkage': '结果应用',
  'disclosure.nextYear': '下年度安排（元）',
  'disclosure.proposed': '（建议）',
};

export const disclosureEn: Record<keyof typeof disclosureZh, string> = {
  'disclosure.pageTitle': 'Performance disclosure',
  'disclosure.allDepartments': 'All departments',
  'disclosure.targets': 'Targets',
  'disclosure.results': 'Results',
  'disclosure.targetsHint': 'Published with the budget: approved targets in force (the latest version after an adjustment).',
  'disclosure.resultsHint': 'Published with the final accounts: fixed evaluation results (finance\'s key evaluation where there is one) and how they were applied.',
  'disclosure.version': 'Version',
  'disclosure.indicatorCount': 'Indicators',
  'disclosure.source': 'Evaluated by',
  'disclosure.sourceKey': 'Key evaluation',
  'disclosure.sourceSelf': 'Self-evaluation',
  'disclosure.linkage': 'Applied as',
  'disclosure.nextYear': 'Next year (CNY)',
  'disclosure.proposed': '(proposed)',
};
