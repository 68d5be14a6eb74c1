import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { mockFetch, renderRoutes } from '../test/utils';
import { ProvisionalDeadlineTag } from './FilingTags';

function render(provisional?: boolean) {
  mockFetch(() => undefined);
  renderRoutes([{ path: '/', element: <ProvisionalDeadlineTag provisional={provisional} /> }], '/');
}

describe('ProvisionalDeadlineTag', () => {
  afterEach(() => vi.unstubAllGlobals());

  describe('zh-CN', () => {
    beforeEach(async () => {
      await changeLanguage('zh-CN');
    });

    it('shows 暂定 with a tooltip saying the year has no published notice yet', async () => {
      render(true);
      const tag = await screen.findByTestId('tag-provisional-deadline');
      expect(tag.textContent).toBe('暂定');
      await userEvent.setup().hover(tag);
      expect(await screen.findByText(/尚未发布节假日安排/)).toBeTruthy();
    });

    it('shows nothing for a deadline counted from published calendars', () => {
      render(false);
      expect(screen.queryByTestId('tag-provisional-deadline')).toBeNull();
    });
  });

  it('is worded in en-US too', async () => {
    await changeLanguage('en-US');
    render(true);
    const tag = await screen.findByTestId('tag-provisional-deadline');
    expect(tag.textContent).toBe('Provisional');
    await userEvent.setup().hover(tag);
    expect(await screen.findByText(/has not been published yet/)).toBeTruthy();
  });
});
