import { useCallback, useEffect, useState } from 'react';
import { Button, Drawer, Grid, Layout, Menu, Space, Spin, Typography } from 'antd';
import { ApartmentOutlined, AppstoreOutlined, AuditOutlined, BookOutlined, CalendarOutlined, DeploymentUnitOutlined, CheckSquareOutlined, BarChartOutlined, DashboardOutlined, FundProjectionScreenOutlined, GlobalOutlined, InboxOutlined, KeyOutlined, MenuOutlined, LogoutOutlined, NodeIndexOutlined, SafetyCertificateOutlined, ToolOutlined, TrophyOutlined, UserOutlined, SettingOutlined, TeamOutlined, FileSearchOutlined } from '@ant-design/icons';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { UNAUTHORIZED_EVENT } from '@/lib/api-client';
import { getMe, useMe } from '@/lib/auth';
import { useLogout } from '@/features/auth/api/logout';
import { ChangePasswordForm } from '@/features/auth/components/ChangePasswordForm';
import { LanguageSwitch } from '@/components/language-switch';
import { IdleWarning } from './IdleWarning';
import { NotificationBell } from '@/features/notifications/components/NotificationBell';

/** The frame of every page after login; sends anyone without a session to the login page. */
export function AppLayout() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const logout = useLogout();
  // Below 768 px the menu is a drawer and the header keeps only what fits.
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const [drawer, setDrawer] = useState(false);

  useEffect(() => {
    const onUnauthorized = () => navigate(`/login?expired=1&next=${encodeURIComponent(location.pathname)}`);
    window.addEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
  }, [navigate, location.pathname]);
  const keepAlive = useCallback(() => getMe(), []);
  const { mutate: logOut } = logout;
  const expire = useCallback(
    () => logOut(undefined, { onSettled: () => navigate(`/login?expired=1&next=${encodeURIComponent(location.pathname)}`) }),
    [logOut, navigate, location.pathname],
  );

  if (me.isLoading) {
    return <div className="page-loading"><Spin size="large" /></div>;
  }
  if (me.isError || !me.data) {
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  }
  const selected = ['items', 'library', 'tracking/dashboard', 'tracking/board', 'tracking/monitoring', 'tracking/coverage', 'tracking/key-evaluations', 'tracking/overall', 'tracking/appraisal', 'tracking/audit', 'tracking/rectifications', 'disclosure', 'admin/calendar', 'admin/people', 'admin/groups', 'admin/orgs', 'admin/audit-log', 'admin/migrations', 'admin/models'].find((key) => location.pathname.startsWith(`/${key}`)) ?? 'tasks';
  const isAdmin = me.data.roles.includes('camunda-admin');
  const keepsCalendar = me.data.roles.some((r) => r === 'camunda-admin' || r === 'finance-performance');
  const go = (path: string) => () => navigate(path);
  const overseesAll = me.data.roles.some((r) => ['camunda-admin', 'finance-performance', 'finance-budget', 'audit'].includes(r));
  const seesBoard = overseesAll || me.data.roles.some((r) => r === 'department' || r === 'unit');

  const menuItems = [
    { key: 'tasks', icon: <InboxOutlined />, label: t('nav.tasks'), onClick: go('/tasks') },
    { key: 'items', icon: <AppstoreOutlined />, label: t('nav.items'), onClick: go('/items') },
    // Board, dashboard and monitoring overview share one submenu, so the header keeps its width.
    {
      key: 'tracking', icon: <FundProjectionScreenOutlined />, label: t('nav.tracking'),
      children: [
        ...(seesBoard ? [{ key: 'tracking/board', icon: <FundProjectionScreenOutlined />, label: t('nav.board'), onClick: go('/tracking/board') }] : []),
        { key: 'tracking/dashboard', icon: <BarChartOutlined />, label: t('nav.dashboard'), onClick: go('/tracking/dashboard') },
        { key: 'tracking/monitoring', icon: <DashboardOutlined />, label: t('nav.monitoring'), onClick: go('/tracking/monitoring') },
      ],
    },
    {
      key: 'evaluation', icon: <CheckSquareOutlined />, label: t('nav.evaluation'),
      children: [
        { key: 'tracking/coverage', icon: <CheckSquareOutlined />, label: t('nav.coverage'), onClick: go('/tracking/coverage') },
        ...(overseesAll ? [{ key: 'tracking/key-evaluations', icon: <AuditOutlined />, label: t('nav.keyEvaluation'), onClick: go('/tracking/key-evaluations') }] : []),
        { key: 'tracking/overall', icon: <ApartmentOutlined />, label: t('nav.overall'), onClick: go('/tracking/overall') },
        { key: 'tracking/rectifications', icon: <ToolOutlined />, label: t('nav.rectifications'), onClick: go('/tracking/rectifications') },
      ],
    },
    {
      key: 'oversight', icon: <SafetyCertificateOutlined />, label: t('nav.oversight'),
      children: [
        { key: 'disclosure', icon: <GlobalOutlined />, label: t('nav.disclosure'), onClick: go('/disclosure') },
        { key: 'tracking/appraisal', icon: <TrophyOutlined />, label: t('nav.appraisal'), onClick: go('/tracking/appraisal') },
        ...(overseesAll ? [{ key: 'tracking/audit', icon: <SafetyCertificateOutlined />, label: t('nav.audit'), onClick: go('/tracking/audit') }] : []),
      ],
    },
    { key: 'library', icon: <BookOutlined />, label: t('nav.library'), onClick: go('/library') },
    ...(keepsCalendar ? [{ key: 'admin/calendar', icon: <CalendarOutlined />, label: t('nav.calendar'), onClick: go('/admin/calendar') }] : []),
    // 系统管理: administrators only.
    ...(isAdmin ? [{
      key: 'system', icon: <SettingOutlined />, label: t('nav.system'),
      children: [
        { key: 'admin/models', icon: <DeploymentUnitOutlined />, label: t('models.menu'), onClick: go('/admin/models') },
        { key: 'admin/people', icon: <UserOutlined />, label: t('nav.people'), onClick: go('/admin/people') },
        { key: 'admin/groups', icon: <TeamOutlined />, label: t('nav.groups'), onClick: go('/admin/groups') },
        { key: 'admin/orgs', icon: <ApartmentOutlined />, label: t('nav.orgs'), onClick: go('/admin/orgs') },
        { key: 'admin/audit-log', icon: <FileSearchOutlined />, label: t('nav.auditLog'), onClick: go('/admin/audit-log') },
        { key: 'admin/migrations', icon: <NodeIndexOutlined />, label: t('migration.menu'), onClick: go('/admin/migrations') },
      ],
    }] : []),
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="app-header">
        <Typography.Title level={4} className="app-title">{t('app.title')}</Typography.Title>
        {narrow ? (
          <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.menu')} data-testid="nav-drawer-open"
            style={{ color: '#fff', marginLeft: 'auto' }} onClick={() => setDrawer(true)} />
        ) : (
          <Menu theme="dark" mode="horizontal" selectedKeys={[selected]} style={{ flex: 1, minWidth: 0 }} items={menuItems} />
        )}
        {narrow ? (
          <Space className="app-user">
            <NotificationBell />
          </Space>
        ) : (
          <Space className="app-user">
            <LanguageSwitch />
            <NotificationBell />
            <span data-testid="current-user"><UserOutlined /> {me.data.displayName}</span>
            <Button type="text" icon={<KeyOutlined />} onClick={go('/account/password')}>{t('password.menu')}</Button>
            <Button
              type="text"
              icon={<LogoutOutlined />}
              onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}
            >
              {t('nav.logout')}
            </Button>
          </Space>
        )}
      </Layout.Header>
      <Drawer open={narrow && drawer} onClose={() => setDrawer(false)} placement="left" width={280}
        title={<span data-testid="current-user"><UserOutlined /> {me.data.displayName}</span>} data-testid="nav-drawer">
        <Menu mode="inline" selectedKeys={[selected]} items={menuItems} onClick={() => setDrawer(false)} style={{ borderInlineEnd: 0 }} />
        <Space direction="vertical" style={{ marginTop: 16 }}>
          <LanguageSwitch />
          <Button type="text" icon={<KeyOutlined />} onClick={() => { setDrawer(false); navigate('/account/password'); }}>{t('password.menu')}</Button>
          <Button type="text" icon={<LogoutOutlined />} onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}>{t('nav.logout')}</Button>
        </Space>
      </Drawer>
      <Layout.Content className="app-content">
        {me.data.passwordChangeRequired
          ? <ChangePasswordForm reason={me.data.passwordChangeReason} />
          : <Outlet />}
      </Layout.Content>
      <IdleWarning timeoutSeconds={me.data.sessionTimeoutSeconds} onKeepAlive={keepAlive} onExpire={expire} />
    </Layout>
  );
}
