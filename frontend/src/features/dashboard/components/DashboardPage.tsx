import { useState } from 'react';
import { Alert, Button, Card, Col, Empty, InputNumber, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import { useI18n, type Locale } from '@/lib/i18n';
import { formatAmount } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n';
import { useDashboard, type DashboardView } from '../api/get-dashboard';
import type { DashboardChart, DashboardSelection } from '../api/get-dashboard-items';
import { DashboardItemsDrawer } from './DashboardItemsDrawer';

// Only what the dashboard draws; SVG keeps every bar and slice in the DOM (and clickable in tests).
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const STAGES = ['ASSESSMENT', 'TARGET_COMPILATION', 'MONITORING', 'EVALUATION', 'RESULT_APPLICATION', 'CLOSED'] as const;
const LIGHT_COLORS: Record<string, string> = { RED: '#f5222d', YELLOW: '#faad14', GREEN: '#52c41a', NO_BUDGET: '#8c8c8c', NONE: '#d9d9d9' };
const GRADE_COLORS = ['#389e0d', '#1677ff', '#faad14', '#f5222d'];
const COVERAGE_COLORS: Record<string, string> = { SUBMITTED: '#52c41a', OVERDUE: '#f5222d', PENDING: '#bfbfbf' };

interface ChartSpec {
  chart: DashboardChart;
  option: EChartsOption;
  /** The key and label of each data index, for the click, and its figure in words (the chart's text alternative). */
  keys: { key: string; label: string; figure?: string }[];
  /** Nothing to draw: the message shown instead. */
  empty?: MessageKey;
}

function ChartCard({ spec, onPick }: { spec: ChartSpec; onPick: (selection: DashboardSelection) => void }) {
  const { t } = useI18n();
  return (
    <Card title={t(`dashboard.chart.${spec.chart}`)} size="small" data-testid={`chart-${spec.chart}`}>
      {spec.empty ? (
        <div style={{ height: 260, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(spec.empty)} />
        </div>
      ) : (
        <ReactEChartsCore
          echarts={echarts}
          option={spec.option}
          notMerge
          style={{ height: 260 }}
          onEvents={{
            click: (params: { dataIndex?: number }) => {
              const picked = params.dataIndex === undefined ? undefined : spec.keys[params.dataIndex];
              if (picked) {
                onPick({ chart: spec.chart, key: picked.key, label: picked.label });
              }
            },
          }}
        />
      )}
      <Space wrap size={[4, 0]} data-testid={`figures-${spec.chart}`}>
        {spec.keys.map((k) => (
          <Button key={k.key} type="text" size="small" onClick={() => onPick({ chart: spec.chart, key: k.key, label: k.label })}>
            {k.label}{k.figure !== undefined ? ` ${k.figure}` : ''}
          </Button>
        ))}
      </Space>
    </Card>
  );
}

/** A ring of slices with the legend above it (lights, coverage). */
function donut(data: { name: string; value: number; itemStyle: { color?: string } }[]): EChartsOption {
  return {
    tooltip: { trigger: 'item' },
    legend: { top: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], top: 24, data }],
  };
}

