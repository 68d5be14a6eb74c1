import { describe, expect, it } from 'vitest';
import { countBarOption } from './chartOptions';
import { nextStatuses } from './projectService';

describe('nextStatuses', () => {
  it('offers the moves the server allows and nothing once solved', () => {
    expect(nextStatuses('Open')).toEqual(['InProgress', 'Escalated', 'Solved']);
    expect(nextStatuses('InProgress')).toEqual(['Escalated', 'Solved']);
    expect(nextStatuses('Escalated')).toEqual(['InProgress', 'Solved']);
    expect(nextStatuses('Solved')).toEqual([]);
  });
});

describe('countBarOption', () => {
  it('stacks the series as bars lying down, with whole-number ticks and names cut to the phone width', () => {
    const option = countBarOption({
      labels: ['市自然资源和规划局', '国网供电公司'],
      series: [
        { name: '待处理', values: [2, 0] },
        { name: '已上报', values: [1, 1] },
      ],
      mobile: true,
    });
    expect(option.yAxis.data).toEqual(['市自然资源和规划局', '国网供电公司']);
    expect(option.yAxis.axisLabel.width).toBe(84);
    expect(option.xAxis.minInterval).toBe(1);
    expect(option.series.map((s) => [s.stack, s.data])).toEqual([
      ['count', [2, 0]],
      ['count', [1, 1]],
    ]);
  });
});
