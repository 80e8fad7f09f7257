// Big props cross from a server component to a client component as one JSON string. React's Flight
// serializer visits every value of a nested array on the server (5,000 endpoints x 22 values: about
// 110,000 values, then parsed back the same way for the server render), which costs ~0.3 ms of CPU
// per KB of payload; one string goes out as a single text chunk and JSON.parse reads it natively.
// A branded string keeps the type of what it carries.
//
// Invariant: the value is JSON data (undefined object fields are dropped; NaN and ±Infinity arrive
// as null).

declare const CARRIES: unique symbol;

/** A JSON string that parses to a T. */
export type Wire<T> = string & { readonly [CARRIES]: T };

export function toWire<T>(value: T): Wire<T> {
  return JSON.stringify(value) as Wire<T>;
}

export function fromWire<T>(wire: Wire<T>): T {
  return JSON.parse(wire) as T;
}
