import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { CalendarImportHint, calendarTemplate } from './CalendarImportHint';
import { renderRoutes } from '../test/utils';
import * as download from '../lib/download';

describe('calendar import hint', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });

  it('explains the format in Chinese words and a table, not raw JSON', async () => {
    renderRoutes([{ path: '/', element: <CalendarImportHint year={2027} /> }], '/');

    const hint = await screen.findByTestId('calendar-import-hint');
    expect(hint).toHaveTextContent('days 列出该年的每个节假日和调休上班日');
    expect(hint).toHaveTextContent('Holiday 表示节假日，MakeUpWorkday 表示调休上班');
    expect(hint).not.toHaveTextContent('{"year"');
  });

  it('offers a template for the chosen year whose make-up day is a weekend', async () => {
    const save = vi.spyOn(download, 'saveBlob').mockImplementation(() => {});
    renderRoutes([{ path: '/', element: <CalendarImportHint year={2027} /> }], '/');

    (await screen.findByRole('button', { name: /下载模板/ })).click();

    expect(save).toHaveBeenCalledWith(expect.any(Blob), 'calendar-2027.json');
    const json = JSON.parse(await (save.mock.calls[0][0] as Blob).text()) as ReturnType<typeof calendarTemplate>;
    expect(json.year).toBe(2027);
    expect(json.source).toBe('国办发明电〔2026〕X号');
    expect(json.days).toEqual([
      { date: '2027-01-01', kind: 'Holiday', name: '元旦' },
      { date: '2027-02-07', kind: 'MakeUpWorkday', name: '春节' },
    ]);
  });
});
