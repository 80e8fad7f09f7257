// What went wrong with a request, announced to screen readers: the one way errors are shown.
// `box` (default) stands on its own line in a form or dialog; `text` sits in a row of controls
// or under a small field; `size` follows the text around it.

interface Props {
  error: string | null;
  id?: string;
  variant?: 'box' | 'text';
  size?: 'sm' | 'xs';
  /** Margins and placement only (ml-2, mt-2, py-1): colour and type come from variant and size. */
  className?: string;
}

const VARIANT = { box: 'rounded-lg bg-red-50 px-3 py-2', text: '' } as const;
const SIZE = { sm: 'text-sm', xs: 'text-xs' } as const;

export function RequestError({ error, id, variant = 'box', size = 'sm', className = '' }: Props) {
  if (!error) return null;
  const classes = [VARIANT[variant], SIZE[size], 'text-bad', className].filter(Boolean).join(' ');
  return (
    <p id={id} role="alert" className={classes}>
      {error}
    </p>
  );
}
