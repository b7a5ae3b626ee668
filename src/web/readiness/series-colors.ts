// Colours for chart series: distinct from each other, each dark enough for white text and visible on the page's cream.
export const seriesColors = ['#2f6b58', '#24496b', '#a05a1c', '#6d2457', '#5b6b2f', '#3f3a8c', '#8a3b3b'] as const;
export const otherSeriesColor = '#8c7f71';

export const levelColors = { ok: '#2f6b58', watch: '#a05a1c', critical: '#a3322a' } as const;
