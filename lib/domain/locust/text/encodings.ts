// Encoding names: the WHATWG labels TextDecoder takes (Node with full ICU and every browser),
// the detector's names mapped onto them, and the choices offered to a user.

/** Below this confidence (0–1) a run warning names the file and the encoding used. */
export const ENCODING_WARN_BELOW = 0.8;

/** chardet's names -> WHATWG encoding names. ISO-8859-1/-9 decode as their windows-125x supersets. */
const FROM_DETECTOR: Record<string, string> = {
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  // WHATWG euc-kr is Windows' CP949 (UHC), a superset of EUC-KR.
  'EUC-KR': 'euc-kr',
  GB18030: 'gb18030',
  Big5: 'big5',
  'ISO-8859-1': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'ISO-8859-5': 'iso-8859-5',
  'ISO-8859-6': 'iso-8859-6',
  'ISO-8859-7': 'iso-8859-7',
  'ISO-8859-8': 'iso-8859-8',
  'ISO-8859-9': 'windows-1254',
  'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251',
  'windows-1252': 'windows-1252',
  'windows-1253': 'windows-1253',
  'windows-1254': 'windows-1254',
  'windows-1255': 'windows-1255',
  'windows-1256': 'windows-1256',
  'windows-1257': 'windows-1257',
  'windows-1258': 'windows-1258',
  'windows-874': 'windows-874',
  'KOI8-R': 'koi8-r',
};

export function fromDetectorName(name: string): string | null {
  return FROM_DETECTOR[name] ?? null;
}

/** Names people and Python use that WHATWG does not know. */
const ALIASES: Record<string, string> = {
  cp949: 'euc-kr',
  ms949: 'euc-kr',
  uhc: 'euc-kr',
  cp932: 'shift_jis',
  ms932: 'shift_jis',
  sjis: 'shift_jis',
  cp936: 'gbk',
  ms936: 'gbk',
  cp950: 'big5',
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
};

/**
 * A user's encoding label -> the WHATWG encoding name, or null when no decoder takes it.
 * ("replacement", which turns every byte into U+FFFD, is refused.)
 */
export function resolveEncodingLabel(label: string): string | null {
  const key = label.trim().toLowerCase();
  if (key === '' || key.length > 40) return null;
  try {
    const name = new TextDecoder(ALIASES[key] ?? key).encoding;
    return name === 'replacement' ? null : name;
  } catch {
    return null;
  }
}

const DISPLAY: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'euc-kr': 'EUC-KR',
  shift_jis: 'Shift_JIS',
  'euc-jp': 'EUC-JP',
  gb18030: 'GB18030',
  gbk: 'GBK',
  big5: 'Big5',
  'koi8-r': 'KOI8-R',
};

/** How an encoding is named in messages: "EUC-KR", "Shift_JIS", "windows-1252". */
export function encodingDisplayName(encoding: string): string {
  return DISPLAY[encoding] ?? (encoding.startsWith('iso-') ? encoding.toUpperCase() : encoding);
}

/** The encodings a user may choose, WHATWG names, most common first within each script. */
export const ENCODING_CHOICES: { encoding: string; label: string }[] = [
  { encoding: 'utf-8', label: 'UTF-8' },
  { encoding: 'utf-16le', label: 'UTF-16LE' },
  { encoding: 'utf-16be', label: 'UTF-16BE' },
  { encoding: 'euc-kr', label: 'Korean (EUC-KR / CP949)' },
  { encoding: 'shift_jis', label: 'Japanese (Shift_JIS / CP932)' },
  { encoding: 'euc-jp', label: 'Japanese (EUC-JP)' },
  { encoding: 'gb18030', label: 'Chinese simplified (GB18030 / GBK)' },
  { encoding: 'big5', label: 'Chinese traditional (Big5)' },
  { encoding: 'windows-1252', label: 'Western (windows-1252)' },
  { encoding: 'windows-1250', label: 'Central European (windows-1250)' },
  { encoding: 'windows-1251', label: 'Cyrillic (windows-1251)' },
  { encoding: 'windows-1253', label: 'Greek (windows-1253)' },
  { encoding: 'windows-1254', label: 'Turkish (windows-1254)' },
  { encoding: 'windows-1255', label: 'Hebrew (windows-1255)' },
  { encoding: 'windows-1256', label: 'Arabic (windows-1256)' },
  { encoding: 'windows-1257', label: 'Baltic (windows-1257)' },
  { encoding: 'windows-1258', label: 'Vietnamese (windows-1258)' },
  { encoding: 'windows-874', label: 'Thai (windows-874)' },
  { encoding: 'iso-8859-2', label: 'Central European (ISO-8859-2)' },
  { encoding: 'iso-8859-5', label: 'Cyrillic (ISO-8859-5)' },
  { encoding: 'koi8-r', label: 'Cyrillic (KOI8-R)' },
];
