// Prefixed, time-sortable ids: `run_` + 10 base-32 chars of milliseconds + 16 random ones.

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

export function newId(prefix: string, nowMs = Date.now()): string {
  let time = '';
  let t = nowMs;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const random = new Uint8Array(16);
  crypto.getRandomValues(random);
  let rand = '';
  for (const b of random) rand += ALPHABET[b % 32];
  return `${prefix}_${time}${rand}`;
}
