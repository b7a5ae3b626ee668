// The page's one <h1>; after an in-app navigation it takes focus, so screen readers announce the new page.
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

let hasInteracted = false;
let lastFocusedKey: string | undefined;

// Until the person presses a key or the pointer, pages (and start-up redirects) leave focus alone,
// so the skip link stays the first Tab stop; after that, each new page announces itself.
if (typeof window !== 'undefined') {
  const markInteracted = () => {
    hasInteracted = true;
    window.removeEventListener('keydown', markInteracted, true);
    window.removeEventListener('pointerdown', markInteracted, true);
  };
  window.addEventListener('keydown', markInteracted, true);
  window.addEventListener('pointerdown', markInteracted, true);
}

export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  useEffect(() => {
    if (!hasInteracted || key === lastFocusedKey) return;
    lastFocusedKey = key;
    ref.current?.focus();
    // Only on mount: filters that rewrite the URL must not pull focus away from the search box.
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={['page-heading', className ?? ''].filter(Boolean).join(' ')}>
      {children}
    </h1>
  );
}