function specs(d: DashboardView, t: (key: MessageKey, params?: Record<string, string | number>) => string, locale: Locale): ChartSpec[] {
  const byStage = new Map(d.stages.map((s) => [s.stage, s]));
  const stageKeys = STAGES.map((s) => ({ key: s, label: t(`enum.stage.${s}`), figure: String(byStage.get(s)?.items ?? 0) }));
  const stageSeries = (name: string, value: (s: DashboardView['stages'][number]) => number, color: string) => ({
    type: 'bar' as const,
    name,
    stack: 'items',
    color,
    data: STAGES.map((s) => { const row = byStage.get(s); return row ? value(row) : 0; }),
  });
  const lightKeys = d.lights.map((l) => ({ key: l.key, label: l.key === 'NONE' ? t('dashboard.light.NONE') : t(`enum.light.${l.key}` as MessageKey), figure: String(l.items) }));
  const gradeKeys = d.grades.map((g) => ({ key: g.key, label: t(`enum.grade.${g.key}` as MessageKey), figure: String(g.items) }));
  const fundKeys = d.funds.map((f) => ({ key: f.key, label: t(`dashboard.funds.${f.key}` as MessageKey), figure: t('dashboard.figure.funds', { n: f.items, amount: formatAmount(f.amount, locale) }) }));
  const coverageKeys = d.coverage.map((c) => ({ key: c.key, label: t(`dashboard.coverage.${c.key}` as MessageKey), figure: String(c.items) }));
  const dayKeys = d.days.map((s) => ({ key: s.stage, label: t(`enum.stage.${s.stage}`), figure: s.averageDays === undefined ? '—' : t('dashboard.figure.days', { days: s.averageDays }) }));
  const overdueKeys = d.overdue.map((o) => ({ key: o.key, label: o.name ?? o.key, figure: String(o.items) }));
  const grid = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };
  return [
    {
      chart: 'STAGE',
      keys: stageKeys,
      option: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid,
        xAxis: { type: 'category', data: stageKeys.map((k) => k.label), axisLabel: { interval: 0, fontSize: 11 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          stageSeries(t('dashboard.series.active'), (s) => s.active, '#1677ff'),
          stageSeries(t('dashboard.series.stopped'), (s) => s.stopped, '#f5222d'),
          stageSeries(t('enum.status.COMPLETED'), (s) => s.items - s.active - s.stopped, '#52c41a'),
        ],
      },
    },
    {
      chart: 'OVERDUE',
      keys: overdueKeys,
      empty: overdueKeys.length === 0 ? 'dashboard.noOverdue' : undefined,
      option: {
        tooltip: { trigger: 'axis' },
        grid: { ...grid, top: 8 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: overdueKeys.map((k) => k.label), inverse: true },
        series: [{ type: 'bar', name: t('dashboard.series.items'), color: '#f5222d', data: d.overdue.map((o) => o.items) }],
      },
    },
    {
      chart: 'LIGHT',
      keys: lightKeys,
      empty: d.lights.every((l) => l.items === 0) ? 'dashboard.noData' : undefined,
      option: donut(d.lights.map((l, i) => ({ name: lightKeys[i].label, value: l.items, itemStyle: { color: LIGHT_COLORS[l.key] } }))),
    },
    {
      chart: 'GRADE',
      keys: gradeKeys,
      option: {
        tooltip: { trigger: 'axis' },
        grid: { ...grid, top: 8 },
        xAxis: { type: 'category', data: gradeKeys.map((k) => k.label) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', name: t('dashboard.series.items'), data: d.grades.map((g, i) => ({ value: g.items, itemStyle: { color: GRADE_COLORS[i] } })) }],
      },
    },
    {
      chart: 'FUNDS',
      keys: fundKeys,
      option: {
        tooltip: { trigger: 'axis' },
        grid: { ...grid, top: 8 },
        xAxis: { type: 'category', data: fundKeys.map((k) => k.label), axisLabel: { interval: 0, fontSize: 11 } },
        yAxis: { type: 'value' },
        series: [{ type: 'bar', name: t('dashboard.series.amount'), color: '#fa8c16', data: d.funds.map((f) => f.amount) }],
      },
    },
    {
      chart: 'COVERAGE',
      keys: coverageKeys,
      empty: d.coverage.every((c) => c.items === 0) ? 'dashboard.noData' : undefined,
      option: donut(d.coverage.map((c, i) => ({ name: coverageKeys[i].label, value: c.items, itemStyle: { color: COVERAGE_COLORS[c.key] } }))),
    },
    {
      chart: 'DAYS',
      keys: dayKeys,
      option: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid,
        xAxis: { type: 'category', data: dayKeys.map((k) => k.label), axisLabel: { interval: 0, fontSize: 11 } },
        yAxis: { type: 'value' },
        series: [
          { type: 'bar', name: t('dashboard.series.finished'), color: '#1677ff', data: d.days.map((s) => s.averageDays ?? 0) },
          { type: 'bar', name: t('dashboard.series.running'), color: '#bfbfbf', data: d.days.map((s) => s.averageRunningDays ?? 0) },
        ],
      },
    },
  ];
}

/**
 * A fiscal year at a glance for coordinators: items per stage, overdue by department, warning
 * lights, grades, funds acted on, self-evaluation coverage and days per stage. A click on a bar or
 * slice lists the items behind it. Loaded on demand (ECharts is large).
 */
export default function DashboardPage() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('fiscalYear')) || new Date().getFullYear();
  const dashboard = useDashboard(year);
  const [selection, setSelection] = useState<DashboardSelection>();

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space wrap size="large" align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>{t('dashboard.title')}</Typography.Title>
          <span>
            {t('dashboard.fiscalYear')}{' '}
            <InputNumber
              aria-label={t('dashboard.fiscalYear')}
              data-testid="dashboard-year"
              value={year}
              min={2000}
              max={2100}
              onChange={(v) => v && setParams({ fiscalYear: String(v) }, { replace: true })}
            />
          </span>
          {dashboard.data && <Statistic value={dashboard.data.items} formatter={(n) => t('dashboard.items', { n: String(n) })} valueStyle={{ fontSize: 16 }} />}
          <Typography.Text type="secondary">{t('dashboard.clickHint')}</Typography.Text>
        </Space>
      </Card>
      {dashboard.isError && <Alert type="error" showIcon message={dashboard.error.message} />}
      {dashboard.isLoading || !dashboard.data ? (
        <Card><Skeleton active /></Card>
      ) : (
        <Row gutter={[16, 16]}>
          {specs(dashboard.data, t, locale).map((spec) => (
            <Col key={spec.chart} xs={24} lg={spec.chart === 'STAGE' || spec.chart === 'DAYS' ? 24 : 12} xl={spec.chart === 'STAGE' ? 16 : 8}>
              <ChartCard spec={spec} onPick={setSelection} />
            </Col>
          ))}
        </Row>
      )}
      <DashboardItemsDrawer fiscalYear={year} selection={selection} onClose={() => setSelection(undefined)} />
    </Space>
  );
}
