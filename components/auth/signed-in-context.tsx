'use client';
// The signed-in caller's name for client components (null: access control off, or nobody signed in).
// Records such as sign-offs take the name from the server's proof of the caller, not from a form.
import { createContext, useContext, type ReactNode } from 'react';

const SignedInName = createContext<string | null>(null);

export function SignedInProvider({ name, children }: { name: string | null; children: ReactNode }) {
  return <SignedInName.Provider value={name}>{children}</SignedInName.Provider>;
}

export const useSignedInName = () => useContext(SignedInName);
