import type { ComponentType } from 'react';
import type { SubjectTaskFormProps, TaskFormProps } from '@/lib/task-form';
import { AssessmentFillForm } from '@/features/assessment/components/AssessmentFillForm';
import { AssessmentReviewForm } from '@/features/assessment/components/AssessmentReviewForm';
import { TargetFillForm } from '@/features/target/components/TargetFillForm';
import {
  BudgetApprovalForm,
  TargetDepartmentReviewForm,
  TargetFinanceReviewForm,
} from '@/features/target/components/TargetReviewForms';
import { MonitoringReportForm } from '@/features/monitoring/components/MonitoringReportForm';
import { MONITORING_SPECS, monitoringForm } from '@/features/monitoring/components/MonitoringDecisionForms';
import { SelfEvaluationForm } from '@/features/evaluation/components/SelfEvaluationForm';
import {
  ClosureForm, ClosureVerificationForm, EvaluationChaseForm, EvaluationDepartmentReviewForm, FeedbackForm, LinkageForm,
  PlanForm, RecheckForm,
} from '@/features/evaluation/components/EvaluationForms';
import {
  ApproveKeyEvaluationForm, ExpertScoreForm, PlanKeyEvaluationForm, ReportKeyEvaluationForm,
} from '@/features/keyevaluation/components/KeyEvaluationForms';
import {
  BodyChaseForm, BodyFinanceScoreForm, BodyLinkageForm, BodySelfReportForm,
} from '@/features/overall/components/BodyEvaluationForms';
import {
  AppraisalCirculateForm, AppraisalInterviewForm, AppraisalRectifyForm, AppraisalScoreForm, AppraisalVerifyForm,
} from '@/features/appraisal/components/AppraisalForms';
import { AuditReviewForm } from '@/features/audit/components/AuditReviewForms';
import type { MessageKey } from '@/lib/i18n';


interface SubjectTaskForm {
  title: MessageKey;
  component: ComponentType<SubjectTaskFormProps>;
}

interface TaskForm {
  title: MessageKey;
  component: ComponentType<TaskFormProps>;
}

/** BPMN user tasks name their page with camunda:formKey; this maps each key to its form. */
export const TASK_FORMS: Record<string, TaskForm> = {
  'app:assessment/fill': { title: 'assessment.fillTitle', component: AssessmentFillForm },
  'app:audit/review': { title: 'audit.reviewTitle', component: AuditReviewForm },
  'app:assessment/review': { title: 'assessment.reviewTitle', component: AssessmentReviewForm },
  'app:assessment/third-party': { title: 'assessment.thirdPartyTitle', component: AssessmentFillForm },
  'app:target/fill': { title: 'target.fillTitle', component: TargetFillForm },
  'app:target/refine': { title: 'target.refineTitle', component: TargetFillForm },
  'app:target/revise': { title: 'target.reviseTitle', component: TargetFillForm },
  'app:target/department-review': { title: 'target.departmentReviewTitle', component: TargetDepartmentReviewForm },
  'app:target/finance-review': { title: 'target.financeReviewTitle', component: TargetFinanceReviewForm },
  'app:target/budget-approval': { title: 'target.budgetApprovalTitle', component: BudgetApprovalForm },
  'app:monitoring/report': { title: 'monitoring.reportTitle', component: MonitoringReportForm },
  'app:evaluation/self': { title: 'evaluation.fillTitle', component: SelfEvaluationForm },
  'app:evaluation/department-review': { title: 'evaluation.departmentReviewTitle', component: EvaluationDepartmentReviewForm },
  'app:evaluation/recheck': { title: 'evaluation.recheckTitle', component: RecheckForm },
  'app:evaluation/chase': { title: 'evaluation.chaseTitle', component: EvaluationChaseForm },
  'app:key-evaluation/plan': { title: 'key.planTitle', component: PlanKeyEvaluationForm },
  'app:key-evaluation/report': { title: 'key.reportTitle', component: ReportKeyEvaluationForm },
  'app:key-evaluation/expert': { title: 'key.expertTitle', component: ExpertScoreForm },
  'app:key-evaluation/approve': { title: 'key.approveTitle', component: ApproveKeyEvaluationForm },
  'app:application/feedback': { title: 'application.feedbackTitle', component: FeedbackForm },
  'app:application/plan': { title: 'application.planTitle', component: PlanForm },
  'app:application/close': { title: 'application.closeTitle', component: ClosureForm },
  'app:application/verify': { title: 'application.verifyTitle', component: ClosureVerificationForm },
  'app:application/linkage': { title: 'application.linkageTitle', component: LinkageForm },
  ...Object.fromEntries(
    Object.entries(MONITORING_SPECS).map(([key, spec]) => [key, { title: spec.title, component: monitoringForm(key) }]),
  ),
};

export const SUBJECT_TASK_FORMS: Record<string, SubjectTaskForm> = {
  'app:overall/self-report': { title: 'overall.selfReportTitle', component: BodySelfReportForm },
  'app:overall/finance-score': { title: 'overall.financeScoreTitle', component: BodyFinanceScoreForm },
  'app:overall/linkage': { title: 'overall.linkageTitle', component: BodyLinkageForm },
  'app:overall/chase': { title: 'overall.chaseTitle', component: BodyChaseForm },
  'app:appraisal/score': { title: 'appraisal.scoreTitle', component: AppraisalScoreForm },
  'app:appraisal/circulate': { title: 'appraisal.circulateTitle', component: AppraisalCirculateForm },
  'app:appraisal/interview': { title: 'appraisal.interviewTitle', component: AppraisalInterviewForm },
  'app:appraisal/rectify': { title: 'appraisal.rectifyTitle', component: AppraisalRectifyForm },
  'app:appraisal/verify': { title: 'appraisal.verifyTitle', component: AppraisalVerifyForm },
};
