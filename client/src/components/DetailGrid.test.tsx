import { render, screen } from '@testing-library/react';
import { Descriptions } from 'antd';
import { afterEach, describe, expect, it } from 'vitest';
import { setViewportWidth } from '../test/viewport';
import { DetailGrid, NoWrap, detailGridProps } from './DetailGrid';

const LABELS = ['项目名称', '计划总投资', '计划固定资产投资', '统一社会信用代码', '建设内容'];

function grid(narrow = false) {
  return render(
    <DetailGrid data-testid="grid" narrow={narrow}>
      <Descriptions.Item label={LABELS[0]}>智能装备产业园</Descriptions.Item>
      <Descriptions.Item label={LABELS[1]}>150,000.00</Descriptions.Item>
      <Descriptions.Item label={LABELS[2]}>90,000.00</Descriptions.Item>
      <Descriptions.Item label={LABELS[3]}>
        <NoWrap>91430700MA4L0XXX1X</NoWrap>
      </Descriptions.Item>
      <Descriptions.Item label={LABELS[4]} span="filled">
        年产 10 万台
      </Descriptions.Item>
    </DetailGrid>,
  );
}

/** Per table row: the labels it holds and the values it holds. */
function rows(container: HTMLElement) {
  return [...container.querySelectorAll('tr')].map((tr) => ({
    labels: [...tr.querySelectorAll('.ant-descriptions-item-label')].map((c) => c.textContent),
    values: [...tr.querySelectorAll('.ant-descriptions-item-content')].map((c) => c.textContent),
  }));
}

describe('DetailGrid: one layout for every detail view', () => {
  let restore = () => {};
  afterEach(() => restore());

  it('puts each label above its value on a 375 px phone, one item a row', () => {
    restore = setViewportWidth(375);
    const { container } = grid();
    const r = rows(container);
    // A label row, then its value row: never a label beside its value.
    expect(r.map((x) => x.labels)).toEqual([[LABELS[0]], [], [LABELS[1]], [], [LABELS[2]], [], [LABELS[3]], [], [LABELS[4]], []]);
    expect(r[1].values).toEqual(['智能装备产业园']);
    expect(r[7].values).toEqual(['91430700MA4L0XXX1X']);
  });

  it('puts labels beside values, one item a row, on a tablet (md)', () => {
    restore = setViewportWidth(800);
    const { container } = grid();
    const r = rows(container);
    expect(r).toHaveLength(5);
    expect(r.every((x) => x.labels.length === 1 && x.values.length === 1)).toBe(true);
  });

  it('uses two columns, never three, at 1366 px, with a filled item on its own row', () => {
    restore = setViewportWidth(1366);
    const { container } = grid();
    expect(rows(container).map((x) => x.labels)).toEqual([[LABELS[0], LABELS[1]], [LABELS[2], LABELS[3]], [LABELS[4]]]);
    const label = container.querySelector('.ant-descriptions-item-label') as HTMLElement;
    expect(label.style.whiteSpace).toBe('nowrap');
    expect(screen.getByText('91430700MA4L0XXX1X')).toHaveStyle({ whiteSpace: 'nowrap' });
  });

  it('keeps one column where it is narrow (a dialog) at any width', () => {
    restore = setViewportWidth(1920);
    const { container } = grid(true);
    expect(rows(container)).toHaveLength(5);
  });

  it('says the same as props, for a Descriptions built elsewhere', () => {
    expect(detailGridProps(true)).toMatchObject({ layout: 'vertical', column: 1 });
    expect(detailGridProps(false)).toMatchObject({ layout: 'horizontal', column: { md: 1, lg: 2, xl: 2, xxl: 2 } });
    expect(detailGridProps(false, true)).toMatchObject({ layout: 'horizontal', column: 1 });
  });
});
