import { useId } from 'react'
import { Link } from 'react-router'
import { RawJson } from '#components/raw-json'
import { TimeStamp } from '#components/time-stamp'
import type { ActivityItem } from '#domain/activity'
import { SOURCE_LABELS } from '#domain/call'
import { callLadder } from '../model/call-ladder'
import { callHref } from '#config/paths'
import {
  displayKind,
  eventTitle,
  eventTypeOf,
  isCallLike,
  isMessage,
  itemTitle,
  rawField,
  trafficLabel,
} from '../model/item-kind'
import type { Ladder } from '../model/ladder'
import { messageLadder } from '../model/message-ladder'
import { outcomeGroup, outcomeLabel } from '../model/outcome-group'
import { CallFacts } from './call-facts'
import { MediaList } from './media-list'
import { MergedSources } from './merged-sources'
import { StepLadder } from './step-ladder'

type Props = { item: ActivityItem; now: Date; timeZone: string; tz: string | null }

function ladderOf(item: ActivityItem, now: Date): Ladder | null {
  const kind = displayKind(item)
  if (isMessage(kind)) return messageLadder(item, now)
  if (isCallLike(kind)) return callLadder(item)
  return null
}

/** One timeline item: what it was, its outcome, its text, its steps and the record as received. */
export function ActivityEntry({ item, now, timeZone, tz }: Props) {
  const titleId = useId()
  const kind = displayKind(item)
  const ladder = ladderOf(item, now)
  const traffic = trafficLabel(item)
  const group = outcomeGroup(item, now)
  const outcome = ladder?.noReceipt ? 'Sent, no delivery receipt' : outcomeLabel(item.outcome)
  const note = rawField(item.raw, 'description')
  const actor = rawField(item.raw, 'actorDisplayName')
  const numbers = item.from !== null || item.to !== null
  // Leadping 2026-08 dropped `description`; an item without a summary then says what event it was.
  const fallback = !item.description && !note && kind !== 'other' ? eventTitle(eventTypeOf(item)) : null
  return (
    <li
      className={`lead-item kind-${kind}`}
      aria-labelledby={titleId}
      data-item-id={`${item.source}:${item.id}`}
    >
      <div className="lead-item-head">
        <h3 id={titleId} className="lead-item-title">
          {itemTitle(item)}
        </h3>
        <span className={`lead-outcome outcome-${group ?? 'unknown'}`}>{outcome}</span>
        {traffic ? <span className="lead-badge lead-traffic">{traffic}</span> : null}
        <span className="lead-item-time">
          <TimeStamp iso={item.occurredAt} timeZone={timeZone} />
        </span>
      </div>
      <p className="lead-item-meta">
        {SOURCE_LABELS[item.source]}
        {numbers ? (
          <>
            {' · from '}
            <span className="mono">{item.from ?? 'unknown'}</span>
            {' to '}
            <span className="mono">{item.to ?? 'unknown'}</span>
          </>
        ) : null}
        {actor ? ` · by ${actor}` : null}
      </p>
      {item.description ? <p className="lead-item-text">{item.description}</p> : null}
      {note && note !== item.description ? <p className="lead-item-note">{note}</p> : null}
      {fallback ? <p className="lead-item-note">{fallback}</p> : null}
      {item.statusReason && !isCallLike(kind) ? (
        <p className="lead-item-reason">Reason: {item.statusReason}</p>
      ) : null}
      {kind === 'mms' ? <MediaList item={item} /> : null}
      {ladder?.retry ? (
        <p className="lead-retry">
          {ladder.retry.errorCode ? `Last error ${ladder.retry.errorCode}. ` : ''}
          Next retry <TimeStamp iso={ladder.retry.nextRetryAt} timeZone={timeZone} />
          {ladder.retry.retryCount !== null ? ` (retries so far: ${ladder.retry.retryCount})` : null}
        </p>
      ) : item.errorCode && isMessage(kind) ? (
        <p className="lead-item-reason">Error code {item.errorCode}</p>
      ) : null}
      {ladder ? (
        <StepLadder
          ladder={ladder}
          label={isMessage(kind) ? 'Delivery steps' : 'Call steps'}
          timeZone={timeZone}
        />
      ) : null}
      {isCallLike(kind) ? <CallFacts item={item} /> : null}
      <div className="lead-item-links">
        {item.call ? (
          <Link
            to={callHrefFor(item, tz)}
            aria-label={`Open ${SOURCE_LABELS[item.call.source]} call ${item.call.id}`}
          >
            Open call
          </Link>
        ) : null}
        <MergedSources item={item} tz={tz} />
      </div>
      <RawJson value={item.raw} title="Raw record" />
    </li>
  )
}

function callHrefFor(item: ActivityItem, tz: string | null): string {
  const call = item.call
  return call ? callHref(call.source, call.id, { tz }) : '#'
}
