import type { ElementType, ReactNode } from 'react';

/**
 * Text a person wrote, isolated for bidirectional layout so that mixed Hebrew and English
 * neither reorders nor leaks into what surrounds it. Always rendered as text, never as markup.
 */
export function UserText({ children, as: Tag = 'bdi', className }: { children: ReactNode; as?: ElementType; className?: string }) {
  return (
    <Tag dir="auto" className={className}>
      {children}
    </Tag>
  );
}
