/** UI text of the administration audit log: Simplified Chinese and English side by side (gathered in src/app/messages.ts). */
export const adminLogZh = {
  'adminLog.title': '管理操作日志',
  'adminLog.actor': '操作人',
  'adminLog.action': '操作（前缀，如 user.）',
  'adminLog.actionColumn': '操作',
  'adminLog.target': '对象',
  'adminLog.text': '摘要或详情包含',
  'adminLog.range': '时间范围',
  'adminLog.time': '时间',
  'adminLog.address': '来源地址',
  'adminLog.summary': '摘要',
  'adminLog.details': '详情',
  'adminLog.export': '导出 Excel',
  'adminLog.total': '共 {count} 条',
  'adminLog.retention': '日志至少保存 6 个月，过期条目每日清理。',
};

export const adminLogEn: Record<keyof typeof adminLogZh, string> = {
  'adminLog.title': 'Administration audit log',
  'adminLog.actor': 'Actor',
  'adminLog.action': 'Action (prefix, e.g. user.)',
  'adminLog.actionColumn': 'Action',
  'adminLog.target': 'Target',
  'adminLog.text': 'Summary or details contain',
  'adminLog.range': 'Time range',
  'adminLog.time': 'Time',
  'adminLog.address': 'From',
  'adminLog.summary': 'Summary',
  'adminLog.details': 'Details',
  'adminLog.export': 'Export to Excel',
  'adminLog.total': '{count} entries',
  'adminLog.retention': 'Entries are kept at least six months; older ones are purged daily.',
};
