import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Locale = 'zh' | 'en';

/**
 * The app registers its catalog here (src/app/messages.ts gathers every feature's text), so that
 * keys are checked by the compiler while src/lib imports no feature.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Register {}

type Registered = Register extends { messages: infer M } ? M : Record<string, string>;

export type MessageKey = keyof Registered & string;

export type Catalog = Record<Locale, Record<MessageKey, string>>;

const STORAGE_KEY = 'bpm.locale';

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** The language chosen in this browser: English when chosen, else Chinese. */
export function storedLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'zh';
}

function translate(messages: Catalog, locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const template = messages[locale][key] ?? messages.zh[key] ?? key;
  return params ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? '')) : template;
}

/** Simplified Chinese by default; the choice of English is remembered in this browser. */
export function I18nProvider({ children, messages, locale: fixed }: { children: ReactNode; messages: Catalog; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(fixed ?? storedLocale);
  const setLocale = useCallback((next: Locale) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  // The page's language follows the UI's, from the first render (screen readers pronounce by it).
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t: (key, params) => translate(messages, locale, key, params) }),
    [messages, locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) {
    throw new Error('useI18n outside I18nProvider');
  }
  return context;
}
