// Loads a client's timeline a page at a time (newest first) and lets new events join at the top.
import { useCallback, useState } from 'react';
import type { TimelineEvent } from '../../schemas/events.ts';
import { listClientEvents } from '../api/events.ts';
import { useResource } from '../hooks/use-resource.ts';

const PAGE_SIZE = 20;

function byNewest(a: TimelineEvent, b: TimelineEvent): number {
  return b.occurredAt.localeCompare(a.occurredAt) || b.createdAt.localeCompare(a.createdAt);
}

export function useTimeline(clientId: string) {
  const first = useResource((signal) => listClientEvents(clientId, { limit: PAGE_SIZE, offset: 0 }, signal), [clientId]);
  const [older, setOlder] = useState<TimelineEvent[]>([]);
  const [added, setAdded] = useState<TimelineEvent[]>([]);
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>();

  // Newest first, like the server; a backdated entry takes its place in the story rather than the top.
  const events = [...added, ...(first.data?.items ?? []), ...older].sort(byNewest);
  const total = (first.data?.total ?? 0) + added.length;

  const loadMore = useCallback(async () => {
    setIsLoadingMore(true);
    setLoadMoreError(undefined);
    try {
      const page = await listClientEvents(clientId, { limit: PAGE_SIZE, offset: events.length });
      const seen = new Set(events.map((event) => event.id));
      setOlder((current) => [...current, ...page.items.filter((event) => !seen.has(event.id))]);
    } catch (error) {
      setLoadMoreError(error);
    } finally {
      setIsLoadingMore(false);
    }
  }, [clientId, events]);

  /** Start again from the newest page, e.g. after an archive added system events. */
  const refresh = useCallback(() => {
    setAdded([]);
    setOlder([]);
    first.reload();
  }, [first]);

  const addEvent = useCallback((event: TimelineEvent) => setAdded((current) => [event, ...current]), []);

  return { events, total, isLoading: first.isLoading && !first.data, error: first.error, reload: first.reload, refresh, loadMore, isLoadingMore, loadMoreError, addEvent };
}
