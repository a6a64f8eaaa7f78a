/** UI text of the rectification ledger: Simplified Chinese and English side by side (gathered in src/app/messages.ts). */
export const applicationZh = {
  'ledger.pageTitle': '整改台账',
  'ledger.total': '整改事项',
  'ledger.closed': '已销号',
  'ledger.open': '整改中',
  'ledger.overdue': '已逾期',
  'ledger.overdueOnly': '仅看逾期',
  'ledger.issue': '问题',
  'ledger.measure': '整改措施',
  'ledger.deadline': '整改期限',
  'ledger.evidence': '销号佐证',
  'ledger.verified': '财政已核验',
};

export const applicationEn: Record<keyof typeof applicationZh, string> = {
  'ledger.pageTitle': 'Rectification ledger',
  'ledger.total': 'Items',
  'ledger.closed': 'Closed',
  'ledger.open': 'Open',
  'ledger.overdue': 'Overdue',
  'ledger.overdueOnly': 'Overdue only',
  'ledger.issue': 'Issue',
  'ledger.measure': 'Measure',
  'ledger.deadline': 'Deadline',
  'ledger.evidence': 'Evidence',
  'ledger.verified': 'Verified by finance',
};
