import { createRng } from '../prng'

/**
 * Deterministic "conversation" audio: 16-bit PCM WAV, 8 kHz mono (what Chromium plays natively and
 * what phone recordings sound like). Two voices take turns: each is a low and a higher fundamental with
 * a few harmonics, a slow vibrato and a syllable-rate envelope, over faint line noise.
 *
 * Nothing is stored: every sample is a pure function of (recording seed, sample index), so any byte
 * range of any recording can be produced on demand, in time proportional to the range. That keeps
 * disk use at zero however many recordings the scale asks for, and makes Range requests cheap.
 */
export const SAMPLE_RATE = 8000
export const HEADER_BYTES = 44

export type Voice = {
  starts: Float64Array
  ends: Float64Array
  speaker: Uint8Array
  rate: Float64Array
  phase: Float64Array
}
export type AudioSpec = { seed: number; samples: number; voice: Voice }

export function audioSpec(seed: number, durationSec: number): AudioSpec {
  const samples = Math.max(SAMPLE_RATE, Math.round(durationSec * SAMPLE_RATE))
  const total = samples / SAMPLE_RATE
  const rng = createRng(seed)
  const starts: number[] = []
  const ends: number[] = []
  const speaker: number[] = []
  const rate: number[] = []
  const phase: number[] = []
  let t = 0.3 + rng.next() * 0.5
  let who = rng.int(0, 1)
  while (t < total - 0.3) {
    const len = Math.min(rng.skewed(3.2, 0.55, 0.6, 10), total - 0.2 - t)
    starts.push(t)
    ends.push(t + len)
    speaker.push(who)
    rate.push(3.2 + rng.next() * 1.8)
    phase.push(rng.next() * Math.PI * 2)
    t += len + 0.15 + rng.next() * 0.8
    if (rng.chance(0.85)) who = 1 - who
  }
  const voice = {
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    speaker: Uint8Array.from(speaker),
    rate: Float64Array.from(rate),
    phase: Float64Array.from(phase),
  }
  return { seed, samples, voice }
}

export function wavSize(spec: AudioSpec): number {
  return HEADER_BYTES + spec.samples * 2
}

function header(spec: AudioSpec): Buffer {
  const b = Buffer.alloc(HEADER_BYTES)
  const dataBytes = spec.samples * 2
  b.write('RIFF', 0, 'ascii')
  b.writeUInt32LE(36 + dataBytes, 4)
  b.write('WAVEfmt ', 8, 'ascii')
  b.writeUInt32LE(16, 16)
  b.writeUInt16LE(1, 20)
  b.writeUInt16LE(1, 22)
  b.writeUInt32LE(SAMPLE_RATE, 24)
  b.writeUInt32LE(SAMPLE_RATE * 2, 28)
  b.writeUInt16LE(2, 32)
  b.writeUInt16LE(16, 34)
  b.write('data', 36, 'ascii')
  b.writeUInt32LE(dataBytes, 40)
  return b
}

const TWO_PI = Math.PI * 2
const F0 = [118, 208]
const VIBRATO_HZ = 0.9
const VIBRATO_DEPTH = 0.06

function turnAt(v: Voice, t: number, hint: number): number {
  let i = Math.max(0, Math.min(hint, v.starts.length - 1))
  while (i > 0 && (v.starts[i] ?? 0) > t) i--
  while (i < v.starts.length - 1 && (v.ends[i] ?? 0) < t) i++
  return i
}

/** Writes samples [from, from + count) into `out` as 16-bit little-endian PCM. */
function synth(spec: AudioSpec, from: number, count: number, out: Buffer): void {
  const v = spec.voice
  const pcm = new Int16Array(count)
  let turn = turnAt(v, from / SAMPLE_RATE, 0)
  for (let k = 0; k < count; k++) {
    const i = from + k
    const t = i / SAMPLE_RATE
    turn = turnAt(v, t, turn)
    let s = ((Math.imul(i ^ spec.seed, 2654435761) >>> 0) / 4294967296 - 0.5) * 0.025
    const start = v.starts[turn] ?? 0
    const end = v.ends[turn] ?? 0
    if (t >= start && t <= end) {
      const f0 = F0[v.speaker[turn] ?? 0] ?? 120
      const ph0 = v.phase[turn] ?? 0
      const ph =
        TWO_PI * f0 * t - ((f0 * VIBRATO_DEPTH) / VIBRATO_HZ) * Math.cos(TWO_PI * VIBRATO_HZ * t + ph0)
      const s1 = Math.sin(ph)
      const c1 = Math.cos(ph)
      // Harmonics 2-4 from the fundamental by the angle-addition identities: one sin/cos pair per sample.
      const s2 = 2 * s1 * c1
      const c2 = 1 - 2 * s1 * s1
      const s3 = s2 * c1 + c2 * s1
      const s4 = 2 * s2 * c2
      const tone = s1 + 0.5 * s2 + 0.3 * s3 + 0.12 * s4
      const syllable = Math.sin(Math.PI * ((t * (v.rate[turn] ?? 4) + ph0) % 1))
      const words = 0.55 + 0.45 * Math.sin(TWO_PI * 0.6 * t + ph0 * 2)
      const edge = Math.min(1, (t - start) / 0.03, (end - t) / 0.03)
      s += 0.16 * tone * Math.sqrt(Math.max(0, syllable)) * words * edge
    }
    pcm[k] = Math.max(-32768, Math.min(32767, Math.round(s * 32767)))
  }
  const bytes = Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength)
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1) bytes.copy(out)
  else for (let k = 0; k < count; k++) out.writeInt16LE(pcm[k] ?? 0, k * 2)
}

/** Bytes [start, end] (inclusive) of the WAV file. */
export function wavBytes(spec: AudioSpec, start: number, end: number): Buffer {
  const out = Buffer.alloc(end - start + 1)
  let pos = start
  if (pos < HEADER_BYTES) {
    const h = header(spec)
    const n = Math.min(HEADER_BYTES, end + 1) - pos
    h.copy(out, 0, pos, pos + n)
    pos += n
  }
  if (pos > end) return out
  const firstSample = Math.floor((pos - HEADER_BYTES) / 2)
  const lastSample = Math.floor((end - HEADER_BYTES) / 2)
  const tmp = Buffer.alloc((lastSample - firstSample + 1) * 2)
  synth(spec, firstSample, lastSample - firstSample + 1, tmp)
  const skip = (pos - HEADER_BYTES) % 2
  tmp.copy(out, pos - start, skip, skip + (end - pos + 1))
  return out
}
