import { sharedEn, sharedZh } from '@/lib/messages';
import { adminMigrationEn, adminMigrationZh } from '@/features/admin-migration/messages';
import { applicationEn, applicationZh } from '@/features/application/messages';
import { appraisalEn, appraisalZh } from '@/features/appraisal/messages';
import { assessmentEn, assessmentZh } from '@/features/assessment/messages';
import { auditEn, auditZh } from '@/features/audit/messages';
import { authEn, authZh } from '@/features/auth/messages';
import { boardEn, boardZh } from '@/features/board/messages';
import { chainEn, chainZh } from '@/features/chain/messages';
import { dashboardEn, dashboardZh } from '@/features/dashboard/messages';
import { disclosureEn, disclosureZh } from '@/features/disclosure/messages';
import { evaluationEn, evaluationZh } from '@/features/evaluation/messages';
import { itemsEn, itemsZh } from '@/features/items/messages';
import { keyevaluationEn, keyevaluationZh } from '@/features/keyevaluation/messages';
import { libraryEn, libraryZh } from '@/features/library/messages';
import { monitoringEn, monitoringZh } from '@/features/monitoring/messages';
import { notificationsEn, notificationsZh } from '@/features/notifications/messages';
import { overallEn, overallZh } from '@/features/overall/messages';
import { substitutesEn, substitutesZh } from '@/features/substitutes/messages';
import { adminModelsEn, adminModelsZh } from '@/features/admin-models/messages';
import { targetEn, targetZh } from '@/features/target/messages';
import { tasksEn, tasksZh } from '@/features/tasks/messages';
import { peopleEn, peopleZh } from '@/features/people/messages';
import { adminLogEn, adminLogZh } from '@/features/admin-log/messages';

/** The app's own text: the idle warning and the not-found page. */
const appZh = {
  'idle.title': '即将退出登录',
  'idle.message': '您已有一段时间未操作，为保护账号安全，会话将在 {seconds} 秒后结束（空闲超过 {minutes} 分钟自动退出）。',
  'idle.stay': '继续使用',
  'notFound.title': '页面不存在',
  'notFound.detail': '没有 {path} 这个页面，可能是链接有误或页面已移动。',
  'notFound.back': '回到我的待办',
  'nav.system': '系统管理',
  'nav.people': '用户管理',
  'nav.groups': '分组管理',
  'nav.orgs': '组织管理',
  'nav.auditLog': '管理操作日志',
};

const appEn: Record<keyof typeof appZh, string> = {
  'idle.title': 'About to log out',
  'idle.message': 'You have not used the application for a while. To protect your account the session ends in {seconds} seconds (after {minutes} minutes without activity).',
  'idle.stay': 'Stay logged in',
  'notFound.title': 'Page not found',
  'notFound.detail': 'There is no page {path}; the link may be wrong or the page has moved.',
  'notFound.back': 'Back to my inbox',
  'nav.system': 'Administration',
  'nav.people': 'Users',
  'nav.groups': 'Groups',
  'nav.orgs': 'Organisations',
  'nav.auditLog': 'Audit log',
};

/** Every UI text, Simplified Chinese and English: the shared words of src/lib and each feature's own. */
const zh = {
  ...sharedZh,
  ...adminMigrationZh,
  ...dashboardZh,
  ...boardZh,
  ...itemsZh,
  ...appZh,
  ...authZh,
  ...tasksZh,
  ...assessmentZh,
  ...targetZh,
  ...libraryZh,
  ...monitoringZh,
  ...evaluationZh,
  ...keyevaluationZh,
  ...overallZh,
  ...appraisalZh,
  ...auditZh,
  ...disclosureZh,
  ...applicationZh,
  ...notificationsZh,
  ...substitutesZh,
  ...adminModelsZh,
  ...chainZh,
  ...peopleZh,
  ...adminLogZh,
};

const en: Record<keyof typeof zh, string> = {
  ...sharedEn,
  ...adminMigrationEn,
  ...dashboardEn,
  ...boardEn,
  ...itemsEn,
  ...appEn,
  ...authEn,
  ...tasksEn,
  ...assessmentEn,
  ...targetEn,
  ...libraryEn,
  ...monitoringEn,
  ...evaluationEn,
  ...keyevaluationEn,
  ...overallEn,
  ...appraisalEn,
  ...auditEn,
  ...disclosureEn,
  ...applicationEn,
  ...notificationsEn,
  ...substitutesEn,
  ...adminModelsEn,
  ...chainEn,
  ...peopleEn,
  ...adminLogEn,
};

export const messages = { zh, en };

/** The parts, each feature's zh and en side by side, for the test that they agree. */
export const messageParts: Record<string, { zh: Record<string, string>; en: Record<string, string> }> = {
  shared: { zh: sharedZh, en: sharedEn },
  adminMigration: { zh: adminMigrationZh, en: adminMigrationEn },
  dashboard: { zh: dashboardZh, en: dashboardEn },
  board: { zh: boardZh, en: boardEn },
  items: { zh: itemsZh, en: itemsEn },
  app: { zh: appZh, en: appEn },
  auth: { zh: authZh, en: authEn },
  tasks: { zh: tasksZh, en: tasksEn },
  assessment: { zh: assessmentZh, en: assessmentEn },
  target: { zh: targetZh, en: targetEn },
  library: { zh: libraryZh, en: libraryEn },
  monitoring: { zh: monitoringZh, en: monitoringEn },
  evaluation: { zh: evaluationZh, en: evaluationEn },
  keyevaluation: { zh: keyevaluationZh, en: keyevaluationEn },
  overall: { zh: overallZh, en: overallEn },
  appraisal: { zh: appraisalZh, en: appraisalEn },
  audit: { zh: auditZh, en: auditEn },
  disclosure: { zh: disclosureZh, en: disclosureEn },
  application: { zh: applicationZh, en: applicationEn },
  notifications: { zh: notificationsZh, en: notificationsEn },
  substitutes: { zh: substitutesZh, en: substitutesEn },
  'admin-models': { zh: adminModelsZh, en: adminModelsEn },
  chain: { zh: chainZh, en: chainEn },
  people: { zh: peopleZh, en: peopleEn },
  adminLog: { zh: adminLogZh, en: adminLogEn },
};

declare module '@/lib/i18n' {
  interface Register {
    messages: typeof zh;
  }
}
