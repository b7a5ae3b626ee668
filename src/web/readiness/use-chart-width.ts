// Charts are drawn at the width they are shown at, so their labels keep a readable size on a phone.
import { useEffect, useRef, useState } from 'react';

export function useChartWidth(defaultWidth = 640) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(defaultWidth);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? defaultWidth);
      if (measured > 0) setWidth(Math.max(260, Math.min(measured, 960)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [defaultWidth]);
  return { ref, width };
}
