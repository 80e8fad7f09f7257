// What a CSV row reader is: text chunks pushed in, each row (cells + 1-based physical line) handed out.

export type RowHandler = (cells: string[], line: number) => void;

export interface RowReader {
  push(text: string): void;
  end(): void;
}
