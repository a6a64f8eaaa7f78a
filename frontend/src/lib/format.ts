import dayjs from 'dayjs';

export function formatAmount(value: number | undefined, locale: 'zh' | 'en'): string {
  if (value === undefined || value === null) {
    return '';
  }
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

export function formatTime(value: string | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '';
}
