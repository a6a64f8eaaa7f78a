import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Card, Skeleton } from 'antd';
import { LoginPage } from '@/features/auth/components/LoginPage';
import { ItemListPage } from '@/features/items/components/ItemListPage';
import { ItemDetailPage } from '@/app/ItemDetailPage';
import { TaskListPage } from '@/features/tasks/components/TaskListPage';
import { TaskPage } from '@/app/TaskPage';
import { LibraryPage } from '@/features/library/components/LibraryPage';
import { CalendarPage } from '@/features/monitoring/components/CalendarPage';
import { MigrationPage } from '@/features/admin-migration/components/MigrationPage';
import { ModelCataloguePage } from '@/features/admin-models/components/ModelCataloguePage';
import { ModelDeployPage } from '@/features/admin-models/components/ModelDeployPage';
import { MonitoringOverviewPage } from '@/features/monitoring/components/MonitoringOverviewPage';
import { CoveragePage } from '@/features/evaluation/components/CoveragePage';
import { KeyEvaluationPage } from '@/features/keyevaluation/components/KeyEvaluationPage';
import { BodyEvaluationPage } from '@/features/overall/components/BodyEvaluationPage';
import { AppraisalPage } from '@/features/appraisal/components/AppraisalPage';
import { AuditPage } from '@/features/audit/components/AuditPage';
import { DisclosurePage } from '@/features/disclosure/components/DisclosurePage';
import { RectificationLedgerPage } from '@/features/application/components/RectificationLedgerPage';
import { ChangePasswordForm } from '@/features/auth/components/ChangePasswordForm';
import { SubstitutesPage } from '@/features/substitutes/components/SubstitutesPage';
import { UsersPage } from '@/features/people/components/UsersPage';
import { GroupsPage } from '@/features/people/components/GroupsPage';
import { OrgsPage } from '@/features/people/components/OrgsPage';
import { AuditLogPage } from '@/features/admin-log/components/AuditLogPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

// ECharts is large: the dashboard and its charts load only when opened.
const DashboardPage = lazy(() => import('@/features/dashboard/components/DashboardPage'));
import { BoardPage } from '@/features/board/components/BoardPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<AppLayout />}>
        <Route path="/tasks" element={<TaskListPage />} />
        <Route path="/tasks/:taskId" element={<TaskPage />} />
        <Route path="/items" element={<ItemListPage />} />
        <Route path="/items/:code" element={<ItemDetailPage />} />
        <Route path="/library" element={<LibraryPage />} />
        <Route path="/tracking/dashboard" element={<Suspense fallback={<Card><Skeleton active /></Card>}><DashboardPage /></Suspense>} />
        <Route path="/tracking/board" element={<BoardPage />} />
        <Route path="/tracking/monitoring" element={<MonitoringOverviewPage />} />
        <Route path="/tracking/coverage" element={<CoveragePage />} />
        <Route path="/tracking/key-evaluations" element={<KeyEvaluationPage />} />
        <Route path="/tracking/overall" element={<BodyEvaluationPage />} />
        <Route path="/tracking/appraisal" element={<AppraisalPage />} />
        <Route path="/tracking/audit" element={<AuditPage />} />
        <Route path="/tracking/rectifications" element={<RectificationLedgerPage />} />
        <Route path="/disclosure" element={<DisclosurePage />} />
        <Route path="/admin/calendar" element={<CalendarPage />} />
        <Route path="/admin/migrations" element={<MigrationPage />} />
        <Route path="/admin/people" element={<UsersPage />} />
        <Route path="/admin/groups" element={<GroupsPage />} />
        <Route path="/admin/orgs" element={<OrgsPage />} />
        <Route path="/admin/audit-log" element={<AuditLogPage />} />
        <Route path="/admin/models" element={<ModelCataloguePage />} />
        <Route path="/admin/models/deploy" element={<ModelDeployPage />} />
        <Route path="/account/password" element={<ChangePasswordForm />} />
        <Route path="/me/substitutes" element={<SubstitutesPage />} />
        <Route path="/" element={<Navigate to="/tasks" replace />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
