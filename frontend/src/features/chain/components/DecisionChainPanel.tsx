import { Alert, Button, Space, Spin, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { useMe } from '@/lib/auth';

/**
 * Whether the item's decisions are as they were recorded: the server re-hashes the chain and the
 * rows; a break names the first link and why. Audit and administrators can export the chain.
 */
export function DecisionChainPanel({ code }: { code: string }) {
  const { t } = useI18n();
  const me = useMe();
  const chain = useQuery({
    queryKey: ['items', code, 'decision-chain'],
    queryFn: () => unwrap(api.GET('/api/items/{code}/decision-chain', { params: { path: { code } } })),
  });
  const auditor = me.data?.roles.some((r) => r === 'audit' || r === 'camunda-admin') ?? false;
  if (chain.isLoading) {
    return <Spin />;
  }
  if (chain.isError || !chain.data) {
    return <Alert type="error" showIcon message={t('common.error')} />;
  }
  const v = chain.data;
  const broken = v.firstBroken;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="decision-chain">
      {v.intact ? (
        <Alert type="success" showIcon icon={<SafetyCertificateOutlined />} data-testid="chain-intact"
          message={t('chain.intact', { n: v.links })}
          description={v.headHash ? <Typography.Text type="secondary" copyable={{ text: v.headHash }}>{t('chain.head')} {v.headHash.substring(0, 16)}…</Typography.Text> : undefined} />
      ) : (
        <Alert type="error" showIcon data-testid="chain-broken"
          message={t('chain.broken', { seq: broken && broken.seq < 2147483647 ? broken.seq : '—', table: t(`chain.table.${broken?.table ?? 'unknown'}` as 'chain.head'), id: broken?.decisionId ?? '' })}
          description={t(`chain.problem.${broken?.problem ?? 'HASH_MISMATCH'}`)} />
      )}
      {auditor && (
        <Button href={`/api/decision-chains/export?subject=${encodeURIComponent(code)}`} download data-testid="chain-export">{t('chain.export')}</Button>
      )}
    </Space>
  );
}
