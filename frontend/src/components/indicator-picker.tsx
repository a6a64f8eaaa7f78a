import { useState } from 'react';
import { Button, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useI18n } from '@/lib/i18n';
import { useCategories, useIndicators, useIndustries, type LibraryIndicator } from '@/lib/indicators';

/** Picks an indicator from the library: common ones plus the chosen industry's. */
export function IndicatorPicker({ open, onPick, onClose }: {
  open: boolean;
  onPick: (indicator: LibraryIndicator) => void;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const [categoryCode, setCategoryCode] = useState<string>();
  const [industryCode, setIndustryCode] = useState<string>();
  const [q, setQ] = useState<string>();
  const categories = useCategories();
  const industries = useIndustries();
  const indicators = useIndicators({ categoryCode, industryCode, q });
  const name = (c?: { name: string; nameEn: string }) => (c ? (locale === 'zh' ? c.name : c.nameEn) : '');
  const categoryName = (code: string) => name(categories.data?.find((c) => c.code === code));

  return (
    <Modal title={t('target.pick')} open={open} onCancel={onClose} footer={null} width={860} destroyOnHidden>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select allowClear placeholder={t('library.category')} style={{ width: 180 }} onChange={setCategoryCode}
          options={(categories.data ?? []).filter((c) => c.level === 2).map((c) => ({ value: c.code, label: name(c) }))} />
        <Select allowClear placeholder={t('library.industry')} style={{ width: 160 }} onChange={setIndustryCode}
          options={(industries.data ?? []).map((i) => ({ value: i.code, label: name(i) }))} />
        <Input.Search allowClear placeholder={t('common.search')} style={{ width: 220 }} onSearch={(v) => setQ(v || undefined)} />
      </Space>
      <Table<LibraryIndicator>
        size="small"
        rowKey="id"
        loading={indicators.isFetching}
        dataSource={indicators.data}
        pagination={{ pageSize: 8 }}
        columns={[
          { title: t('library.category'), dataIndex: 'categoryCode', width: 140, render: categoryName },
          { title: t('target.name'), dataIndex: 'name' },
          { title: t('target.comparator'), dataIndex: 'comparator', width: 80, render: (c: LibraryIndicator['comparator']) => t(`enum.comparator.${c}`) },
          { title: t('target.unit'), dataIndex: 'unit', width: 80 },
          {
            title: t('library.industry'),
            dataIndex: 'industryCode',
            width: 100,
            render: (code?: string) => (code ? name(industries.data?.find((i) => i.code === code)) : <Tag>{t('library.common')}</Tag>),
          },
          {
            key: 'pick',
            width: 80,
            render: (_, indicator) => (
              <Button size="small" type="link" onClick={() => onPick(indicator)}>{t('library.pick')}</Button>
            ),
          },
        ]}
      />
    </Modal>
  );
}
