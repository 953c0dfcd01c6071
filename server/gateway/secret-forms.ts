/**
 * The spellings in which an upstream could echo a key back: as sent, URL-encoded (the usual way and
 * byte by byte), JSON-escaped, hex, and base64 — alone, or inside `Bearer KEY` / `user:KEY` tokens — each
 * in standard and URL-safe alphabets. Callers match them case-insensitively, which also covers a key
 * echoed lower- or upper-cased.
 */
export function secretForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  const base = new Set<string>([
    secret,
    encodeURIComponent(secret),
    [...bytes].map((byte) => `%${hex(byte)}`).join(''),
    bytes.toString('hex'),
    JSON.stringify(secret).slice(1, -1),
    [...secret].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
    ...base64Cores(bytes),
  ])
  const forms = new Set<string>()
  for (const form of base) {
    // A base64 core can hold '+' and '/', which URLs and some JSON encoders escape in turn.
    for (const variant of [form, encodeURIComponent(form), form.replaceAll('/', '\\/')]) {
      forms.add(variant)
    }
  }
  // A very short form would mask ordinary text; every real key is far longer than this.
  return [...forms].filter((form) => form.length >= MIN_FORM_LENGTH)
}

const MIN_FORM_LENGTH = 8

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0')
}

/**
 * Base64 turns 3 bytes into 4 characters, so the key embedded at some offset in a longer value (after
 * `Bearer ` or `user:`) is spelled differently for each offset mod 3, and the characters at its edges
 * mix in neighbouring bytes. For each of the three offsets this keeps the characters made only of key
 * bits: whatever surrounds the key, they appear as they are in the encoded token.
 */
function base64Cores(key: Buffer): string[] {
  const cores: string[] = []
  for (const offset of [0, 1, 2]) {
    const padded = Buffer.concat([Buffer.alloc(offset), key, Buffer.alloc(2)])
    const encoded = padded.toString('base64')
    const firstBit = offset * 8
    const endBit = (offset + key.length) * 8
    const first = Math.ceil(firstBit / 6)
    const end = Math.floor(endBit / 6)
    const core = encoded.slice(first, end)
    cores.push(core, core.replaceAll('+', '-').replaceAll('/', '_'))
  }
  return cores
}
