import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '@/lib/i18n';
import { markUserActivity } from '@/lib/activity';
import { IdleWarning } from './IdleWarning';
import { messages } from './messages';

describe('IdleWarning', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    markUserActivity(Date.now());
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function renderWarning(onKeepAlive = vi.fn(() => Promise.resolve()), onExpire = vi.fn()) {
    render(
      <I18nProvider messages={messages} locale="zh">
        <IdleWarning timeoutSeconds={120} warnSeconds={60} onKeepAlive={onKeepAlive} onExpire={onExpire} />
      </I18nProvider>,
    );
    return { onKeepAlive, onExpire };
  }

  it('warns shortly before the idle timeout and ends the session at it', () => {
    const { onExpire } = renderWarning();

    act(() => vi.advanceTimersByTime(59_000));
    expect(screen.queryByTestId('idle-warning')).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.getByTestId('idle-warning')).toHaveTextContent('会话将在 59 秒后结束');

    act(() => vi.advanceTimersByTime(60_000));
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('keeps the session when the user chooses to stay', () => {
    const { onKeepAlive, onExpire } = renderWarning();
    act(() => vi.advanceTimersByTime(70_000));
    expect(screen.getByTestId('idle-warning')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: /继续使用/ }));
    expect(onKeepAlive).toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(50_000));
    expect(onExpire).not.toHaveBeenCalled();
  });

  it('counts what the user does as activity', () => {
    const { onExpire } = renderWarning();
    for (let i = 0; i < 5; i++) {
      act(() => vi.advanceTimersByTime(50_000));
      act(() => markUserActivity());
    }
    expect(onExpire).not.toHaveBeenCalled();
    expect(screen.queryByTestId('idle-warning')).not.toBeInTheDocument();
  });
});
