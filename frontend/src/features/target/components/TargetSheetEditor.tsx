import { useState } from 'react';
import { Button, Form, Input, InputNumber, Select, Space, Table, Typography, type FormInstance } from 'antd';
import { useRangeRules } from '@/components/number-input';
import { DeleteOutlined, PlusOutlined, BookOutlined } from '@ant-design/icons';
import { useI18n } from '@/lib/i18n';
import { IndicatorPicker } from '@/components/indicator-picker';
import type { Category } from '@/lib/indicators';
import type { IndicatorInput, TemplateView } from '../api/target-sheets';

const COMPARATORS = ['GE', 'LE', 'EQ', 'QUALITATIVE'] as const;

export interface SheetFormValues {
  overallGoal?: string;
  annualGoal?: string;
  indicators: Partial<IndicatorInput>[];
}

function sum(rows: Partial<IndicatorInput>[], level1: string) {
  return rows.filter((r) => r?.level1 === level1).reduce((total, r) => total + (Number(r?.weight) || 0), 0);
}

/** The editable indicator table of a target sheet, with library picking and live weight totals. */
export function TargetSheetEditor({ form, categories, template }: {
  form: FormInstance<SheetFormValues>;
  categories: Category[];
  template: TemplateView;
}) {
  const { t, locale } = useI18n();
  const range = useRangeRules();
  const [pickingRow, setPickingRow] = useState<number | null>(null);
  const rows = Form.useWatch('indicators', form) ?? [];
  const label = (c: Category) => (locale === 'zh' ? c.name : c.nameEn);
  const level1 = categories.filter((c) => c.level === 1);
  const weights = {
    output: sum(rows, 'OUTPUT'),
    benefit: sum(rows, 'BENEFIT'),
    satisfaction: sum(rows, 'SATISFACTION'),
  };
  const balanced =
    weights.output === template.outputWeight && weights.benefit === template.benefitWeight
    && weights.satisfaction === template.satisfactionWeight;

  return (
    <>
      <Form.List name="indicators">
        {(fields, { add, remove }) => (
          <>
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fields}
              scroll={{ x: 1100 }}
              columns={[
                {
                  title: t('target.level1'),
                  key: 'level1',
                  width: 130,
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'level1']} style={{ margin: 0 }}>
                      <Select aria-label={`${t('target.level1')} ${field.name + 1}`} options={level1.map((c) => ({ value: c.code, label: label(c) }))}
                        onChange={() => form.setFieldValue(['indicators', field.name, 'level2'], undefined)} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('target.level2'),
                  key: 'level2',
                  width: 150,
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'level2']} style={{ margin: 0 }}>
                      <Select aria-label={`${t('target.level2')} ${field.name + 1}`}
                        options={categories.filter((c) => c.parentCode === rows[field.name]?.level1).map((c) => ({ value: c.code, label: label(c) }))} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('target.name'),
                  key: 'name',
                  width: 240,
                  render: (_, field) => (
                    <Space.Compact style={{ width: '100%' }}>
                      <Form.Item name={[field.name, 'name']} style={{ margin: 0, flex: 1 }}>
                        <Input aria-label={`${t('target.name')} ${field.name + 1}`} maxLength={200} />
                      </Form.Item>
                      <Button icon={<BookOutlined />} title={t('target.pick')} aria-label={`${t('target.pick')} ${field.name + 1}`}
                        onClick={() => setPickingRow(field.name)} />
                    </Space.Compact>
                  ),
                },
                {
                  title: t('target.comparator'),
                  key: 'comparator',
                  width: 100,
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'comparator']} style={{ margin: 0 }}>
                      <Select aria-label={`${t('target.comparator')} ${field.name + 1}`}
                        options={COMPARATORS.map((c) => ({ value: c, label: t(`enum.comparator.${c}`) }))} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('target.value'),
                  key: 'value',
                  width: 150,
                  render: (_, field) =>
                    rows[field.name]?.comparator === 'QUALITATIVE' ? (
                      <Form.Item name={[field.name, 'targetText']} style={{ margin: 0 }}>
                        <Input aria-label={`${t('target.value')} ${field.name + 1}`} maxLength={200} placeholder="效果明显" />
                      </Form.Item>
                    ) : (
                      <Form.Item name={[field.name, 'targetValue']} rules={range({ min: 0 })} style={{ margin: 0 }}>
                        <InputNumber aria-label={`${t('target.value')} ${field.name + 1}`} style={{ width: '100%' }} />
                      </Form.Item>
                    ),
                },
                {
                  title: t('target.unit'),
                  key: 'unit',
                  width: 90,
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'unit']} style={{ margin: 0 }}>
                      <Input aria-label={`${t('target.unit')} ${field.name + 1}`} maxLength={32}
                        disabled={rows[field.name]?.comparator === 'QUALITATIVE'} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('target.weight'),
                  key: 'weight',
                  width: 100,
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'weight']} rules={range({ min: 0, max: 100 })} style={{ margin: 0 }}>
                      <InputNumber aria-label={`${t('target.weight')} ${field.name + 1}`} precision={2} style={{ width: '100%' }} />
                    </Form.Item>
                  ),
                },
                {
                  key: 'remove',
                  width: 50,
                  render: (_, field) => (
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${t('target.remove')} ${field.name + 1}`} onClick={() => remove(field.name)} />
                  ),
                },
              ]}
            />
            <Space style={{ marginTop: 8 }} wrap>
              <Button icon={<PlusOutlined />} onClick={() => add({ level1: 'OUTPUT', comparator: 'GE' })}>{t('target.addRow')}</Button>
              <Typography.Text type={balanced ? 'success' : 'warning'} data-testid="weight-summary">
                {t('target.weights', {
                  output: weights.output,
                  outputExpected: template.outputWeight,
                  benefit: weights.benefit,
                  benefitExpected: template.benefitWeight,
                  satisfaction: weights.satisfaction,
                  satisfactionExpected: template.satisfactionWeight,
                  execution: template.executionWeight,
                })}
              </Typography.Text>
            </Space>
          </>
        )}
      </Form.List>
      {pickingRow !== null && (
      <IndicatorPicker
        open
        onClose={() => setPickingRow(null)}
        onPick={(indicator) => {
          const parent = categories.find((c) => c.code === indicator.categoryCode)?.parentCode;
          const row = pickingRow!;
          form.setFieldValue(['indicators', row], {
            ...form.getFieldValue(['indicators', row]),
            level1: parent,
            level2: indicator.categoryCode,
            name: indicator.name,
            indicatorId: indicator.id,
            comparator: indicator.comparator,
            unit: indicator.unit,
          });
          setPickingRow(null);
        }}
      />
      )}
    </>
  );
}
