/**
 * Hostile values planted in the seed so the UI's safe rendering is exercised by every test and demo:
 * markup and script, template syntax, SQL, very long text, emoji, right-to-left and combining marks,
 * and URLs with schemes that must never be followed (the UI only uses http(s) URLs).
 */
export const HOSTILE_TEXT = {
  script: '<script>alert("calltrail-xss")</script>',
  img: '<img src=x onerror=alert(1)>',
  sql: "Robert'); DROP TABLE leads;--",
  emoji: 'Zoë 👩🏽‍💻 Ñúñez 🎉',
  rtl: '\u202Eمحمد عبد الله\u202C',
  hebrew: 'שָׁלוֹם כֹּהֵן',
  zalgo: 'Z̷̢̛a̶̡͝l̴̨̕g̸̢͘o̵̧͠',
  template: '{{7*7}} ${7*7} <%= 7*7 %>',
  entity: '&lt;b&gt;bold&lt;/b&gt; &amp; &#x3C;i&#x3E;',
  multiline: 'Line one\nLine two\r\n\tindented',
  long: `Bartholomew-${'Maximilian-'.repeat(40)}Johnson`,
} as const

/** Recording URLs that must never be played or linked. */
export const HOSTILE_URLS = [
  'javascript:alert(document.domain)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'JaVaScRiPt:alert(1)',
  'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA=',
] as const

/**
 * Lead ids (1-based row ids) that carry hostile names and notes. They are fixed, not random, so demos
 * and tests can find them: see `describeWorld` in world.ts.
 */
export const HOSTILE_LEADS: Record<number, { first: string; last: string }> = {
  7: { first: HOSTILE_TEXT.script, last: HOSTILE_TEXT.img },
  13: { first: HOSTILE_TEXT.emoji, last: HOSTILE_TEXT.zalgo },
  21: { first: HOSTILE_TEXT.rtl, last: HOSTILE_TEXT.hebrew },
  34: { first: HOSTILE_TEXT.long, last: HOSTILE_TEXT.sql },
  55: { first: HOSTILE_TEXT.template, last: HOSTILE_TEXT.entity },
}

/**
 * Leads with a fixed role: 1 is the showcase lead (activity in all four providers), 2 an internal test
 * lead (its Leadping traffic is `Test`), 3 the number warm-up pool (`Warmup` traffic).
 */
export const SPECIAL_LEADS: Record<number, { first: string; last: string }> = {
  2: { first: 'Test', last: 'Lead (internal)' },
  3: { first: 'Warm-up', last: 'Pool' },
}

/** A hostile note or prompt fragment, chosen by index so placement is deterministic. */
export function hostileNote(i: number): string {
  const notes = [
    `Customer said: ${HOSTILE_TEXT.script} — please follow up`,
    `${HOSTILE_TEXT.img} asked about financing`,
    HOSTILE_TEXT.multiline,
    `Callback ${HOSTILE_TEXT.template}`,
    `${HOSTILE_TEXT.long} ${HOSTILE_TEXT.emoji}`,
    `${HOSTILE_TEXT.rtl} ${HOSTILE_TEXT.zalgo}`,
    `See javascript:alert(1) and ${HOSTILE_TEXT.entity}`,
  ]
  return notes[i % notes.length] ?? ''
}
