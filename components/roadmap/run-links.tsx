'use client';
// Whether roadmap badges link the runs they name: not on shared links, whose visitors cannot open run pages.
import { createContext, useContext, type ReactNode } from 'react';

const RunLinks = createContext(true);

export function WithoutRunLinks({ children }: { children: ReactNode }) {
  return <RunLinks.Provider value={false}>{children}</RunLinks.Provider>;
}

export const useRunLinks = () => useContext(RunLinks);
