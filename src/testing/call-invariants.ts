import { CALL_STATUSES, type Call } from '#domain/call'
import { CallSchema } from '#domain/call-schema'
import { toIsoUtc } from '#domain/time'

/**
 * What every mapped call must satisfy, whatever the provider sent: it fits the common schema, its
 * status is in the vocabulary, its timeline is in time order and no duration or cost is negative.
 * Returns the broken rules (empty when the call is sound), so property tests can report them.
 */
export function callInvariantViolations(call: Call): string[] {
  const problems: string[] = []
  const parsed = CallSchema.safeParse(call)
  if (!parsed.success)
    problems.push(`schema: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}`)
  if (!(CALL_STATUSES as readonly string[]).includes(call.status)) problems.push(`status ${call.status}`)
  for (let i = 1; i < call.timeline.length; i += 1) {
    const before = call.timeline[i - 1]
    const step = call.timeline[i]
    if (before !== undefined && step !== undefined && step.at < before.at)
      problems.push(`timeline unsorted at ${i}`)
  }
  for (const [name, value] of Object.entries(call.durations)) {
    if (value !== null && (!Number.isFinite(value) || value < 0)) problems.push(`duration ${name} = ${value}`)
  }
  if (toIsoUtc(call.rawOccurredAt) !== call.occurredAt) {
    problems.push(`rawOccurredAt ${call.rawOccurredAt} does not read as ${call.occurredAt}`)
  }
  if (
    Number.isNaN(Date.parse(call.occurredAt)) ||
    new Date(call.occurredAt).toISOString() !== call.occurredAt
  ) {
    problems.push(`occurredAt not normalised: ${call.occurredAt}`)
  }
  return problems
}
