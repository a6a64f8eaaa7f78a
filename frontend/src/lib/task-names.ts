import { useI18n } from './i18n';

/**
 * English names of the chain's tasks, by their Chinese name in the BPMN models (a key appears in
 * several processes with different names, so the name is the key). A test checks that every user
 * task in processes/ has one.
 */
export const TASK_NAMES_EN: Record<string, string> = {
  审定评价结果: 'Approve the evaluation result',
  审计复核: 'Audit review',
  批复预算与绩效目标: 'Approve budget and targets',
  '逾期未报督办（部门负责人）': 'Chase the overdue report (department head)',
  '逾期未评督办（部门负责人）': 'Chase the overdue self-evaluation (department head)',
  逾期未报督办: 'Chase the overdue report',
  考核结果通报: 'Circulate the appraisal result',
  整改销号: 'Close the rectification',
  确认下年度预算挂钩: "Confirm the link to next year's budget",
  确认预算挂钩: 'Confirm the budget link',
  确认收回资金: 'Confirm the recovery of funds',
  决定暂缓或停止拨款: 'Decide to suspend or stop payment',
  部门审核绩效目标: 'Department review of targets',
  部门审核监控表: 'Department review of the monitoring report',
  部门审核自评: 'Department review of the self-evaluation',
  实施评价并提交报告: 'Evaluate and report',
  专家评分: 'Expert scoring',
  填报绩效监控表: 'File the monitoring report',
  填报事前绩效评估: 'Fill the ex-ante assessment',
  填报绩效自评: 'Fill the self-evaluation',
  填报绩效目标: 'Fill the performance targets',
  财政复核自评: 'Finance re-check of the self-evaluation',
  财政审核绩效目标: 'Finance review of targets',
  财政评分: 'Finance scoring',
  约谈: 'Interview',
  财政重点监控审核: 'Finance key-monitoring review',
  向下级下达资金: 'Pass funds down',
  制定评价方案: 'Plan the key evaluation',
  报送整改方案: 'Submit the rectification plan',
  整改: 'Rectify',
  考核整改报告: 'Appraisal rectification report',
  完善绩效目标: 'Refine the targets',
  审核事前绩效评估: 'Review the ex-ante assessment',
  修改绩效目标: 'Revise the targets',
  考核评分: 'Appraisal scoring',
  财政运行情况自评: 'Fiscal operation self-evaluation',
  部门整体绩效自评: 'Department overall self-evaluation',
  反馈评价结果: 'Send the evaluation feedback',
  第三方事前评估: 'Third-party ex-ante assessment',
  核验整改销号: 'Verify the closure',
  整改核验: 'Verify the rectification',
  核验整改: 'Verify the rectification',
};

/** A task's name in the current language (the model's name in Chinese). */
export function useTaskName() {
  const { locale } = useI18n();
  return (name: string | undefined | null): string => (name ? (locale === 'en' ? TASK_NAMES_EN[name] ?? name : name) : '');
}
