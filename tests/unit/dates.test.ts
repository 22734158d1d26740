import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, isIsoDate, periodEnd, spanEnd } from '@/lib/dates';

describe('dates at their precision', () => {
  it('shows a date only as precisely as it is known', () => {
    expect(formatDate('2024-10-07', 'day')).toBe('7 Oct 2024');
    expect(formatDate('2024-10-01', 'month')).toBe('Oct 2024');
    expect(formatDate('2025-01-01', 'year')).toBe('2025');
  });

  it('writes ranges compactly', () => {
    expect(formatDateRange('2024-10-07', 'day', '2024-10-08')).toBe('7–8 Oct 2024');
    expect(formatDateRange('2024-04-30', 'day', '2024-05-02')).toBe('30 Apr – 2 May 2024');
    expect(formatDateRange('2023-12-30', 'day', '2024-01-02')).toBe('30 Dec 2023 – 2 Jan 2024');
    expect(formatDateRange('2024-10-07', 'day', null)).toBe('7 Oct 2024');
  });

  it('spans a month- or year-precise event over its whole period', () => {
    expect(periodEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(periodEnd('2025-01-01', 'year')).toBe('2025-12-31');
    expect(spanEnd('2024-10-07', 'day', null)).toBe('2024-10-07');
    expect(spanEnd('2024-10-07', 'day', '2024-10-08')).toBe('2024-10-08');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('24-01-01')).toBe(false);
  });
});
