import { InputNumber, type InputNumberProps } from 'antd';
import type { Rule } from 'antd/es/form';
import { useI18n } from '@/lib/i18n';

/**
 * Numbers as typed. antd's InputNumber clamps to its min and max when the field loses focus, so a
 * score typed as 25 against a maximum of 20 was saved as 20 without a word. These inputs never get
 * min or max; the range is a validation rule instead, and an out-of-range number is refused with a
 * message at the field.
 */
export function useRangeRules() {
  const { t } = useI18n();
  return (range: { min?: number; max?: number; required?: boolean }): Rule[] => {
    const rules: Rule[] = [];
    if (range.required) {
      rules.push({ required: true, message: t('common.required') });
    }
    rules.push({
      validator: (_, value: number | null | undefined) => {
        if (value === null || value === undefined) {
          return Promise.resolve();
        }
        if (range.min !== undefined && value < range.min) {
          return Promise.reject(new Error(range.max !== undefined
            ? t('number.between', { min: range.min, max: range.max })
            : t('number.atLeast', { min: range.min })));
        }
        if (range.max !== undefined && value > range.max) {
          return Promise.reject(new Error(range.min !== undefined
            ? t('number.between', { min: range.min, max: range.max })
            : t('number.atMost', { max: range.max })));
        }
        return Promise.resolve();
      },
    });
    return rules;
  };
}

const GROUPED = /\B(?=(\d{3})+(?!\d))/g;

/** An amount in yuan: thousands separators as one types, 元 after it, two decimals; never clamped. */
export function AmountInput(props: Omit<InputNumberProps<number>, 'min' | 'max' | 'formatter' | 'parser'>) {
  const { t } = useI18n();
  return (
    <InputNumber<number>
      precision={2}
      style={{ width: 240 }}
      addonAfter={t('common.yuan')}
      formatter={(value) => {
        if (value === undefined || value === null || `${value}` === '') {
          return '';
        }
        const [whole, fraction] = `${value}`.split('.');
        return fraction === undefined ? whole.replace(GROUPED, ',') : `${whole.replace(GROUPED, ',')}.${fraction}`;
      }}
      parser={(text) => (text ? Number(text.replace(/,/g, '').replace(/\s/g, '')) : (undefined as unknown as number))}
      {...props}
    />
  );
}

/** A score or other bounded number: the bound is a rule (see {@link useRangeRules}), not a clamp. */
export function NumberInput(props: Omit<InputNumberProps<number>, 'min' | 'max'>) {
  return <InputNumber<number> {...props} />;
}
