import { describe, expect, it } from 'vitest'
import { describeCallingBoxEnd } from './callingbox'
import { describeLeadpingCall } from './leadping'
import { describeSipCode } from './sip'
import { describeSkipcallEnd } from './skipcall'
import { describeTelnyxHangup } from './telnyx'
import { TELNYX_HANGUP_CAUSES } from '#providers/telnyx/webhook-schema'

describe('end reasons in plain words', () => {
  it('every documented Telnyx hangup cause has words of its own', () => {
    const causes = TELNYX_HANGUP_CAUSES
    const words = causes.map((cause) => describeTelnyxHangup(cause, null, null))
    expect(words.every((text) => text !== null && !text.includes('('))).toBe(true)
    expect(new Set(words).size).toBe(causes.length)
    expect(describeTelnyxHangup('user_busy', 'callee', '486')).toBe(
      'The callee was busy, hung up by the callee. SIP 486: the callee is busy.',
    )
    expect(describeTelnyxHangup('normal_clearing', 'unknown', 'unspecified')).toBe('The call ended normally.')
    expect(describeTelnyxHangup(null, null, null)).toBeNull()
  })

  it('an undocumented cause keeps its own word; who hung up and the SIP answer read as one sentence', () => {
    expect(describeTelnyxHangup('gremlins', 'caller', null)).toBe(
      'The call ended (gremlins), hung up by the caller.',
    )
    expect(describeTelnyxHangup('normal_clearing', 'caller', '200')).toBe(
      'The call ended normally, hung up by the caller. SIP 200: answered.',
    )
    expect(describeTelnyxHangup(null, 'callee', '487')).toBe(
      'The call ended, hung up by the callee. SIP 487: the call was cancelled before it was answered.',
    )
    expect(describeTelnyxHangup(null, null, 'unspecified')).toBe('The call ended.')
    expect(describeSipCode('1234')).toBeNull()
    expect(describeSipCode('')).toBeNull()
  })

  it('SIP codes: common ones by name, others by class, non-codes refused', () => {
    expect(describeSipCode('603')).toBe('SIP 603: the callee declined the call.')
    expect(describeSipCode('499')).toBe('SIP 499: a request failure.')
    expect(describeSipCode('599')).toBe('SIP 599: a carrier failure.')
    expect(describeSipCode('unspecified')).toBeNull()
  })

  it('Leadping statuses, including every blocked kind, with the reason appended', () => {
    expect(describeLeadpingCall('blocked_permission', null)).toBe(
      'Blocked: this user is not allowed to place calls.',
    )
    expect(describeLeadpingCall('configuration_required', 'Connect a phone number first.')).toBe(
      'Not placed: calling needs to be set up first: Connect a phone number first.',
    )
    expect(describeLeadpingCall(null, 'Carrier said no')).toBe('Carrier said no')
    expect(describeLeadpingCall('gremlins', null)).toBe('Status "gremlins".')
  })

  it('CallingBox status, hangup cause and error together; Skipcall outcomes', () => {
    expect(
      describeCallingBoxEnd({
        status: 'busy',
        answeredByMachine: false,
        hangupCause: '486',
        errorCode: null,
        errorMessage: null,
      }),
    ).toBe('The callee was busy, SIP 486: the callee is busy.')
    expect(describeSkipcallEnd('no-answer', true)).toBe('Nobody answered; the call was transferred.')
  })

  it('a provider value that names an Object property is just an unknown value', () => {
    for (const hostile of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(
        describeCallingBoxEnd({
          status: hostile,
          answeredByMachine: false,
          hangupCause: hostile,
          errorCode: null,
          errorMessage: null,
        }),
      ).toBe(`Status "${hostile}", hangup cause: ${hostile}.`)
      expect(describeLeadpingCall(hostile, null)).toBe(`Status "${hostile}".`)
      expect(describeSkipcallEnd(hostile, false)).toBe(`Status "${hostile}".`)
      expect(describeSipCode(hostile)).toBeNull()
      expect(describeTelnyxHangup(hostile, hostile, null)).toContain(`(${hostile})`)
    }
  })
})
