'use client';
// The root layout itself failed: the same message as app/error.tsx, in its own document.
import './globals.css';
import PageError from './error';

export default function GlobalError(props: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <PageError {...props} />
      </body>
    </html>
  );
}
