import { Descriptions, Table } from 'antd';
import { useI18n } from '@/lib/i18n';
import { useCategories } from '@/lib/indicators';
import type { Schemas } from '@/lib/api-client';

type SheetView = Schemas['TargetSheetView'];

type Row = SheetView['indicators'][number];

/** A target sheet, read-only: goals and the indicator table. */
export function SheetTable({ sheet }: { sheet: Pick<SheetView, 'overallGoal' | 'annualGoal' | 'indicators'> }) {
  const { t, locale } = useI18n();
  const categories = useCategories();
  const name = (code: string) => {
    const c = categories.data?.find((x) => x.code === code);
    return c ? (locale === 'zh' ? c.name : c.nameEn) : code;
  };
  return (
    <>
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('target.overallGoal')}>{sheet.overallGoal}</Descriptions.Item>
        <Descriptions.Item label={t('target.annualGoal')}>{sheet.annualGoal}</Descriptions.Item>
      </Descriptions>
      <Table<Row>
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={sheet.indicators}
        columns={[
          { title: t('target.level1'), dataIndex: 'level1', width: 120, render: name },
          { title: t('target.level2'), dataIndex: 'level2', width: 140, render: name },
          { title: t('target.name'), dataIndex: 'name' },
          {
            title: t('target.value'),
            key: 'value',
            width: 200,
            render: (_, r) =>
              r.comparator === 'QUALITATIVE' ? r.targetText : `${t(`enum.comparator.${r.comparator}`)} ${r.targetValue ?? ''} ${r.unit ?? ''}`,
          },
          { title: t('target.weight'), dataIndex: 'weight', width: 80, align: 'right' },
        ]}
      />
    </>
  );
}
