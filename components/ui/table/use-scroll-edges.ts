'use client';
import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Whether a horizontally scrollable element hides content to its right (updates on scroll and resize). */
export function useHiddenRight(ref: RefObject<HTMLElement | null>): { hiddenRight: boolean; onScroll: () => void } {
  const [hiddenRight, setHiddenRight] = useState(false);
  const onScroll = useCallback(() => {
    const el = ref.current;
    if (el) setHiddenRight(el.scrollLeft + el.clientWidth < el.scrollWidth - 1);
  }, [ref]);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    onScroll();
    const observer = new ResizeObserver(onScroll);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, onScroll]);
  return { hiddenRight, onScroll };
}
